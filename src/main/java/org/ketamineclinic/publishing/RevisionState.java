package org.ketamineclinic.publishing;

/** Where a saved version of a piece of content stands. */
public enum RevisionState {

	/** Saved, not on the site. */
	DRAFT,
	/** Goes on the site at its publish time. */
	SCHEDULED,
	/** Was put on the site (the newest published one is live, unless a seed file or a later edit replaced it). */
	PUBLISHED,
	/** A scheduled version taken back before its time. */
	WITHDRAWN
}

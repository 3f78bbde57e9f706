package org.ketamineclinic.treatment;

/**
 * How urgently a vital-sign alert is raised on the session screen. Every alert must be acknowledged and is recorded as
 * an adverse event whatever its severity (DOMAIN.md §3); what staff then do is the clinic's protocol, not the
 * software's.
 */
public enum AlertSeverity {

	/** A value has stayed out of range: recheck, and tell the prescriber. */
	WARNING,

	/** A value is dangerous now: at the chair at once, with the prescriber. */
	CRITICAL
}

package org.ketamineclinic.publishing;

import java.time.Instant;

import org.ketamineclinic.content.EditableContent;

/**
 * One saved version.
 *
 * @param id          revision id
 * @param content     the content as saved
 * @param state       draft, scheduled, published or withdrawn
 * @param publishAt   when a scheduled version goes live, or null
 * @param savedAt     when it was saved
 * @param savedBy     staff account id of the editor
 * @param publishedAt when it went live, or null
 */
public record Revision(long id, EditableContent content, RevisionState state, Instant publishAt, Instant savedAt,
		long savedBy, Instant publishedAt) {
}

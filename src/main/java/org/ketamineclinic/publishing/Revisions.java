package org.ketamineclinic.publishing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ketamineclinic.content.EditableContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored versions of content. */
@Repository
class Revisions {

	private final JdbcClient jdbc;

	Revisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long save(EditableContent c, RevisionState state, Instant publishAt, Instant savedAt, long savedBy,
			Instant publishedAt) {
		return jdbc.sql("""
				insert into content_revision (kind, slug, title, description, front_matter, body_md, published_on,
				    sort_order, state, publish_at, saved_at, saved_by, published_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(c.kind(), c.slug(), c.title(), nullToEmpty(c.description()), nullToEmpty(c.frontMatter()),
					nullToEmpty(c.bodyMd()), c.publishedOn() == null ? null : Date.valueOf(c.publishedOn()),
					c.sortOrder(), state.name(), timestamp(publishAt), Timestamp.from(savedAt), savedBy,
					timestamp(publishedAt))
			.query(Long.class)
			.single();
	}

	Optional<Revision> find(long id) {
		return jdbc.sql("select * from content_revision where id = ?").param(id).query(Revisions::map).optional();
	}

	List<Revision> of(String kind, String slug) {
		return jdbc.sql("select * from content_revision where kind = ? and slug = ? order by id desc")
			.params(kind, slug)
			.query(Revisions::map)
			.list();
	}

	/** Scheduled versions whose time has come, locked so that one app instance publishes each. */
	List<Revision> due(Instant now) {
		return jdbc.sql("""
				select * from content_revision where state = 'SCHEDULED' and publish_at <= ?
				order by publish_at, id for update skip locked""")
			.param(Timestamp.from(now))
			.query(Revisions::map)
			.list();
	}

	void markPublished(long id, Instant at) {
		jdbc.sql("update content_revision set state = 'PUBLISHED', published_at = ? where id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

	/** Any earlier schedule for the same content is withdrawn: the newest decision wins. */
	void withdrawScheduled(String kind, String slug) {
		jdbc.sql("update content_revision set state = 'WITHDRAWN' where kind = ? and slug = ? and state = 'SCHEDULED'")
			.params(kind, slug)
			.update();
	}

	private static Revision map(ResultSet rs, int row) throws SQLException {
		Date publishedOn = rs.getDate("published_on");
		var content = new EditableContent(rs.getString("kind"), rs.getString("slug"), rs.getString("title"),
				rs.getString("description"), rs.getString("front_matter"), rs.getString("body_md"),
				publishedOn == null ? null : publishedOn.toLocalDate(), rs.getInt("sort_order"));
		return new Revision(rs.getLong("id"), content, RevisionState.valueOf(rs.getString("state")),
				instant(rs.getTimestamp("publish_at")), instant(rs.getTimestamp("saved_at")), rs.getLong("saved_by"),
				instant(rs.getTimestamp("published_at")));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}

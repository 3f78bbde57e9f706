package org.ketamineclinic.content;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads content rows. Lists come in the editors' order, then newest first. */
@Repository
class ContentItems {

	private static final String COLUMNS = """
			select kind, slug, title, description, front_matter::text as front_matter, body_md, published_on,
			       sort_order, updated_at
			from content_item""";

	private final JdbcClient jdbc;

	ContentItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ContentItem> find(String kind, String slug) {
		return jdbc.sql(COLUMNS + " where kind = ? and slug = ?").params(kind, slug).query(ContentItem.class).optional();
	}

	List<ContentItem> all(String kind) {
		return jdbc.sql(COLUMNS + " where kind = ? order by sort_order, published_on desc nulls last, slug")
			.param(kind)
			.query(ContentItem.class)
			.list();
	}

	List<ContentItem> newestFirst(String kind, int offset, int limit) {
		return jdbc.sql(COLUMNS + " where kind = ? order by published_on desc nulls last, slug offset ? limit ?")
			.params(kind, offset, limit)
			.query(ContentItem.class)
			.list();
	}

	int count(String kind) {
		return jdbc.sql("select count(*) from content_item where kind = ?").param(kind).query(Integer.class).single();
	}

	long revision() {
		return jdbc.sql("select last_value + case when is_called then 1 else 0 end from content_revision_seq")
			.query(Long.class)
			.single();
	}
}

package org.ketamineclinic.treatment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.ketamineclinic.content.Markdown;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The consent documents, versioned. Each version is a file under {@code treatment/consent/} ({@code kind},
 * {@code version} and {@code title} above a {@code ---} line, then Markdown); a file not yet in the database is
 * published at start-up. A published version never changes (the database refuses): a change is a new file.
 */
@Component
class ConsentDocuments {

	static final String INFUSION = "ketamine-infusion";

	private final JdbcClient jdbc;

	private final Markdown markdown;

	private final Clock clock;

	ConsentDocuments(JdbcClient jdbc, Markdown markdown, Clock clock) {
		this.jdbc = jdbc;
		this.markdown = markdown;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void publishNewVersions() throws IOException {
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:treatment/consent/*.md")) {
			String text = file.getContentAsString(StandardCharsets.UTF_8);
			int split = text.indexOf("\n---\n");
			Map<String, String> header = new java.util.HashMap<>();
			for (String line : text.substring(0, split).split("\n")) {
				header.put(line.substring(0, line.indexOf(':')).strip(), line.substring(line.indexOf(':') + 1).strip());
			}
			jdbc.sql("""
					insert into consent_document (kind, version, title, body_md, published_at) values (?, ?, ?, ?, ?)
					on conflict (kind, version) do nothing""")
				.params(header.get("kind"), header.get("version"), header.get("title"), text.substring(split + 5),
						Timestamp.from(clock.instant()))
				.update();
		}
	}

	/** The version in force: the newest published. */
	ConsentDocumentView current(String kind) {
		return jdbc.sql("""
				select * from consent_document where kind = ? order by published_at desc, id desc limit 1""")
			.param(kind)
			.query((rs, n) -> new ConsentDocumentView(rs.getLong("id"), rs.getString("kind"), rs.getString("version"),
					rs.getString("title"), markdown.html(rs.getString("body_md")),
					rs.getTimestamp("published_at").toInstant()))
			.optional()
			.orElseThrow(() -> new IllegalStateException("No consent document '" + kind + "' is published"));
	}

	Optional<ConsentDocumentView> byId(long id) {
		return jdbc.sql("select * from consent_document where id = ?")
			.param(id)
			.query((rs, n) -> new ConsentDocumentView(rs.getLong("id"), rs.getString("kind"), rs.getString("version"),
					rs.getString("title"), markdown.html(rs.getString("body_md")),
					rs.getTimestamp("published_at").toInstant()))
			.optional();
	}
}

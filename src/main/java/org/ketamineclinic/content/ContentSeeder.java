package org.ketamineclinic.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the seed Markdown into {@code content_item} at start. Idempotent: a file whose checksum is already loaded
 * changes nothing, and a row edited in the database since (by staff or by hand) keeps its edit.
 */
@Component
@Order(0)
class ContentSeeder implements ApplicationRunner {

	/** Folder under {@code content/} → kind of item. Locations are seeded by the location module. */
	static final Map<String, String> KINDS = Map.of("conditions", "condition", "evidence", "evidence", "programs",
			"program", "articles", "article", "testimonials", "testimonial", "faq", "faq", "steps", "step", "pages",
			"page");

	private static final Logger log = LoggerFactory.getLogger(ContentSeeder.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ContentCatalog catalog;

	ContentSeeder(JdbcClient jdbc, ContentCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.json = JsonMapper.builder().build();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		SeedReport report = seed();
		catalog.refreshRevision();
		log.info("Content seeded: {} files, {} loaded or updated, {} kept as edited in the database", report.files(),
				report.written(), report.keptEdits());
	}

	@Transactional
	SeedReport seed() {
		// Marks this transaction as the loader's, so the edit-tracking trigger does not flag our own updates.
		jdbc.sql("select set_config('clinic.content_loader', 'on', true)").query().singleValue();
		int files = 0;
		int written = 0;
		for (var folder : KINDS.entrySet()) {
			List<SeedFile> seedFiles = SeedFiles.in(folder.getKey());
			files += seedFiles.size();
			for (SeedFile file : seedFiles) {
				written += upsert(folder.getValue(), file);
			}
		}
		int keptEdits = jdbc.sql("select count(*) from content_item where locally_edited").query(Integer.class).single();
		return new SeedReport(files, written, keptEdits);
	}

	private int upsert(String kind, SeedFile file) {
		String published = file.text("published");
		return jdbc.sql("""
				insert into content_item (kind, slug, title, description, front_matter, body_md, published_on,
				                          sort_order, source_path, source_checksum)
				values (:kind, :slug, :title, :description, cast(:frontMatter as jsonb), :body, :published,
				        :order, :path, :checksum)
				on conflict (kind, slug) do update set
				    title = excluded.title, description = excluded.description, front_matter = excluded.front_matter,
				    body_md = excluded.body_md, published_on = excluded.published_on, sort_order = excluded.sort_order,
				    source_path = excluded.source_path, source_checksum = excluded.source_checksum, loaded_at = now()
				where content_item.source_checksum <> excluded.source_checksum and not content_item.locally_edited
				""")
			.param("kind", kind)
			.param("slug", file.slug())
			.param("title", file.text("title"))
			.param("description", file.text("description"))
			.param("frontMatter", json.writeValueAsString(file.frontMatter()))
			.param("body", file.body())
			.param("published", published.isEmpty() ? null : LocalDate.parse(published))
			.param("order", file.number("order", 0))
			.param("path", file.path())
			.param("checksum", file.checksum())
			.update();
	}

	record SeedReport(int files, int written, int keptEdits) {
	}
}

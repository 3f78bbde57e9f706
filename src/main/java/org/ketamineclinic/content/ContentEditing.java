package org.ketamineclinic.content;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The content module's API for editors: read a piece of content as Markdown and front matter, check a change, render
 * a preview exactly as the site would (HTML escaped), and publish. Publishing marks the row as edited, so the seed
 * loader never overwrites it, and moves the content revision on at once, so this instance's page cache renders the
 * new text on the next request (other instances within the revision poll).
 */
@Service
public class ContentEditing {

	/** Kinds an editor may change; locations are edited with the location module. */
	public static final List<String> KINDS = List.of("condition", "evidence", "program", "article", "testimonial", "faq",
			"step", "page");

	private final JdbcClient jdbc;

	private final ContentItems items;

	private final ContentMapper mapper;

	private final Markdown markdown;

	private final ContentCatalog catalog;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	ContentEditing(JdbcClient jdbc, ContentItems items, ContentMapper mapper, Markdown markdown,
			ContentCatalog catalog) {
		this.jdbc = jdbc;
		this.items = items;
		this.mapper = mapper;
		this.markdown = markdown;
		this.catalog = catalog;
	}

	/**
	 * @param kind    kind
	 * @param slug    slug
	 * @param title   title
	 * @param edited  true once changed in the database rather than from the seed files
	 */
	public record Listed(String kind, String slug, String title, boolean edited) {
	}

	public List<Listed> list() {
		return jdbc.sql("""
				select kind, slug, title, locally_edited from content_item
				where kind in (:kinds) order by kind, sort_order, published_on desc nulls last, slug""")
			.param("kinds", KINDS)
			.query((rs, n) -> new Listed(rs.getString("kind"), rs.getString("slug"), rs.getString("title"),
					rs.getBoolean("locally_edited")))
			.list();
	}

	public Optional<EditableContent> load(String kind, String slug) {
		if (!KINDS.contains(kind)) {
			return Optional.empty();
		}
		return items.find(kind, slug).map(item -> new EditableContent(kind, slug, item.title(), item.description(),
				pretty(item.frontMatter()), item.bodyMd(), item.publishedOn(), item.sortOrder()));
	}

	/** What is wrong with this version, by field, in words for the editor; empty when it can be published. */
	public Map<String, String> problems(EditableContent content) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (content.title() == null || content.title().isBlank() || content.title().length() > 200) {
			problems.put("title", "Give it a title of up to 200 characters.");
		}
		if (content.description() == null || content.description().length() > 320) {
			problems.put("description", "Keep the description under 320 characters (search engines cut it there).");
		}
		if (content.bodyMd() != null && content.bodyMd().length() > 100_000) {
			problems.put("bodyMd", "The text is too long for one page (100,000 characters at most).");
		}
		JsonNode frontMatter;
		try {
			frontMatter = json.readTree(content.frontMatter() == null || content.frontMatter().isBlank() ? "{}"
					: content.frontMatter());
		}
		catch (JacksonException ex) {
			problems.put("frontMatter", "The structured fields are not valid JSON: " + ex.getOriginalMessage());
			return problems;
		}
		if (!frontMatter.isObject()) {
			problems.put("frontMatter", "The structured fields must be a JSON object, { … }.");
			return problems;
		}
		if ("testimonial".equals(content.kind()) && frontMatter.path("consented").asBoolean(false)) {
			String recorded = frontMatter.path("consentRecordedOn").asString("");
			try {
				LocalDate.parse(recorded);
			}
			catch (DateTimeParseException ex) {
				problems.put("frontMatter", "A testimonial shown on the site needs the date its author's written "
						+ "consent was recorded (\"consentRecordedOn\": \"YYYY-MM-DD\").");
			}
		}
		if (problems.isEmpty()) {
			try {
				render(content);
			}
			catch (RuntimeException ex) {
				problems.put("frontMatter", "The page could not be built from these fields: " + ex.getMessage());
			}
		}
		return problems;
	}

	/** The body as the public page will show it: HTML escaped, placeholders filled. */
	public String previewHtml(String bodyMd) {
		return markdown.html(bodyMd == null ? "" : bodyMd);
	}

	/** Replaces the live content; the caller checked {@link #problems} first. */
	@Transactional
	public void publish(EditableContent content) {
		int updated = jdbc.sql("""
				update content_item set title = :title, description = :description,
				    front_matter = cast(:frontMatter as jsonb), body_md = :body, published_on = :publishedOn,
				    sort_order = :sortOrder
				where kind = :kind and slug = :slug""")
			.param("title", content.title())
			.param("description", content.description() == null ? "" : content.description())
			.param("frontMatter", content.frontMatter() == null || content.frontMatter().isBlank() ? "{}"
					: content.frontMatter())
			.param("body", content.bodyMd() == null ? "" : content.bodyMd())
			.param("publishedOn", content.publishedOn() == null ? null : Date.valueOf(content.publishedOn()))
			.param("sortOrder", content.sortOrder())
			.param("kind", content.kind())
			.param("slug", content.slug())
			.update();
		if (updated != 1) {
			throw new IllegalArgumentException("No " + content.kind() + " called " + content.slug());
		}
		// After the commit, not before: a page rendered in between would be cached with the old text under the new
		// revision, and stay stale.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				catalog.refreshRevision();
			}
		});
	}

	/** Maps the content as the site would, so a change that would break its page is refused before publishing. */
	private void render(EditableContent content) {
		var item = new ContentItem(content.kind(), content.slug(), content.title(), content.description(),
				content.frontMatter() == null || content.frontMatter().isBlank() ? "{}" : content.frontMatter(),
				content.bodyMd() == null ? "" : content.bodyMd(), content.publishedOn(), content.sortOrder(), null);
		switch (content.kind()) {
			case "evidence" -> mapper.evidence(item);
			case "program" -> mapper.program(item);
			case "testimonial" -> mapper.testimonial(item);
			case "faq" -> mapper.faq(item);
			case "step" -> mapper.step(item);
			case "page" -> mapper.page(item);
			default -> markdown.html(item.bodyMd());
		}
	}

	private String pretty(String frontMatter) {
		try {
			return json.writeValueAsString(json.readTree(frontMatter));
		}
		catch (JacksonException ex) {
			return frontMatter;
		}
	}
}

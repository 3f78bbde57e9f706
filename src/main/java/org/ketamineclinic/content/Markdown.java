package org.ketamineclinic.content;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.stereotype.Component;

/**
 * Turns content Markdown into safe HTML. Raw HTML in the Markdown is escaped and link targets are sanitised, so text
 * edited in the database can never inject script into a public page. {@code {{placeholders}}} are filled from
 * {@link TextPlaceholders} (brand name, phone numbers), so one set of seed files serves any clinic.
 */
@Component
public class Markdown {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

	private final Parser parser;

	private final HtmlRenderer renderer;

	private final TextPlaceholders placeholders;

	Markdown(List<TextPlaceholders> placeholders) {
		var extensions = List.of(TablesExtension.create());
		this.parser = Parser.builder().extensions(extensions).build();
		this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
		this.placeholders = placeholders.isEmpty() ? Map::of : placeholders.get(0);
	}

	/** Safe HTML for the Markdown, placeholders filled. */
	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		// The page template owns the only h1: headings in content start at h2.
		return renderer.render(parser.parse(fill(markdown))).replace("<h1>", "<h2>").replace("</h1>", "</h2>");
	}

	/** Plain text with placeholders filled, for titles and attributes. */
	public String fill(String text) {
		if (text == null || !text.contains("{{")) {
			return text == null ? "" : text;
		}
		Map<String, String> values = placeholders.values();
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = values.getOrDefault(matcher.group(1), matcher.group());
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** Minutes a person needs to read the text, at 200 words a minute, at least one. */
	static int readingMinutes(String markdown) {
		int words = markdown.isBlank() ? 0 : markdown.strip().split("\\s+").length;
		return Math.max(1, Math.round(words / 200f));
	}
}

package org.ketamineclinic.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** Turns content rows into the module's records: front matter fields picked by name, Markdown rendered. */
@Component
class ContentMapper {

	private final JsonMapper json = JsonMapper.builder().build();

	private final Markdown markdown;

	ContentMapper(Markdown markdown) {
		this.markdown = markdown;
	}

	ConditionPage condition(ContentItem item, ContentCatalog catalog) {
		JsonNode fm = frontMatter(item);
		Map<String, EvidenceCard> evidence = catalog.evidenceBySlug();
		List<Statistic> statistics = new ArrayList<>();
		for (JsonNode s : fm.path("statistics")) {
			statistics.add(new Statistic(text(s, "value"), text(s, "label"), text(s, "source"), text(s, "sourceUrl"),
					text(s, "measured")));
		}
		List<ConditionPage.Section> sections = new ArrayList<>();
		for (JsonNode s : fm.path("sections")) {
			sections.add(new ConditionPage.Section(text(s, "id"), text(s, "heading"),
					markdown.html(text(s, "body")), pick(evidence, slugs(s, "evidence"))));
		}
		return new ConditionPage(item.slug(), fill(item.title()), fill(item.description()), text(fm, "headline"),
				markdown.html(text(fm, "lead")), markdown.html(item.bodyMd()), statistics, sections,
				text(fm, "researchHeading"), pick(evidence, slugs(fm, "evidence")),
				catalog.programs(slugs(fm, "programs")), catalog.testimonials(slugs(fm, "testimonials")),
				catalog.articles(slugs(fm, "articles")), mentionsSuicide(fm, item),
				item.updatedAt().toInstant());
	}

	EvidenceCard evidence(ContentItem item) {
		JsonNode fm = frontMatter(item);
		JsonNode size = fm.path("sampleSize");
		return new EvidenceCard(item.slug(), fill(item.title()), text(fm, "summary"), text(fm, "quote"),
				text(fm, "design"), size.isNumber() ? size.asInt() : null, text(fm, "sampleSizeNote"),
				rating(fm.path("level")), rating(fm.path("magnitude")), text(fm, "citation"), link(fm),
				markdown.html(item.bodyMd()));
	}

	Program program(ContentItem item) {
		JsonNode fm = frontMatter(item);
		return new Program(item.slug(), fill(item.title()), fill(item.description()), text(fm, "summary"),
				text(fm, "duration"), text(fm, "sessions"), text(fm, "whoIsWithYou"), text(fm, "nextStep"),
				markdown.html(item.bodyMd()), item.updatedAt().toInstant());
	}

	Article article(ContentItem item) {
		JsonNode fm = frontMatter(item);
		return new Article(item.slug(), fill(item.title()), fill(item.description()), text(fm, "excerpt"),
				text(fm, "author"), item.publishedOn(), Markdown.readingMinutes(item.bodyMd()),
				mentionsSuicide(fm, item), markdown.html(item.bodyMd()),
				item.updatedAt().toInstant());
	}

	Optional<Testimonial> testimonial(ContentItem item) {
		JsonNode fm = frontMatter(item);
		if (!fm.path("consented").asBoolean(false)) {
			return Optional.empty();
		}
		return Optional.of(new Testimonial(item.slug(), text(fm, "displayName"), text(fm, "location"),
				text(fm, "quote")));
	}

	FaqEntry faq(ContentItem item) {
		return new FaqEntry(item.slug(), fill(item.title()), markdown.html(item.bodyMd()),
				markdown.fill(item.bodyMd()).replaceAll("[*_`#>\\[\\]]|\\(http[^)]*\\)", "").strip());
	}

	Step step(ContentItem item) {
		JsonNode fm = frontMatter(item);
		return new Step(item.slug(), fill(item.title()), text(fm, "summary"), markdown.html(item.bodyMd()));
	}

	Page page(ContentItem item) {
		JsonNode fm = frontMatter(item);
		String headline = text(fm, "headline");
		return new Page(item.slug(), fill(item.title()), fill(item.description()),
				headline.isEmpty() ? fill(item.title()) : headline, markdown.html(text(fm, "lead")),
				markdown.html(item.bodyMd()), item.updatedAt().toInstant());
	}

	/**
	 * Whether a page must lead with crisis resources: when its editors say so, and whenever its text mentions
	 * suicide, so that a forgotten flag never hides the 988 line.
	 */
	private static boolean mentionsSuicide(JsonNode fm, ContentItem item) {
		return fm.path("mentionsSuicide").asBoolean(false)
				|| (item.frontMatter() + item.bodyMd()).toLowerCase(java.util.Locale.ROOT).contains("suicid");
	}

	private Rating rating(JsonNode node) {
		return new Rating(text(node, "scale"), node.path("value").asInt(0), text(node, "label"),
				text(node, "figure"));
	}

	private String link(JsonNode fm) {
		String url = text(fm, "url");
		String doi = text(fm, "doi");
		return url.isEmpty() && !doi.isEmpty() ? "https://doi.org/" + doi : url;
	}

	private JsonNode frontMatter(ContentItem item) {
		return json.readTree(item.frontMatter());
	}

	private String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() ? markdown.fill(value.asString("").strip()) : "";
	}

	private String fill(String text) {
		return markdown.fill(text);
	}

	private static List<EvidenceCard> pick(Map<String, EvidenceCard> evidence, List<String> slugs) {
		return slugs.stream().map(evidence::get).filter(java.util.Objects::nonNull).toList();
	}

	private static List<String> slugs(JsonNode node, String field) {
		List<String> slugs = new ArrayList<>();
		node.path(field).forEach(s -> slugs.add(s.asString("")));
		return slugs;
	}
}

package org.ketamineclinic.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The content module's API: every public text of the site, as read-only records with Markdown already rendered.
 * {@link #revision()} moves on whenever content changes, so callers can cache what they build from it.
 */
@Service
public class ContentCatalog {

	private final ContentItems items;

	private final ContentMapper mapper;

	private final AtomicLong revision = new AtomicLong(-1);

	ContentCatalog(ContentItems items, ContentMapper mapper) {
		this.items = items;
		this.mapper = mapper;
	}

	public Optional<ConditionPage> condition(String slug) {
		return items.find("condition", slug).map(item -> mapper.condition(item, this));
	}

	public List<ConditionPage> conditions() {
		return items.all("condition").stream().map(item -> mapper.condition(item, this)).toList();
	}

	public List<Program> programs() {
		return items.all("program").stream().map(mapper::program).toList();
	}

	public Optional<Program> program(String slug) {
		return items.find("program", slug).map(mapper::program);
	}

	public ArticlePage articles(int page, int pageSize) {
		int total = items.count("article");
		int totalPages = Math.max(1, (total + pageSize - 1) / pageSize);
		int current = Math.min(Math.max(1, page), totalPages);
		var articles = items.newestFirst("article", (current - 1) * pageSize, pageSize).stream().map(mapper::article);
		return new ArticlePage(articles.toList(), current, totalPages);
	}

	public List<Article> allArticles() {
		return items.newestFirst("article", 0, Integer.MAX_VALUE).stream().map(mapper::article).toList();
	}

	public Optional<Article> article(String slug) {
		return items.find("article", slug).map(mapper::article);
	}

	/** Only testimonials whose author's consent is recorded. */
	public List<Testimonial> testimonials() {
		return items.all("testimonial").stream().map(mapper::testimonial).flatMap(Optional::stream).toList();
	}

	public List<FaqEntry> faq() {
		return items.all("faq").stream().map(mapper::faq).toList();
	}

	public List<Step> steps() {
		return items.all("step").stream().map(mapper::step).toList();
	}

	public Optional<Page> page(String slug) {
		return items.find("page", slug).map(mapper::page);
	}

	/** A number that changes whenever any content changes (checked every few seconds). */
	public long revision() {
		long current = revision.get();
		return current >= 0 ? current : refreshRevision();
	}

	@Scheduled(fixedDelayString = "${clinic.content.revision-poll:PT2S}")
	long refreshRevision() {
		long current = items.revision();
		revision.set(current);
		return current;
	}

	/** Every evidence card by slug, read once for a page that cites several. */
	Map<String, EvidenceCard> evidenceBySlug() {
		return items.all("evidence")
			.stream()
			.map(mapper::evidence)
			.collect(Collectors.toMap(EvidenceCard::slug, Function.identity()));
	}

	List<Program> programs(Collection<String> slugs) {
		return pick("program", slugs, mapper::program);
	}

	List<Article> articles(Collection<String> slugs) {
		return pick("article", slugs, mapper::article);
	}

	List<Testimonial> testimonials(Collection<String> slugs) {
		Map<String, Testimonial> consented = testimonials().stream()
			.collect(Collectors.toMap(Testimonial::slug, Function.identity()));
		return slugs.stream().map(consented::get).filter(Objects::nonNull).toList();
	}

	/** Items of a kind in the order the slugs name them; unknown slugs are left out. */
	private <T> List<T> pick(String kind, Collection<String> slugs, Function<ContentItem, T> map) {
		Map<String, ContentItem> all = items.all(kind)
			.stream()
			.collect(Collectors.toMap(ContentItem::slug, Function.identity()));
		return slugs.stream().map(all::get).filter(Objects::nonNull).map(map).toList();
	}
}

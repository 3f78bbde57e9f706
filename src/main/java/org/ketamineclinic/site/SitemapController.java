package org.ketamineclinic.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.content.Article;
import org.ketamineclinic.content.ContentCatalog;
import org.ketamineclinic.content.Page;
import org.ketamineclinic.content.Program;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** The sitemap (every public page with its last change) and robots.txt. */
@Controller
class SitemapController {

	private final PublicPages pages;

	private final ContentCatalog content;

	private final Locations locations;

	private final SiteSettings settings;

	SitemapController(PublicPages pages, ContentCatalog content, Locations locations, SiteSettings settings) {
		this.pages = pages;
		this.content = content;
		this.locations = locations;
		this.settings = settings;
	}

	@GetMapping(value = "/robots.txt")
	ResponseEntity<byte[]> robots(HttpServletRequest request) {
		return pages.text(request, MediaType.TEXT_PLAIN, () -> """
				User-agent: *
				Disallow: /consultation/thanks
				Disallow: /actuator/
				Sitemap: %s
				""".formatted(settings.absolute("/sitemap.xml")));
	}

	@GetMapping(value = "/sitemap.xml")
	ResponseEntity<byte[]> sitemap(HttpServletRequest request) {
		return pages.text(request, MediaType.APPLICATION_XML, () -> {
			var xml = new StringBuilder("""
					<?xml version="1.0" encoding="UTF-8"?>
					<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
					""");
			entries().forEach(e -> xml.append("  <url><loc>")
				.append(HtmlUtils.htmlEscape(settings.absolute(e.path())))
				.append("</loc><lastmod>")
				.append(e.lastModified().toString().substring(0, 10))
				.append("</lastmod></url>\n"));
			return xml.append("</urlset>\n").toString();
		});
	}

	List<SitemapEntry> entries() {
		List<SitemapEntry> entries = new ArrayList<>();
		page("home", "/", entries);
		content.conditions().forEach(c -> entries.add(new SitemapEntry("/conditions/" + c.slug(), c.updatedAt())));
		List<Program> programs = content.programs();
		page("programs", "/programs", entries, programs.stream().map(Program::updatedAt).toList());
		programs.forEach(p -> entries.add(new SitemapEntry("/programs/" + p.slug(), p.updatedAt())));
		page("what-to-expect", "/what-to-expect", entries);
		page("faq", "/faq", entries);
		List<Article> articles = content.allArticles();
		page("articles", "/articles", entries, articles.stream().map(Article::updatedAt).toList());
		int articlePages = content.articles(1, ArticleController.PAGE_SIZE).totalPages();
		for (int p = 2; p <= articlePages; p++) {
			entries.add(new SitemapEntry("/articles?page=" + p, newest(articles.stream().map(Article::updatedAt).toList())));
		}
		articles.forEach(a -> entries.add(new SitemapEntry("/articles/" + a.slug(), a.updatedAt())));
		List<Location> clinics = locations.all();
		page("locations", "/locations", entries, clinics.stream().map(Location::updatedAt).toList());
		clinics.forEach(l -> entries.add(new SitemapEntry("/locations/" + l.slug(), l.updatedAt())));
		page("consultation", "/consultation", entries);
		page("privacy", "/privacy", entries);
		page("sms-terms", "/sms-terms", entries);
		return entries;
	}

	private void page(String slug, String path, List<SitemapEntry> entries) {
		page(slug, path, entries, List.of());
	}

	private void page(String slug, String path, List<SitemapEntry> entries, List<Instant> parts) {
		content.page(slug).map(Page::updatedAt).ifPresent(updated -> {
			List<Instant> all = new ArrayList<>(parts);
			all.add(updated);
			entries.add(new SitemapEntry(path, newest(all)));
		});
	}

	private static Instant newest(List<Instant> instants) {
		return instants.stream().max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
	}

	/**
	 * @param path         the page's path
	 * @param lastModified when its content last changed
	 */
	record SitemapEntry(String path, Instant lastModified) {
	}
}

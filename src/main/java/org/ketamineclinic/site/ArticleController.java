package org.ketamineclinic.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.content.ContentCatalog;
import org.ketamineclinic.web.PageMetas;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Articles: a paginated list, newest first, and one page per article. */
@Controller
class ArticleController {

	static final int PAGE_SIZE = 4;

	private final PublicPages pages;

	private final ContentCatalog content;

	private final PageMetas metas;

	private final StructuredData structuredData;

	ArticleController(PublicPages pages, ContentCatalog content, PageMetas metas, StructuredData structuredData) {
		this.pages = pages;
		this.content = content;
		this.metas = metas;
		this.structuredData = structuredData;
	}

	@GetMapping("/articles")
	ResponseEntity<byte[]> articles(@RequestParam(defaultValue = "1") String page, HttpServletRequest request) {
		int requested = parsePage(page);
		return pages.html(request, "site/articles", () -> {
			var intro = content.page("articles").orElseThrow(NotFound::new);
			var list = content.articles(requested, PAGE_SIZE);
			if (list.page() != requested) {
				throw new NotFound();
			}
			String path = requested == 1 ? "/articles" : "/articles?page=" + requested;
			String title = requested == 1 ? intro.title() : intro.title() + " – page " + requested;
			String description = requested == 1 ? intro.description()
					: "Older articles, page " + requested + ": " + intro.description();
			var meta = metas.of(title, description, path, PageMetas.trail(intro.title(), "/articles"));
			return new PublicPages.Built(meta, Map.of("intro", intro, "list", list));
		});
	}

	@GetMapping("/articles/{slug}")
	ResponseEntity<byte[]> article(@PathVariable String slug, HttpServletRequest request) {
		return pages.html(request, "site/article", () -> {
			var article = content.article(slug).orElseThrow(NotFound::new);
			String path = "/articles/" + slug;
			var meta = metas
				.of(article.title(), article.description(), path,
						PageMetas.trail("Articles", "/articles", article.title(), path), structuredData.article(article, path))
				.asArticle()
				.withCrisisBanner(article.mentionsSuicide());
			return new PublicPages.Built(meta, Map.of("article", article));
		});
	}

	private static int parsePage(String page) {
		try {
			return Integer.parseInt(page);
		}
		catch (NumberFormatException ex) {
			throw new NotFound();
		}
	}
}

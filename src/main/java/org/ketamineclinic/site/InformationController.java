package org.ketamineclinic.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.content.ContentCatalog;
import org.ketamineclinic.web.PageMetas;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages that answer questions: what to expect, FAQ, privacy and the SMS program's terms. */
@Controller
class InformationController {

	private final PublicPages pages;

	private final ContentCatalog content;

	private final PageMetas metas;

	private final StructuredData structuredData;

	InformationController(PublicPages pages, ContentCatalog content, PageMetas metas,
			StructuredData structuredData) {
		this.pages = pages;
		this.content = content;
		this.metas = metas;
		this.structuredData = structuredData;
	}

	@GetMapping("/what-to-expect")
	ResponseEntity<byte[]> whatToExpect(HttpServletRequest request) {
		return pages.html(request, "site/what-to-expect", () -> {
			var intro = content.page("what-to-expect").orElseThrow(NotFound::new);
			var meta = metas.of(intro.title(), intro.description(), "/what-to-expect",
					PageMetas.trail(intro.title(), "/what-to-expect"));
			return new PublicPages.Built(meta, Map.of("intro", intro, "steps", content.steps()));
		});
	}

	@GetMapping("/faq")
	ResponseEntity<byte[]> faq(HttpServletRequest request) {
		return pages.html(request, "site/faq", () -> {
			var intro = content.page("faq").orElseThrow(NotFound::new);
			var entries = content.faq();
			var meta = metas
				.of(intro.title(), intro.description(), "/faq", PageMetas.trail(intro.title(), "/faq"),
						structuredData.faq(entries))
				// One answer tells people in crisis where to turn right now.
				.withCrisisBanner(true);
			return new PublicPages.Built(meta, Map.of("intro", intro, "entries", entries));
		});
	}

	@GetMapping("/privacy")
	ResponseEntity<byte[]> privacy(HttpServletRequest request) {
		return prose(request, "privacy");
	}

	@GetMapping("/sms-terms")
	ResponseEntity<byte[]> smsTerms(HttpServletRequest request) {
		return prose(request, "sms-terms");
	}

	private ResponseEntity<byte[]> prose(HttpServletRequest request, String slug) {
		return pages.html(request, "site/prose", () -> {
			var page = content.page(slug).orElseThrow(NotFound::new);
			var meta = metas.of(page.title(), page.description(), "/" + slug, PageMetas.trail(page.title(), "/" + slug));
			return new PublicPages.Built(meta, Map.of("page", page));
		});
	}
}

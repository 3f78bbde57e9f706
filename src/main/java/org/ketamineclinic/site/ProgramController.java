package org.ketamineclinic.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.content.ContentCatalog;
import org.ketamineclinic.web.PageMetas;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The treatment programs: the list and one page per program. */
@Controller
class ProgramController {

	private final PublicPages pages;

	private final ContentCatalog content;

	private final PageMetas metas;

	ProgramController(PublicPages pages, ContentCatalog content, PageMetas metas) {
		this.pages = pages;
		this.content = content;
		this.metas = metas;
	}

	@GetMapping("/programs")
	ResponseEntity<byte[]> programs(HttpServletRequest request) {
		return pages.html(request, "site/programs", () -> {
			var intro = content.page("programs").orElseThrow(NotFound::new);
			var meta = metas.of(intro.title(), intro.description(), "/programs", PageMetas.trail(intro.title(), "/programs"));
			return new PublicPages.Built(meta, Map.of("intro", intro, "programs", content.programs()));
		});
	}

	@GetMapping("/programs/{slug}")
	ResponseEntity<byte[]> program(@PathVariable String slug, HttpServletRequest request) {
		return pages.html(request, "site/program", () -> {
			var program = content.program(slug).orElseThrow(NotFound::new);
			String path = "/programs/" + slug;
			var meta = metas.of(program.title(), program.description(), path,
					PageMetas.trail("Programs", "/programs", program.title(), path));
			return new PublicPages.Built(meta, Map.of("program", program));
		});
	}
}

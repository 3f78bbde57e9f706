package org.ketamineclinic.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.content.ContentCatalog;
import org.ketamineclinic.web.PageMetas;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Condition pages such as "Ketamine for depression", with the research behind the treatment. */
@Controller
class ConditionController {

	private final PublicPages pages;

	private final ContentCatalog content;

	private final PageMetas metas;

	private final StructuredData structuredData;

	private final MeasuredFigures figures;

	ConditionController(PublicPages pages, ContentCatalog content, PageMetas metas, StructuredData structuredData,
			MeasuredFigures figures) {
		this.figures = figures;
		this.pages = pages;
		this.content = content;
		this.metas = metas;
		this.structuredData = structuredData;
	}

	@GetMapping("/conditions/{slug}")
	ResponseEntity<byte[]> condition(@PathVariable String slug, HttpServletRequest request) {
		return pages.html(request, "site/condition", () -> {
			var condition = figures.of(content.condition(slug).orElseThrow(NotFound::new));
			String path = "/conditions/" + slug;
			var meta = metas
				.of(condition.title(), condition.description(), path, PageMetas.trail(condition.title(), path),
						structuredData.medicalWebPage(condition, path))
				.withCrisisBanner(condition.mentionsSuicide());
			return new PublicPages.Built(meta, Map.of("condition", condition));
		});
	}
}

package org.ketamineclinic.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.content.ContentCatalog;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.web.PageMeta;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the clinic offers, the key figures, how it works, where to find it. */
@Controller
class HomeController {

	private final PublicPages pages;

	private final ContentCatalog content;

	private final Locations locations;

	private final StructuredData structuredData;

	private final MeasuredFigures figures;

	HomeController(PublicPages pages, ContentCatalog content, Locations locations, StructuredData structuredData,
			MeasuredFigures figures) {
		this.figures = figures;
		this.pages = pages;
		this.content = content;
		this.locations = locations;
		this.structuredData = structuredData;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home(HttpServletRequest request) {
		return pages.html(request, "site/home", () -> {
			var home = content.page("home").orElseThrow(NotFound::new);
			var depression = figures.of(content.condition("depression").orElseThrow(NotFound::new));
			var meta = PageMeta.of(home.title(), home.description(), "/")
				.withJsonLd(java.util.List.of(structuredData.organization()));
			return new PublicPages.Built(meta,
					Map.of("home", home, "condition", depression, "programs", content.programs(), "steps",
							content.steps(), "testimonials", content.testimonials(), "locations", locations.all()));
		});
	}
}

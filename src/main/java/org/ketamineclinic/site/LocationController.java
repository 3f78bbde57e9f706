package org.ketamineclinic.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.content.ContentCatalog;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.web.PageMetas;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The clinics: all of them, and one page each with address, hours, phone and directions. */
@Controller
class LocationController {

	private final PublicPages pages;

	private final ContentCatalog content;

	private final Locations locations;

	private final PageMetas metas;

	private final StructuredData structuredData;

	LocationController(PublicPages pages, ContentCatalog content, Locations locations, PageMetas metas,
			StructuredData structuredData) {
		this.pages = pages;
		this.content = content;
		this.locations = locations;
		this.metas = metas;
		this.structuredData = structuredData;
	}

	@GetMapping("/locations")
	ResponseEntity<byte[]> locations(HttpServletRequest request) {
		return pages.html(request, "site/locations", () -> {
			var intro = content.page("locations").orElseThrow(NotFound::new);
			var clinics = locations.all();
			var meta = metas.of(intro.title(), intro.description(), "/locations",
					PageMetas.trail(intro.title(), "/locations"),
					clinics.stream().map(structuredData::clinic).toArray(String[]::new));
			return new PublicPages.Built(meta, Map.of("intro", intro, "locations", clinics));
		});
	}

	@GetMapping("/locations/{slug}")
	ResponseEntity<byte[]> location(@PathVariable String slug, HttpServletRequest request) {
		return pages.html(request, "site/location", () -> {
			var location = locations.bySlug(slug).orElseThrow(NotFound::new);
			String path = "/locations/" + slug;
			var meta = metas.of(location.name(), location.description(), path,
					PageMetas.trail("Locations", "/locations", location.title(), path), structuredData.clinic(location));
			var testimonials = content.testimonials().stream().filter(t -> t.locationSlug().equals(slug)).toList();
			return new PublicPages.Built(meta, Map.of("location", location, "testimonials", testimonials));
		});
	}
}

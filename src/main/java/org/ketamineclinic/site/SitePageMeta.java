package org.ketamineclinic.site;

import java.util.ArrayList;
import java.util.List;

import org.ketamineclinic.web.PageMeta;
import org.ketamineclinic.web.PageMeta.Crumb;
import org.springframework.stereotype.Component;

/** Meta for public pages: every page but home carries its breadcrumb trail, visibly and as structured data. */
@Component
class SitePageMeta {

	private final StructuredData structuredData;

	SitePageMeta(StructuredData structuredData) {
		this.structuredData = structuredData;
	}

	PageMeta of(String title, String description, String path, List<Crumb> trail, String... jsonLd) {
		List<String> documents = new ArrayList<>(List.of(jsonLd));
		documents.add(structuredData.breadcrumbs(trail));
		return PageMeta.of(title, description, path).withBreadcrumbs(trail).withJsonLd(documents);
	}
}

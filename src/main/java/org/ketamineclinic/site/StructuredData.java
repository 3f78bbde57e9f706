package org.ketamineclinic.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ketamineclinic.content.Article;
import org.ketamineclinic.content.ConditionPage;
import org.ketamineclinic.content.FaqEntry;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.web.PageMetas;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * JSON-LD (schema.org) for search engines: the organisation, its clinics, condition pages, articles and FAQ.
 */
@Component
class StructuredData {

	private static final String CONTEXT = "https://schema.org";

	private final SiteSettings settings;

	private final PageMetas metas;

	StructuredData(SiteSettings settings, PageMetas metas) {
		this.settings = settings;
		this.metas = metas;
	}

	String organization() {
		var doc = node("MedicalOrganization");
		doc.put("name", settings.brandName());
		doc.put("url", settings.absolute("/"));
		doc.put("telephone", settings.mainPhone());
		return write(doc);
	}

	String clinic(Location location) {
		var doc = node("MedicalClinic");
		doc.put("@id", settings.absolute("/locations/" + location.slug()));
		doc.put("name", location.name());
		doc.put("url", settings.absolute("/locations/" + location.slug()));
		doc.put("telephone", location.phone().e164());
		doc.put("medicalSpecialty", "Psychiatric");
		var address = new LinkedHashMap<String, Object>();
		address.put("@type", "PostalAddress");
		address.put("streetAddress", location.address().street());
		address.put("addressLocality", location.address().city());
		address.put("addressRegion", location.address().region());
		address.put("postalCode", location.address().postalCode());
		address.put("addressCountry", location.address().country());
		doc.put("address", address);
		if (location.latitude() != null && location.longitude() != null) {
			doc.put("geo", Map.of("@type", "GeoCoordinates", "latitude", location.latitude(), "longitude",
					location.longitude()));
		}
		doc.put("openingHoursSpecification", location.hours()
			.stream()
			.map(h -> Map.of("@type", "OpeningHoursSpecification", "dayOfWeek", CONTEXT + "/" + h.dayName(), "opens",
					h.opens().toString(), "closes", h.closes().toString()))
			.toList());
		doc.put("parentOrganization", Map.of("@type", "MedicalOrganization", "name", settings.brandName()));
		return write(doc);
	}

	String medicalWebPage(ConditionPage condition, String path) {
		var doc = node("MedicalWebPage");
		doc.put("name", condition.title());
		doc.put("description", condition.description());
		doc.put("url", settings.absolute(path));
		doc.put("lastReviewed", condition.updatedAt().toString().substring(0, 10));
		doc.put("about", Map.of("@type", "MedicalCondition", "name", capitalised(condition.slug())));
		doc.put("publisher", Map.of("@type", "MedicalOrganization", "name", settings.brandName()));
		doc.put("citation", condition.evidence().stream().map(e -> e.citation()).toList());
		return write(doc);
	}

	String article(Article article, String path) {
		var doc = node("Article");
		doc.put("headline", article.title());
		doc.put("description", article.description());
		doc.put("url", settings.absolute(path));
		doc.put("mainEntityOfPage", settings.absolute(path));
		if (article.published() != null) {
			doc.put("datePublished", article.published().toString());
		}
		doc.put("dateModified", article.updatedAt().toString());
		doc.put("author", Map.of("@type", "Person", "name", article.author()));
		doc.put("publisher", Map.of("@type", "MedicalOrganization", "name", settings.brandName()));
		return write(doc);
	}

	String faq(List<FaqEntry> entries) {
		var doc = node("FAQPage");
		doc.put("mainEntity", entries.stream()
			.map(e -> Map.of("@type", "Question", "name", e.question(), "acceptedAnswer",
					Map.of("@type", "Answer", "text", e.answerText())))
			.toList());
		return write(doc);
	}

	private static Map<String, Object> node(String type) {
		var doc = new LinkedHashMap<String, Object>();
		doc.put("@context", CONTEXT);
		doc.put("@type", type);
		return doc;
	}

	private String write(Map<String, Object> doc) {
		return metas.jsonLd(doc);
	}

	private static String capitalised(String slug) {
		return slug.isEmpty() ? slug : Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
	}
}

package org.ketamineclinic.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.content.ConditionPage;
import org.ketamineclinic.content.ContentCatalog;
import org.ketamineclinic.content.Statistic;
import org.ketamineclinic.outcomes.PublicClaim;
import org.ketamineclinic.outcomes.PublicClaims;
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

	private final PublicClaims claims;

	ConditionController(PublicPages pages, ContentCatalog content, PageMetas metas, StructuredData structuredData,
			PublicClaims claims) {
		this.claims = claims;
		this.pages = pages;
		this.content = content;
		this.metas = metas;
		this.structuredData = structuredData;
	}

	@GetMapping("/conditions/{slug}")
	ResponseEntity<byte[]> condition(@PathVariable String slug, HttpServletRequest request) {
		return pages.html(request, "site/condition", () -> {
			var condition = measured(content.condition(slug).orElseThrow(NotFound::new));
			String path = "/conditions/" + slug;
			var meta = metas
				.of(condition.title(), condition.description(), path, PageMetas.trail(condition.title(), path),
						structuredData.medicalWebPage(condition, path))
				.withCrisisBanner(condition.mentionsSuicide());
			return new PublicPages.Built(meta, Map.of("condition", condition));
		});
	}

	/**
	 * A figure marked as measured shows the clinic's own figure once the outcome data support one; until then the
	 * page's own text, with its cited source. The site never prints a claim the data do not back.
	 */
	private ConditionPage measured(ConditionPage condition) {
		Optional<PublicClaim> response = claims.response();
		if (response.isEmpty()) {
			return condition;
		}
		List<Statistic> figures = condition.statistics().stream()
			.map(s -> "response".equals(s.measured())
					? s.measuredAs(response.get().value(), response.get().label(), response.get().footnote()) : s)
			.toList();
		return condition.withStatistics(figures);
	}
}

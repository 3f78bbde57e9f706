package org.ketamineclinic.content;

import java.time.Instant;
import java.util.List;

/**
 * A condition the clinic treats, with the research behind the treatment.
 *
 * @param slug            identifier, e.g. "depression"
 * @param title           the h1, e.g. "Ketamine for depression"
 * @param description     meta description
 * @param headline        the opening claim
 * @param leadHtml        opening paragraphs
 * @param bodyHtml        how ketamine differs from traditional antidepressants
 * @param statistics      key figures
 * @param sections        themed sections, each with its evidence
 * @param researchHeading heading of the research overview
 * @param evidence        all evidence cards of the page
 * @param programs        programs that treat the condition
 * @param testimonials    consented testimonials
 * @param articles        related articles
 * @param mentionsSuicide whether the crisis banner must show
 * @param updatedAt       last change
 */
public record ConditionPage(String slug, String title, String description, String headline, String leadHtml,
		String bodyHtml, List<Statistic> statistics, List<Section> sections, String researchHeading,
		List<EvidenceCard> evidence, List<Program> programs, List<Testimonial> testimonials, List<Article> articles,
		boolean mentionsSuicide, Instant updatedAt) {

	/**
	 * @param id       anchor
	 * @param heading  heading
	 * @param bodyHtml text (rendered Markdown)
	 * @param evidence the studies behind it
	 */
	public record Section(String id, String heading, String bodyHtml, List<EvidenceCard> evidence) {
	}

	/** The same page with other key figures (the clinic's measured ones in place of the configured text). */
	public ConditionPage withStatistics(List<Statistic> figures) {
		return new ConditionPage(slug, title, description, headline, leadHtml, bodyHtml, List.copyOf(figures), sections,
				researchHeading, evidence, programs, testimonials, articles, mentionsSuicide, updatedAt);
	}
}

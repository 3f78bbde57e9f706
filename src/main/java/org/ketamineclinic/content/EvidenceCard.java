package org.ketamineclinic.content;

/**
 * One study behind a claim of the site, in plain words and with its full citation.
 *
 * @param slug           identifier
 * @param title          the claim the study supports
 * @param summary        plain-language summary
 * @param quote          the passage of research the clinic's page quotes, or empty
 * @param design         study design in words
 * @param sampleSize     participants, or null when not meaningful (narrative review)
 * @param sampleSizeNote extra words on the sample, or empty
 * @param level          level of evidence
 * @param magnitude      magnitude of effect
 * @param citation       full citation
 * @param url            DOI or PubMed link
 * @param bodyHtml       what this means for you (rendered Markdown)
 */
public record EvidenceCard(String slug, String title, String summary, String quote, String design,
		Integer sampleSize, String sampleSizeNote, Rating level, Rating magnitude, String citation, String url,
		String bodyHtml) {
}

package org.ketamineclinic.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Seed content is loaded once, reloaded only when its file changes, and never overwrites an edit made since. */
@ClinicIntegrationTest
class ContentSeedingTest {

	@Autowired
	ContentSeeder seeder;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everySeedFileIsInTheDatabase() {
		int files = ContentSeeder.KINDS.keySet().stream().mapToInt(folder -> SeedFiles.in(folder).size()).sum();
		assertThat(jdbc.sql("select count(*) from content_item where source_path like '%.md'").query(Integer.class)
			.single()).isEqualTo(files);
		assertThat(catalog.condition("depression")).isPresent();
	}

	@Test
	void seedingAgainChangesNothing() {
		long revision = catalog.refreshRevision();
		var loadedAt = jdbc.sql("select max(loaded_at)::text from content_item").query(String.class).single();

		var report = seeder.seed();

		assertThat(report.written()).isZero();
		assertThat(catalog.refreshRevision()).isEqualTo(revision);
		assertThat(jdbc.sql("select max(loaded_at)::text from content_item").query(String.class).single()).isEqualTo(loadedAt);
	}

	@Test
	void aChangedFileIsLoadedAgain() {
		// As if the shipped file had changed since it was loaded.
		transactions.executeWithoutResult(status -> {
			jdbc.sql("select set_config('clinic.content_loader', 'on', true)").query().singleValue();
			jdbc.sql("update content_item set source_checksum = repeat('0', 64), title = 'Old title' "
					+ "where kind = 'faq' and slug = 'is-ketamine-safe'").update();
		});

		seeder.seed();

		assertThat(catalog.faq()).extracting(FaqEntry::question).doesNotContain("Old title");
	}

	@Test
	void anEditMadeInTheDatabaseIsKeptWhenTheSeedIsLoadedAgain() {
		jdbc.sql("update content_item set title = 'Edited by the clinic', source_checksum = repeat('1', 64) "
				+ "where kind = 'faq' and slug = 'do-i-need-a-driver'").update();
		long before = catalog.refreshRevision();

		seeder.seed();

		var row = jdbc.sql("select title, locally_edited from content_item where kind = 'faq' and slug = 'do-i-need-a-driver'")
			.query()
			.singleRow();
		assertThat(row).containsEntry("title", "Edited by the clinic").containsEntry("locally_edited", true);
		assertThat(catalog.refreshRevision()).as("the edit moved the revision on").isGreaterThanOrEqualTo(before);
	}

	@Test
	void onlyConsentedTestimonialsAreShown() {
		jdbc.sql("""
				insert into content_item (kind, slug, title, description, front_matter, body_md, source_path, source_checksum)
				values ('testimonial', 'no-consent-yet', 'Anon', 'd',
				        '{"displayName":"Jordan P","location":"tacoma","consented":false,"quote":"Not yet agreed"}',
				        '', 'test', repeat('2', 64))""").update();

		assertThat(catalog.testimonials()).extracting(Testimonial::displayName).contains("Sydney G")
			.doesNotContain("Jordan P");
	}

	@Test
	void theSeedsResponseClaimWaitsForTheClinicsOwnMeasuredData() {
		var page = catalog.condition("depression").orElseThrow();
		assertThat(page.statistics()).filteredOn(s -> s.isMeasured()).singleElement().satisfies(figure -> {
			assertThat(figure.measured()).isEqualTo("response");
			assertThat(figure.value()).isEqualTo("50–54%").doesNotContain("80");
			assertThat(figure.source()).contains("McInnes").contains("Oliver");
		});
	}

	@Test
	void theDepressionPageCarriesEveryFigureOfTheSeed() {
		var page = catalog.condition("depression").orElseThrow();
		String all = page.leadHtml() + page.bodyHtml() + page.statistics() + page.sections() + page.evidence();
		assertThat(all).contains("50%").contains("30.9%").contains("85%")
			.contains("10 subjects").contains("0.5 mg/kg").contains("1.0 mg/kg").contains("within hours")
			.contains("within one day").contains("1 week");
		assertThat(page.evidence()).extracting(EvidenceCard::url)
			.contains("https://doi.org/10.1016/j.biopsych.2009.08.038", "https://doi.org/10.1007/s43440-020-00097-z",
					"https://doi.org/10.1038/s41380-018-0256-5", "https://doi.org/10.1176/appi.ajp.2017.17040472",
					"https://doi.org/10.2147/NDT.S117146");
		assertThat(page.testimonials()).extracting(Testimonial::displayName).containsExactly("Sydney G");
		assertThat(page.programs()).hasSize(2);
		assertThat(page.articles()).hasSize(3);
	}
}

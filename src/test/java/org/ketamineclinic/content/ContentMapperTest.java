package org.ketamineclinic.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContentMapperTest {

	private final ContentMapper mapper = new ContentMapper(new Markdown(List.of()));

	@Test
	void anArticleThatMentionsSuicideLeadsWithCrisisResourcesEvenWhenItsFlagWasForgotten() {
		var article = article("{\"mentionsSuicide\": false}", "Ketamine can ease suicidal thoughts within a day.");
		assertThat(mapper.article(article).mentionsSuicide()).isTrue();
	}

	@Test
	void anArticleThatDoesNotMentionItCarriesNoBanner() {
		assertThat(mapper.article(article("{}", "What to bring to your first infusion.")).mentionsSuicide()).isFalse();
	}

	@Test
	void readingTimeAndExcerptComeFromTheArticle() {
		var mapped = mapper.article(article("{\"excerpt\": \"Short teaser\", \"author\": \"Clinical team\"}",
				"word ".repeat(600)));
		assertThat(mapped.readingMinutes()).isEqualTo(3);
		assertThat(mapped.excerpt()).isEqualTo("Short teaser");
		assertThat(mapped.author()).isEqualTo("Clinical team");
	}

	@Test
	void aTestimonialWithoutRecordedConsentIsNeverShown() {
		var withConsent = new ContentItem("testimonial", "a", "A", "d",
				"{\"displayName\": \"Sydney G\", \"consented\": true, \"quote\": \"q\"}", "", null, 0, OffsetDateTime.now());
		var without = new ContentItem("testimonial", "b", "B", "d",
				"{\"displayName\": \"Jordan P\", \"quote\": \"q\"}", "", null, 0, OffsetDateTime.now());
		assertThat(mapper.testimonial(withConsent)).isPresent();
		assertThat(mapper.testimonial(without)).isEmpty();
	}

	private static ContentItem article(String frontMatter, String body) {
		return new ContentItem("article", "a", "Title", "Description", frontMatter, body, LocalDate.of(2025, 5, 1), 0,
				OffsetDateTime.now());
	}
}

package org.ketamineclinic.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MarkdownTest {

	private final Markdown markdown = new Markdown(List.of(() -> Map.of("brandName", "Cascade Clinic")));

	@Test
	void rawHtmlInContentIsEscapedNotExecuted() {
		assertThat(markdown.html("Hello <script>alert(1)</script>")).doesNotContain("<script>")
			.contains("&lt;script&gt;");
	}

	@Test
	void javascriptLinksAreNeutralised() {
		assertThat(markdown.html("[click](javascript:alert(1))")).doesNotContain("javascript:");
	}

	@Test
	void placeholdersCarryTheClinicsOwnName() {
		assertThat(markdown.html("Welcome to {{brandName}}.")).contains("Welcome to Cascade Clinic.");
		assertThat(markdown.fill("{{unknown}} stays")).isEqualTo("{{unknown}} stays");
	}

	@Test
	void contentHeadingsNeverCompeteWithThePageH1() {
		assertThat(markdown.html("# Title\n\ntext")).contains("<h2>Title</h2>").doesNotContain("<h1>");
	}

	@Test
	void readingTimeIsAtLeastAMinuteAt200WordsAMinute() {
		assertThat(Markdown.readingMinutes("word ".repeat(50))).isEqualTo(1);
		assertThat(Markdown.readingMinutes("word ".repeat(1_000))).isEqualTo(5);
	}
}

package org.ketamineclinic.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketamineclinic.messaging.Keywords.Keyword.HELP;
import static org.ketamineclinic.messaging.Keywords.Keyword.OPT_IN;
import static org.ketamineclinic.messaging.Keywords.Keyword.OPT_OUT;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.ketamineclinic.messaging.Keywords.Keyword;

class KeywordsTest {

	// DOMAIN.md §6, written out again on purpose: the test must not read the table it checks.
	private static final Map<String, Keyword> KEYWORDS = Map.ofEntries(Map.entry("stop", OPT_OUT),
			Map.entry("stopall", OPT_OUT), Map.entry("unsubscribe", OPT_OUT), Map.entry("cancel", OPT_OUT),
			Map.entry("end", OPT_OUT), Map.entry("quit", OPT_OUT), Map.entry("revoke", OPT_OUT),
			Map.entry("optout", OPT_OUT), Map.entry("start", OPT_IN), Map.entry("yes", OPT_IN),
			Map.entry("unstop", OPT_IN), Map.entry("help", HELP), Map.entry("info", HELP));

	/** Every keyword in lower, upper and mixed case, bare, padded with white space and followed by punctuation. */
	static Stream<Arguments> everyKeywordInEveryDress() {
		return KEYWORDS.entrySet().stream().flatMap(keyword -> {
			String lower = keyword.getKey();
			String upper = lower.toUpperCase(Locale.ROOT);
			String mixed = upper.charAt(0) + lower.substring(1);
			return Stream.of(lower, upper, mixed, " " + lower + " ", "\t" + upper + "\n", "\u00A0" + mixed + "\u3000",
					mixed + ".", upper + "!", lower + "?!", upper + " !!!", mixed + "\u2026", " " + lower + ". ",
					"\r\n" + upper + "\r\n")
				.map(body -> Arguments.of(body, keyword.getValue()));
		});
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
	@MethodSource("everyKeywordInEveryDress")
	void keywordInAnyCaseWithSurroundingSpaceAndTrailingPunctuationIsRecognised(String body, Keyword expected) {
		assertThat(Keywords.classify(body)).contains(expected);
	}

	@Test
	void stopInAnyCaseWithTrailingPunctuationOptsOut() {
		assertThat(Keywords.classify("Stop.")).contains(OPT_OUT);
		assertThat(Keywords.classify("STOP!")).contains(OPT_OUT);
		assertThat(Keywords.classify(" stop ")).contains(OPT_OUT);
	}

	@Test
	void startYesAndUnstopOptBackIn() {
		assertThat(Keywords.classify("Start")).contains(OPT_IN);
		assertThat(Keywords.classify("yes")).contains(OPT_IN);
		assertThat(Keywords.classify("UNSTOP")).contains(OPT_IN);
	}

	@Test
	void helpAndInfoAskForHelp() {
		assertThat(Keywords.classify("help?")).contains(HELP);
		assertThat(Keywords.classify("Info")).contains(HELP);
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" is not a keyword")
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t\n", "!", "...", "stop please", "please stop", "stopping", "stop stop",
			"S T O P", "st op", "stop1", "yes please", "yesterday", "help me", "unsubscribe me", "I want to quit",
			"don't stop", "end.of.story", "infos" })
	void anythingMoreThanTheKeywordIsAnOrdinaryMessage(String body) {
		// Free-form revocations ("please stop") still count under the FCC rule: staff record those by hand.
		assertThat(Keywords.classify(body)).isEmpty();
	}

	@Test
	void caseFoldingDoesNotDependOnTheServerLocale() {
		Locale saved = Locale.getDefault();
		try {
			// In Turkish, "i".toUpperCase() is "İ" (dotted capital I), which would miss QUIT, INFO and UNSUBSCRIBE.
			Locale.setDefault(Locale.forLanguageTag("tr-TR"));
			assertThat(Keywords.classify("quit")).contains(OPT_OUT);
			assertThat(Keywords.classify("info")).contains(HELP);
			assertThat(Keywords.classify("unsubscribe")).contains(OPT_OUT);
		}
		finally {
			Locale.setDefault(saved);
		}
	}
}

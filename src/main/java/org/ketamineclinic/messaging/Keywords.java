package org.ketamineclinic.messaging;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SMS keywords a recipient can text back (DOMAIN.md §6): opt out, opt back in, or ask for help. Each one is
 * acknowledged with a single reply by the caller.
 */
public final class Keywords {

	/** What a keyword asks for. */
	public enum Keyword {
		/** Stop all texts from this sender. */
		OPT_OUT,
		/** Start texts again after an opt-out. */
		OPT_IN,
		/** Send the program's help text. */
		HELP
	}

	private static final Map<String, Keyword> WORDS = Map.ofEntries(
			Map.entry("STOP", Keyword.OPT_OUT), Map.entry("STOPALL", Keyword.OPT_OUT),
			Map.entry("UNSUBSCRIBE", Keyword.OPT_OUT), Map.entry("CANCEL", Keyword.OPT_OUT),
			Map.entry("END", Keyword.OPT_OUT), Map.entry("QUIT", Keyword.OPT_OUT),
			Map.entry("REVOKE", Keyword.OPT_OUT), Map.entry("OPTOUT", Keyword.OPT_OUT),
			Map.entry("START", Keyword.OPT_IN), Map.entry("YES", Keyword.OPT_IN), Map.entry("UNSTOP", Keyword.OPT_IN),
			Map.entry("HELP", Keyword.HELP), Map.entry("INFO", Keyword.HELP));

	private Keywords() {
	}

	/**
	 * The keyword this message is, if it is one. The whole message must be the keyword: case does not matter, white
	 * space around it (any Unicode white space, including no-break spaces) and punctuation after it ("Stop.", "STOP!")
	 * are ignored, but any other word makes it an ordinary message ("stop please", "please stop", "stopping").
	 * <p>
	 * Matching only whole-message keywords keeps an ordinary reply from silently opting someone out or in. The FCC rule
	 * in force since April 2025 also counts any other clear request to stop, sent by any reasonable means, as a
	 * revocation: such free-form messages are not recognised here, so staff read them and record the opt-out by hand.
	 *
	 * @param body the text of an inbound message; may be null
	 * @return the keyword, or empty for null, blank or any other message
	 */
	public static Optional<Keyword> classify(String body) {
		if (body == null) {
			return Optional.empty();
		}
		int start = 0;
		int end = body.length();
		while (start < end && isWhiteSpace(body.codePointAt(start))) {
			start += Character.charCount(body.codePointAt(start));
		}
		while (end > start && (isWhiteSpace(body.codePointBefore(end)) || isPunctuation(body.codePointBefore(end)))) {
			end -= Character.charCount(body.codePointBefore(end));
		}
		// Locale.ROOT: in a Turkish default locale "quit".toUpperCase() would be "QUİT" and miss.
		return Optional.ofNullable(WORDS.get(body.substring(start, end).toUpperCase(Locale.ROOT)));
	}

	/** Unicode White_Space: Character.isWhitespace leaves out the no-break spaces, isSpaceChar the controls. */
	private static boolean isWhiteSpace(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
	}

	private static boolean isPunctuation(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION -> true;
			default -> false;
		};
	}
}

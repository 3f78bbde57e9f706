package org.ketamineclinic;

import java.util.Random;

/**
 * Random text for fuzz tests: plain words, control characters and NUL, bidirectional marks, emoji and lone surrogates,
 * strings that look like SQL, HTML or templates, numbers in the wrong format, and now and then something long.
 */
public final class FuzzText {

	private static final String[] LOOKALIKES = { "' OR '1'='1", "'); DROP TABLE consultation_request;--",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${7*7}", "{{7*7}}", "%00", "%zz", "%",
			"../../etc/passwd", "\\u0000", "1e309", "-0", "NaN", "0x7fffffff", "99999999999999999999999", "+1 (206) 555-0100",
			"٣٤٥٦٧٨٩٠١٢", "２０６５５５０１００", "a@b", "@", "a@@b..c", "STOP", "stop all", "HELP", "START", "true", "null",
			"undefined", "[]", "{}", "&amp;", "&#0;", "\r\n\r\nSet-Cookie: x=y", "\u202Eevil\u202C", "\uFEFF", "\u200B" };

	private static final int[][] RANGES = { { 0x20, 0x7E }, { 0x00, 0x1F }, { 0x7F, 0x9F }, { 0xA0, 0x24F },
			{ 0x0590, 0x06FF }, { 0x2000, 0x206F }, { 0x4E00, 0x4FFF }, { 0x1F300, 0x1F6FF }, { 0xD800, 0xDFFF },
			{ 0xFFF0, 0xFFFF }, { 0x10000, 0x10FFFF } };

	private FuzzText() {
	}

	/** Mostly short, sometimes a few thousand characters, rarely tens of thousands. */
	public static String any(Random random) {
		int roll = random.nextInt(100);
		int length = roll < 60 ? random.nextInt(20) : roll < 90 ? random.nextInt(300) : roll < 99 ? random.nextInt(4_000)
				: random.nextInt(40_000);
		StringBuilder text = new StringBuilder(length + 40);
		while (text.length() < length) {
			if (random.nextInt(10) == 0) {
				text.append(LOOKALIKES[random.nextInt(LOOKALIKES.length)]);
				continue;
			}
			// A run from one range, so that scripts, controls or emoji come in clumps as they do in real input.
			int[] range = RANGES[random.nextInt(RANGES.length)];
			for (int n = 1 + random.nextInt(8); n > 0 && text.length() < length; n--) {
				int codePoint = range[0] + random.nextInt(range[1] - range[0] + 1);
				if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
					text.append((char) codePoint); // a lone surrogate: not valid UTF-16, but a Java string can hold it
				}
				else {
					text.appendCodePoint(codePoint);
				}
			}
		}
		return text.toString();
	}

	/** Only characters {@link Character#isWhitespace} counts as blank, so {@code strip()} leaves nothing. */
	public static String blank(Random random) {
		String spaces = " \t\n\r\u000B\f\u001C\u001D\u001E\u001F\u1680\u2000\u2001\u2006\u2008\u200A\u2028\u2029\u205F\u3000";
		StringBuilder text = new StringBuilder();
		for (int n = random.nextInt(6); n > 0; n--) {
			text.append(spaces.charAt(random.nextInt(spaces.length())));
		}
		return text.toString();
	}

	/** A short description of a value for a failure message: its length and a printable start. */
	public static String describe(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder shown = new StringBuilder();
		value.codePoints().limit(40).forEach(c -> shown.append(c < 0x20 || c > 0x7E ? "\\u%04X".formatted(c) : (char) c));
		return "(" + value.length() + ")" + shown;
	}
}

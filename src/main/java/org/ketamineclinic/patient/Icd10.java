package org.ketamineclinic.patient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ICD-10-CM codes: the shape every code has, and the codes this clinic uses most (from
 * {@code patient/icd10-suggestions.tsv}), offered on the form and used to fill in a description left blank.
 */
public final class Icd10 {

	/** A letter (not U), two characters, then optionally a dot and up to four more. */
	private static final Pattern CODE = Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

	private static final Map<String, String> SUGGESTIONS = load();

	private Icd10() {
	}

	/** The code written as the classification writes it ("f33.2" → "F33.2"), or null when it cannot be one. */
	public static String normalised(String text) {
		if (text == null) {
			return null;
		}
		String code = text.strip().toUpperCase(java.util.Locale.ROOT);
		if (code.length() > 3 && code.indexOf('.') < 0) {
			code = code.substring(0, 3) + "." + code.substring(3);
		}
		return CODE.matcher(code).matches() ? code : null;
	}

	/** Code → description, in the order of the file. */
	public static Map<String, String> suggestions() {
		return SUGGESTIONS;
	}

	private static Map<String, String> load() {
		Map<String, String> codes = new LinkedHashMap<>();
		try (InputStream in = Icd10.class.getResourceAsStream("/patient/icd10-suggestions.tsv")) {
			if (in == null) {
				throw new IllegalStateException("patient/icd10-suggestions.tsv is missing from the classpath");
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] parts = line.split("\t", 2);
					codes.put(parts[0].strip(), parts[1].strip());
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("patient/icd10-suggestions.tsv cannot be read", e);
		}
		return java.util.Collections.unmodifiableMap(codes);
	}
}

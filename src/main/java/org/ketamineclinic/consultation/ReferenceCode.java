package org.ketamineclinic.consultation;

import java.security.SecureRandom;

/**
 * The code a person is given for their request ("KC-7H3Q-9M2X"): short enough to read over the phone, random
 * enough (40 bits) not to be guessed, and unrelated to the database id. Crockford's alphabet leaves out I, L, O
 * and U, which are easily misread.
 */
final class ReferenceCode {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private ReferenceCode() {
	}

	static String next() {
		var code = new StringBuilder("KC-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}
}

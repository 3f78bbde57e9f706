package org.ketamineclinic.consultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The exact words shown beside the SMS consent box. Its version is a hash of the words, so any change of wording is
 * a new version and the consent ledger always knows which words a person agreed to.
 *
 * @param version the version, e.g. "2026-11-3f9a1c0b2d4e"
 * @param text    the disclosure, word for word
 */
public record SmsDisclosure(String version, String text) {

	static SmsDisclosure of(String label, String brandName, String programName) {
		String text = "Yes, " + brandName + " may text me at the mobile number above (" + programName
				+ ") to reply to this request and to send appointment reminders. Message frequency varies. "
				+ "Msg & data rates may apply. Reply STOP to opt out, HELP for help. Consent is not a condition of "
				+ "care. See our SMS terms and privacy policy.";
		return new SmsDisclosure(label + "-" + shortHash(text), text);
	}

	private static String shortHash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

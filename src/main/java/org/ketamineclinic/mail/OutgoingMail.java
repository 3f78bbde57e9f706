package org.ketamineclinic.mail;

/**
 * A plain-text e-mail. Callers keep health details out of it: e-mail is not a secure channel.
 *
 * @param to      recipient address
 * @param subject subject line
 * @param body    plain text
 */
public record OutgoingMail(String to, String subject, String body) {

	@Override
	public String toString() {
		return "OutgoingMail[subject=" + subject + "]";
	}
}

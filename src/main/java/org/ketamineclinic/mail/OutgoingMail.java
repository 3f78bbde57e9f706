package org.ketamineclinic.mail;

/**
 * A plain-text e-mail, optionally with one attachment. Callers keep health details out of it: e-mail is not a secure
 * channel.
 *
 * @param to         recipient address
 * @param subject    subject line
 * @param body       plain text
 * @param attachment a file to attach (an appointment's .ics), or null
 * @param toPatient  whether a patient (not staff) receives it: then, without an SMTP server, nothing of it is logged
 */
public record OutgoingMail(String to, String subject, String body, Attachment attachment, boolean toPatient) {

	public OutgoingMail(String to, String subject, String body) {
		this(to, subject, body, null, false);
	}

	/**
	 * @param fileName    file name the reader sees ("appointment.ics")
	 * @param contentType MIME type ("text/calendar; method=REQUEST")
	 * @param content     the file's text
	 */
	public record Attachment(String fileName, String contentType, String content) {
	}

	@Override
	public String toString() {
		return "OutgoingMail[subject=" + (toPatient ? "(patient mail)" : subject) + "]";
	}
}

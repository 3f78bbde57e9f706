package org.ketamineclinic.consultation;

import java.util.List;
import java.util.Set;

/**
 * Everything about one request for the coordinator working it.
 *
 * @param id             request id
 * @param version        the version shown, sent back with every change (optimistic locking)
 * @param reference      reference code
 * @param name           full name
 * @param phone          phone number, formatted
 * @param phoneHref      tel: link
 * @param email          e-mail address
 * @param location       chosen clinic
 * @param program        program asked about
 * @param contactMethod  how they prefer to be contacted
 * @param bestTime       when
 * @param message        what they wrote, or null
 * @param status         where it stands
 * @param statusReason   why (for "not a candidate"), or null
 * @param next           statuses it may move to
 * @param assigneeId     who works it, or null
 * @param assignee       their name, or null
 * @param contactAttempts attempts so far
 * @param received       when it arrived (clinic time)
 * @param response       response target state
 * @param needsReview    held for spam review
 * @param reviewReasons  why it was held, in words
 * @param consent        SMS consent evidence, or null when they did not consent
 * @param duplicates     other requests with the same phone or e-mail
 * @param timeline       what happened, oldest first
 * @param messages       texts and e-mails with the person, oldest first
 * @param mayText        true while the person's consent to texts stands
 */
public record RequestDetail(long id, int version, String reference, String name, String phone, String phoneHref,
		String email, String location, String program, String contactMethod, String bestTime, String message,
		RequestStatus status, String statusReason, Set<RequestStatus> next, Long assigneeId, String assignee,
		int contactAttempts, String received, ResponseState response, boolean needsReview, String reviewReasons,
		Consent consent, List<Duplicate> duplicates, List<TimelineEntry> timeline, List<Message> messages,
		boolean mayText) {

	/**
	 * @param incoming true for what the person sent
	 * @param at       when (clinic time)
	 * @param body     the text
	 * @param status   for ours: "Delivered", "Waiting for the morning", …; null for theirs
	 * @param problem  why ours is not sent, or null
	 */
	public record Message(boolean incoming, String at, String body, String status, String problem) {
	}

	/**
	 * @param givenAt    when (clinic time)
	 * @param phone      the number consented for
	 * @param disclosure the exact words shown
	 * @param version    the disclosure's version
	 * @param ipAddress  where from
	 * @param userAgent  which browser
	 */
	public record Consent(String givenAt, String phone, String disclosure, String version, String ipAddress,
			String userAgent) {
	}

	/**
	 * @param id        the other request's id
	 * @param reference its reference
	 * @param status    its status
	 * @param received  when it arrived
	 * @param matchedOn "phone", "e-mail" or both
	 */
	public record Duplicate(long id, String reference, RequestStatus status, String received, String matchedOn) {
	}

	/**
	 * @param at    when (clinic time)
	 * @param who   staff member's name, or "System"
	 * @param what  what happened, in words
	 * @param note  a note or reason, or null
	 */
	public record TimelineEntry(String at, String who, String what, String note) {
	}
}

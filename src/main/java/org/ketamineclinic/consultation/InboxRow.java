package org.ketamineclinic.consultation;

/**
 * One request in the inbox.
 *
 * @param id           request id (the detail page's path)
 * @param reference    reference code the person was given
 * @param name         the person's name
 * @param phone        phone number, formatted
 * @param location     clinic (or online visit) they chose
 * @param program      program they asked about
 * @param status       where it stands
 * @param assignee     who works it, or null
 * @param received     when it arrived, in the clinic's time ("Mon 9:41 AM")
 * @param age          how long ago ("25 min ago")
 * @param response     the response target's state
 * @param needsReview  held in the spam quarantine
 */
public record InboxRow(long id, String reference, String name, String phone, String location, String program,
		RequestStatus status, String assignee, String received, String age, ResponseState response, boolean needsReview) {
}

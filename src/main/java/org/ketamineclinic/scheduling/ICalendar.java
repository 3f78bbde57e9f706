package org.ketamineclinic.scheduling;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes RFC 5545 iCalendar text: the {@code .ics} attached to an appointment confirmation and the calendar feed a
 * staff member subscribes to. Calendar clients are unforgiving in different ways, so the rules they rely on are kept
 * here in one place: CRLF after every line, TEXT values escaped, lines folded at 75 octets of UTF-8 (never inside a
 * character, or Outlook shows mojibake), and every time written in UTC so that the client, not this code, deals with
 * daylight-saving changes.
 * <p>
 * The writer prints whatever it is given; keeping patient names and reasons out of a staff feed is the caller's job.
 */
final class ICalendar {

	private static final String CRLF = "\r\n";

	/** RFC 5545 section 3.1: a content line is at most 75 octets, not counting the line break. */
	private static final int MAX_OCTETS = 75;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** METHOD is a bare token, not TEXT: it cannot be escaped, so anything else is refused. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]+");

	/**
	 * One appointment. The UID must stay the same for the life of the appointment and the sequence must go up with
	 * every change (a reschedule, a cancellation), or clients add a second entry instead of updating the first.
	 * Location and description may be null and are then left out.
	 */
	record Event(String uid, Instant start, Instant end, String summary, String location, String description,
			boolean cancelled, int sequence) {

		Event {
			Objects.requireNonNull(uid, "uid");
			Objects.requireNonNull(start, "start");
			Objects.requireNonNull(end, "end");
			Objects.requireNonNull(summary, "summary");
			if (!end.isAfter(start)) {
				// RFC 5545 3.6.1: DTEND must be later than DTSTART; clients drop or mangle the event otherwise.
				throw new IllegalArgumentException("event " + uid + " ends at or before its start");
			}
			if (sequence < 0) {
				throw new IllegalArgumentException("sequence must not be negative: " + sequence);
			}
		}
	}

	private ICalendar() {
	}

	/**
	 * The whole calendar as text. {@code method} ("PUBLISH", "REQUEST") and {@code calendarName} are left out when
	 * null; {@code stamp} is when this copy was made, written as every event's DTSTAMP.
	 */
	static String write(String productId, String calendarName, String method, List<Event> events, Instant stamp) {
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(events, "events");
		Objects.requireNonNull(stamp, "stamp");
		if (method != null && !TOKEN.matcher(method).matches()) {
			throw new IllegalArgumentException("not an iCalendar method: " + method);
		}
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:" + text(productId));
		line(out, "CALSCALE:GREGORIAN");
		if (method != null) {
			line(out, "METHOD:" + method);
		}
		if (calendarName != null) {
			line(out, "X-WR-CALNAME:" + text(calendarName));
		}
		for (Event event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + text(event.uid()));
			line(out, "DTSTAMP:" + UTC.format(stamp));
			line(out, "DTSTART:" + UTC.format(event.start()));
			line(out, "DTEND:" + UTC.format(event.end()));
			line(out, "SUMMARY:" + text(event.summary()));
			if (event.location() != null) {
				line(out, "LOCATION:" + text(event.location()));
			}
			if (event.description() != null) {
				line(out, "DESCRIPTION:" + text(event.description()));
			}
			line(out, "SEQUENCE:" + event.sequence());
			line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/**
	 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any line break written as {@code \n}.
	 * Other control characters are not allowed in TEXT and are dropped; a lone surrogate cannot be encoded in UTF-8
	 * and becomes U+FFFD.
	 */
	static String text(String value) {
		StringBuilder out = new StringBuilder(value.length() + 8);
		int i = 0;
		while (i < value.length()) {
			int c = value.codePointAt(i);
			i += Character.charCount(c);
			if (c == '\\' || c == ';' || c == ',') {
				out.append('\\').appendCodePoint(c);
			}
			else if (c == '\r') {
				out.append("\\n");
				if (i < value.length() && value.charAt(i) == '\n') {
					i++;
				}
			}
			else if (c == '\n') {
				out.append("\\n");
			}
			else if (c == '\t') {
				out.append('\t');
			}
			else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
				out.append('\uFFFD');
			}
			else if (c >= 0x20 && c != 0x7F) {
				out.appendCodePoint(c);
			}
		}
		return out.toString();
	}

	/**
	 * Appends one content line, folded (RFC 5545 3.1) so that no physical line exceeds 75 octets: a break is a CRLF
	 * followed by one space, the space counts towards the next line, and a break never falls inside a character.
	 */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		int i = 0;
		while (i < content.length()) {
			int c = content.codePointAt(i);
			int size = utf8Octets(c);
			if (octets + size > MAX_OCTETS) {
				out.append(CRLF).append(' ');
				octets = 1;
			}
			out.appendCodePoint(c);
			octets += size;
			i += Character.charCount(c);
		}
		out.append(CRLF);
	}

	private static int utf8Octets(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		if (codePoint < 0x10000) {
			return 3;
		}
		return 4;
	}
}

package org.ketamineclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ketamineclinic.scheduling.ICalendar.Event;

/**
 * The output is read back the way a calendar client reads it (unfold, split, unescape), so the tests check what a
 * client would see rather than the writer's own idea of it.
 */
class ICalendarTest {

	private static final Instant STAMP = Instant.parse("2025-10-20T08:15:30.123456Z");

	private static final Instant START = Instant.parse("2025-10-21T14:00:00Z");

	@Test
	void writesTheCalendarFrameAndOneEventPerAppointment() {
		Event first = event("a-1@clinic", "J.D.", false, 0);
		Event second = event("a-2@clinic", "M.S.", false, 0);
		String ics = ICalendar.write("-//Ketamine Clinic//Scheduling//EN", "Dr. Smith", "PUBLISH", List.of(first, second),
				STAMP);

		List<String> lines = unfold(ics);
		assertThat(lines.subList(0, 6)).containsExactly("BEGIN:VCALENDAR", "VERSION:2.0",
				"PRODID:-//Ketamine Clinic//Scheduling//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
				"X-WR-CALNAME:Dr. Smith");
		assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
		assertThat(lines).filteredOn("BEGIN:VEVENT"::equals).hasSize(2);
		assertThat(lines).filteredOn("END:VEVENT"::equals).hasSize(2);
		assertThat(lines).contains("UID:a-1@clinic", "UID:a-2@clinic", "DTSTAMP:20251020T081530Z",
				"DTSTART:20251021T140000Z", "DTEND:20251021T144500Z", "SEQUENCE:0", "STATUS:CONFIRMED");
		assertThat(value(ics, "SUMMARY")).isEqualTo("J.D.");
		assertThat(value(ics, "LOCATION")).isEqualTo("Room 2, Main St. 1");
		assertThat(value(ics, "DESCRIPTION")).isEqualTo("Bring ID;\narrive early");
	}

	@Test
	void leavesOutWhatIsNotGiven() {
		Event bare = new Event("b-1@clinic", START, START.plus(Duration.ofHours(1)), "Appointment", null, null, false, 0);
		String ics = ICalendar.write("-//Ketamine Clinic//Scheduling//EN", null, null, List.of(bare), STAMP);

		assertThat(unfold(ics)).noneMatch(line -> line.startsWith("METHOD") || line.startsWith("X-WR-CALNAME")
				|| line.startsWith("LOCATION") || line.startsWith("DESCRIPTION"));
	}

	@Test
	void anEmptyFeedIsStillACalendar() {
		String ics = ICalendar.write("-//Ketamine Clinic//Scheduling//EN", "Nobody", "PUBLISH", List.of(), STAMP);

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics).doesNotContain("VEVENT");
	}

	@Test
	void escapesTextValues() {
		assertThat(ICalendar.text("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
		assertThat(ICalendar.text("one\r\ntwo\rthree\nfour")).isEqualTo("one\\ntwo\\nthree\\nfour");
		assertThat(ICalendar.text("tab\there")).isEqualTo("tab\there");
		assertThat(ICalendar.text("bell\u0007 and nul\u0000 and del\u007F")).isEqualTo("bell and nul and del");
		assertThat(ICalendar.text("colon: fine")).isEqualTo("colon: fine");

		Event event = new Event("c-1@clinic", START, START.plus(Duration.ofHours(1)), "a\\b;c,d", null, null, false, 0);
		String ics = ICalendar.write("-//X//Y//EN", null, null, List.of(event), STAMP);
		assertThat(unfold(ics)).contains("SUMMARY:a\\\\b\\;c\\,d");
	}

	@Test
	void aLoneSurrogateBecomesAReplacementCharacter() {
		assertThat(ICalendar.text("x\uD83Dy")).isEqualTo("x\uFFFDy");
		assertThat(ICalendar.text("x\uD83D\uDE00y")).isEqualTo("x\uD83D\uDE00y");
	}

	@Test
	void everyLineEndsInCrlfAndNowhereElseIsThereABreak() {
		Event event = new Event("d-1@clinic", START, START.plus(Duration.ofHours(1)), "line one\nline two\r\nthree",
				"a\rb", "c\r\nd", false, 0);
		String ics = ICalendar.write("-//X//Y//EN", "Feed", "PUBLISH", List.of(event), STAMP);

		assertThat(ics).endsWith("\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
	}

	@Test
	void foldsAt75OctetsWithoutSplittingACharacter() {
		String summary = "Überweisung – Ketamin-Behandlung für Ärztinnen ✓ 😀 漢字かな交じり文, Zürich; ".repeat(6);
		String description = "😀".repeat(100) + "é".repeat(101) + "x";
		Event event = new Event("e-1@clinic", START, START.plus(Duration.ofHours(1)), summary, "Zürich", description,
				false, 0);
		String ics = ICalendar.write("-//X//Y//EN", "Kalender für Ärzte", "PUBLISH", List.of(event), STAMP);

		String[] physical = ics.split("\r\n");
		assertThat(physical.length).isGreaterThan(unfold(ics).size());
		for (String line : physical) {
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			assertThat(bytes.length).as(line).isLessThanOrEqualTo(75);
			// A line cut inside a character would not survive being encoded on its own.
			assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(line);
			assertThat(line).doesNotContain("\uFFFD");
		}
		for (int i = 1; i < physical.length; i++) {
			if (physical[i].startsWith(" ")) {
				assertThat(physical[i]).as("exactly one space of continuation").doesNotStartWith("  ");
			}
		}
		assertThat(value(ics, "SUMMARY")).isEqualTo(summary);
		assertThat(value(ics, "DESCRIPTION")).isEqualTo(description);
		assertThat(value(ics, "X-WR-CALNAME")).isEqualTo("Kalender für Ärzte");
	}

	@Test
	void foldsOnlyPast75OctetsAndMovesAWholeCharacterToTheNextLine() {
		String exact = "a".repeat(75 - "SUMMARY:".length());
		assertThat(physicalLine(exact)).isEqualTo("SUMMARY:" + exact);

		String oneMore = exact + "b";
		assertThat(physicalLines(oneMore)).containsExactly("SUMMARY:" + exact, " b");

		// 74 octets then a 3-octet euro sign: it cannot fit on the first line, so that line stops at 74.
		String straddling = "a".repeat(74 - "SUMMARY:".length()) + "€";
		assertThat(physicalLines(straddling)).containsExactly("SUMMARY:" + "a".repeat(66), " €");
	}

	@Test
	void timesAcrossTheUsNovemberClockChangeAreTheRealInstants() {
		// 2 November 2025, New York: 02:00 EDT becomes 01:00 EST. From 00:30 EDT to 03:00 EST is three and a half
		// real hours, which only UTC times describe without the client having to know the rule.
		ZoneId newYork = ZoneId.of("America/New_York");
		Instant start = ZonedDateTime.of(2025, 11, 2, 0, 30, 0, 0, newYork).toInstant();
		Instant end = ZonedDateTime.of(2025, 11, 2, 3, 0, 0, 0, newYork).toInstant();
		Instant nextMorning = ZonedDateTime.of(2025, 11, 3, 9, 0, 0, 0, newYork).toInstant();
		Event overnight = new Event("f-1@clinic", start, end, "Overnight", null, null, false, 0);
		Event morning = new Event("f-2@clinic", nextMorning, nextMorning.plus(Duration.ofHours(1)), "Morning", null,
				null, false, 0);

		String ics = ICalendar.write("-//X//Y//EN", null, "PUBLISH", List.of(overnight, morning), STAMP);

		assertThat(unfold(ics)).containsSubsequence("UID:f-1@clinic", "DTSTART:20251102T043000Z",
				"DTEND:20251102T080000Z", "UID:f-2@clinic", "DTSTART:20251103T140000Z", "DTEND:20251103T150000Z");
		assertThat(Duration.between(start, end)).isEqualTo(Duration.ofMinutes(210));
	}

	@Test
	void aCancelledAppointmentSaysSoWithAHigherSequence() {
		Event cancelled = event("g-1@clinic", "J.D.", true, 2);
		String ics = ICalendar.write("-//X//Y//EN", null, "REQUEST", List.of(cancelled), STAMP);

		assertThat(unfold(ics)).contains("UID:g-1@clinic", "STATUS:CANCELLED", "SEQUENCE:2", "METHOD:REQUEST")
			.doesNotContain("STATUS:CONFIRMED");
	}

	@Test
	void aSummaryReadsBackAsWritten() {
		String summary = "Follow-up, 2nd session; bring notes \\ forms\nthen: call 😀 — Ärztin";
		Event event = new Event("h-1@clinic", START, START.plus(Duration.ofHours(1)), summary, null, null, false, 1);
		String ics = ICalendar.write("-//X//Y//EN", null, null, List.of(event), STAMP);

		assertThat(value(ics, "SUMMARY")).isEqualTo(summary);
	}

	@Test
	void refusesAMethodThatCouldInjectProperties() {
		Event event = event("i-1@clinic", "J.D.", false, 0);

		assertThatThrownBy(() -> ICalendar.write("-//X//Y//EN", null, "PUBLISH\r\nX-EVIL:1", List.of(event), STAMP))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesAnEventThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> new Event("j-1@clinic", START, START, "J.D.", null, null, false, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Event("j-2@clinic", START, START.plusSeconds(60), "J.D.", null, null, false, -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static Event event(String uid, String summary, boolean cancelled, int sequence) {
		return new Event(uid, START, START.plus(Duration.ofMinutes(45)), summary, "Room 2, Main St. 1",
				"Bring ID;\narrive early", cancelled, sequence);
	}

	private static String physicalLine(String summary) {
		List<String> lines = physicalLines(summary);
		assertThat(lines).hasSize(1);
		return lines.get(0);
	}

	/** The physical lines of the SUMMARY property, as written. */
	private static List<String> physicalLines(String summary) {
		Event event = new Event("k-1@clinic", START, START.plus(Duration.ofHours(1)), summary, null, null, false, 0);
		String ics = ICalendar.write("-//X//Y//EN", null, null, List.of(event), STAMP);
		List<String> all = Arrays.asList(ics.split("\r\n"));
		int first = 0;
		while (!all.get(first).startsWith("SUMMARY:")) {
			first++;
		}
		List<String> lines = new ArrayList<>();
		lines.add(all.get(first));
		for (int i = first + 1; all.get(i).startsWith(" "); i++) {
			lines.add(all.get(i));
		}
		return lines;
	}

	/** Logical content lines, as a client sees them after unfolding (RFC 5545 3.1). */
	private static List<String> unfold(String ics) {
		assertThat(ics).endsWith("\r\n");
		return Arrays.asList(ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n"));
	}

	/** The unescaped value of the first property with this name (no parameters are written, so none are parsed). */
	private static String value(String ics, String name) {
		for (String line : unfold(ics)) {
			if (line.startsWith(name + ":")) {
				return unescape(line.substring(name.length() + 1));
			}
		}
		throw new AssertionError("no " + name + " in\n" + ics);
	}

	private static String unescape(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				out.append(next == 'n' || next == 'N' ? '\n' : next);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}

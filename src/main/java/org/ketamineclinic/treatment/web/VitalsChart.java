package org.ketamineclinic.treatment.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.ketamineclinic.treatment.InfusionSessionView;
import org.ketamineclinic.treatment.SessionVital;
import org.ketamineclinic.treatment.VitalSigns;

/**
 * The session's vitals as an SVG line chart drawn on the server: systolic, diastolic and heart rate against minutes
 * from the baseline, with the infusion's start and end marked. No script and no colour alone: each line has its own
 * dash pattern and label, and the table beside it holds every number.
 *
 * @param systolic  polyline points "x,y x,y…"
 * @param minutes   the span of the x axis
 * @param startX    where the infusion started, or -1
 * @param endX      where it ended, or -1
 */
public record VitalsChart(String systolic, String diastolic, String heartRate, int minutes, int startX, int endX,
		List<Tick> ticks) {

	public static final int WIDTH = 600;

	public static final int HEIGHT = 220;

	private static final int TOP_VALUE = 220;

	private static final int BOTTOM_VALUE = 40;

	/** A grid line with its label. */
	public record Tick(int y, int value) {
	}

	public static VitalsChart of(InfusionSessionView session) {
		List<SessionVital> vitals = session.vitals();
		Instant origin = vitals.isEmpty() ? Instant.EPOCH : vitals.get(0).reading().takenAt();
		Instant last = vitals.isEmpty() ? origin : vitals.get(vitals.size() - 1).reading().takenAt();
		int span = (int) Math.max(60, Duration.between(origin, last).toMinutes() + 10);
		List<Tick> ticks = List.of(60, 100, 140, 180).stream().map(v -> new Tick(y(v), v)).toList();
		return new VitalsChart(line(vitals, origin, span, VitalSigns::systolic),
				line(vitals, origin, span, VitalSigns::diastolic), line(vitals, origin, span, VitalSigns::heartRate),
				span, session.startedAt() == null ? -1 : x(origin, session.startedAt(), span),
				session.infusionEndedAt() == null ? -1 : x(origin, session.infusionEndedAt(), span), ticks);
	}

	public boolean empty() {
		return systolic.isEmpty() && heartRate.isEmpty();
	}

	private static String line(List<SessionVital> vitals, Instant origin, int span,
			Function<VitalSigns, Integer> value) {
		StringBuilder points = new StringBuilder();
		for (SessionVital vital : vitals) {
			Integer v = value.apply(vital.reading());
			if (v != null) {
				points.append(points.isEmpty() ? "" : " ").append(x(origin, vital.reading().takenAt(), span))
					.append(',').append(y(v));
			}
		}
		return points.toString();
	}

	private static int x(Instant origin, Instant at, int span) {
		long seconds = Math.max(0, Duration.between(origin, at).toSeconds());
		return (int) (40 + seconds * (WIDTH - 50) / (span * 60L));
	}

	private static int y(int value) {
		int clamped = Math.max(BOTTOM_VALUE, Math.min(TOP_VALUE, value));
		return 10 + (TOP_VALUE - clamped) * (HEIGHT - 30) / (TOP_VALUE - BOTTOM_VALUE);
	}
}

package org.ketamineclinic.assessment.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ketamineclinic.assessment.ScoredResponse;
import org.ketamineclinic.assessment.Trend;

/**
 * A patient's PHQ-9 and GAD-7 as an SVG line chart drawn on the server, with the response and remission lines and
 * the infusions marked. No script, no colour alone (each line has its own dash pattern and label); the table beside
 * it has every number.
 *
 * @param phq9        polyline points "x,y x,y…"
 * @param responseY   y of the response line, or -1
 * @param remissionY  y of the remission line
 * @param infusionXs  x of each infusion
 */
public record TrendChart(String phq9, String gad7, int responseY, int remissionY, List<Integer> infusionXs,
		List<Tick> ticks) {

	public static final int WIDTH = 600;

	public static final int HEIGHT = 220;

	/** A grid line with its label. */
	public record Tick(int y, int value) {
	}

	public static TrendChart of(Trend trend) {
		List<Instant> times = Stream.concat(trend.all().stream().map(ScoredResponse::submittedAt),
				trend.infusions().stream()).sorted().toList();
		Instant first = times.isEmpty() ? Instant.EPOCH : times.get(0);
		long span = times.isEmpty() ? 1 : Math.max(1, Duration.between(first, times.get(times.size() - 1)).toMinutes());
		List<Integer> infusions = new ArrayList<>();
		trend.infusions().forEach(at -> infusions.add(x(first, at, span)));
		return new TrendChart(line(trend.phq9(), first, span), line(trend.gad7(), first, span),
				trend.responseLine() == null ? -1 : y(trend.responseLine()), y(trend.remissionBelow()), infusions,
				List.of(0, 5, 10, 15, 20, 27).stream().map(v -> new Tick(y(v), v)).toList());
	}

	private static String line(List<ScoredResponse> responses, Instant first, long span) {
		StringBuilder points = new StringBuilder();
		for (ScoredResponse r : responses) {
			points.append(points.isEmpty() ? "" : " ").append(x(first, r.submittedAt(), span)).append(',')
				.append(y(r.total()));
		}
		return points.toString();
	}

	private static int x(Instant first, Instant at, long span) {
		return (int) (40 + Duration.between(first, at).toMinutes() * (WIDTH - 60) / span);
	}

	private static int y(int score) {
		return 10 + (27 - Math.max(0, Math.min(27, score))) * (HEIGHT - 30) / 27;
	}
}

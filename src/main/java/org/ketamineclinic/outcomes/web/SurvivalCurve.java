package org.ketamineclinic.outcomes.web;

import org.ketamineclinic.outcomes.KaplanMeier;

/**
 * The Kaplan–Meier estimate of the share responded by each day, as an SVG step line (rising from 0%), with a dashed
 * line at 50% where the median is read. Every step is in the table beside it.
 *
 * @param points    the step line, "x,y x,y…"
 * @param halfY     y of the 50% line
 * @param lastDay   the x axis' last day
 */
public record SurvivalCurve(String points, int halfY, int lastDay) {

	public static final int WIDTH = 560;

	public static final int HEIGHT = 220;

	static final int LEFT = 40;

	static final int BOTTOM = HEIGHT - 24;

	public static SurvivalCurve of(KaplanMeier curve) {
		int lastDay = curve.steps().isEmpty() ? 1 : Math.max(1, curve.steps().get(curve.steps().size() - 1).day());
		StringBuilder points = new StringBuilder().append(LEFT).append(',').append(y(0));
		double responded = 0;
		for (KaplanMeier.Step step : curve.steps()) {
			int x = x(step.day(), lastDay);
			points.append(' ').append(x).append(',').append(y(responded));
			responded = 1 - step.notYetResponded();
			points.append(' ').append(x).append(',').append(y(responded));
		}
		return new SurvivalCurve(points.toString(), y(0.5), lastDay);
	}

	public int bottom() {
		return BOTTOM;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return WIDTH - 10;
	}

	public int topY() {
		return y(1);
	}

	private static int x(int day, int lastDay) {
		return LEFT + day * (WIDTH - LEFT - 10) / lastDay;
	}

	private static int y(double share) {
		return (int) Math.round(BOTTOM - share * (BOTTOM - 10));
	}
}

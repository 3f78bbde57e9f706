package org.ketamineclinic.outcomes.web;

import java.util.ArrayList;
import java.util.List;

import org.ketamineclinic.outcomes.GroupOutcome;
import org.ketamineclinic.outcomes.Population;
import org.ketamineclinic.outcomes.Rate;

/**
 * Response rates of groups as horizontal bars with their 95% interval as a whisker, drawn on the server as SVG. The
 * table beside it carries every number; the chart is a picture of it (aria-hidden).
 */
public record RateBars(int height, List<Bar> bars) {

	public static final int WIDTH = 560;

	static final int LEFT = 200;

	static final int ROW = 26;

	/** One group's bar: its width and the whisker's ends, in pixels. */
	public record Bar(String label, int y, int width, int low, int high, String percent) {

		public int textY() {
			return y + 14;
		}

		public int middleY() {
			return y + 9;
		}

		public int left() {
			return LEFT;
		}

		public int end() {
			return LEFT + width;
		}
	}

	public static RateBars of(List<GroupOutcome> groups, Population population) {
		List<Bar> bars = new ArrayList<>();
		int y = 4;
		for (GroupOutcome group : groups) {
			Rate rate = group.endOfSeries().of(population).response();
			if (rate.measured()) {
				bars.add(new Bar(group.label(), y, x(rate.proportion()), LEFT + x(rate.low()), LEFT + x(rate.high()),
						rate.percent()));
				y += ROW;
			}
		}
		return new RateBars(y + 4, bars);
	}

	private static int x(double proportion) {
		return (int) Math.round(proportion * (WIDTH - LEFT - 50));
	}
}

package org.ketamineclinic.consultation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.stereotype.Service;

/**
 * Reports on the intake team's work for care coordinators and clinic managers. They hold figures only, never a
 * person's details, so reading them is not recorded in the audit trail. They read the reports database (a read
 * replica when there is one), outside any transaction of the primary, and throw
 * {@link org.ketamineclinic.database.ReportsUnavailable} when it cannot answer.
 */
@Service
public class IntakeReports {

	public static final int DEFAULT_WEEKS = 12;

	public static final int MIN_WEEKS = 4;

	public static final int MAX_WEEKS = 52;

	private final IntakeMetrics metrics;

	private final IntakeClock clock;

	IntakeReports(IntakeMetrics metrics, IntakeClock clock) {
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Volumes, time to first contact and the funnel for the last {@code weeks} ISO weeks, this week included (weeks
	 * start on Monday in the clinics' time zone); {@code weeks} is kept within {@value #MIN_WEEKS} to
	 * {@value #MAX_WEEKS}.
	 */
	public IntakeMetricsView intakeMetrics(int weeks) {
		int count = Math.max(MIN_WEEKS, Math.min(MAX_WEEKS, weeks));
		LocalDate thisWeek = LocalDate.ofInstant(clock.now(), clock.zone(""))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return intakeMetrics(thisWeek.minusWeeks(count - 1), count);
	}

	/** The same for a fixed period: {@code weeks} ISO weeks from the week of {@code firstWeek}. */
	IntakeMetricsView intakeMetrics(LocalDate firstWeek, int weeks) {
		if (weeks < 1 || weeks > MAX_WEEKS) {
			throw new IllegalArgumentException("A report covers 1 to " + MAX_WEEKS + " weeks, not " + weeks);
		}
		return metrics.compute(firstWeek, weeks, clock.now());
	}
}

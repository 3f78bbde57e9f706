package org.ketamineclinic.consultation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The intake metrics screen: figures only, no names or contact details (clinic managers see it).
 *
 * @param firstDay  the Monday the period starts on
 * @param lastDay   the Sunday it ends on (the current week may not be over yet)
 * @param weeks     number of ISO weeks in the period
 * @param target    the first-contact target, in opening hours
 * @param locations each clinic, then online visits (then any other location requests named), with their weeks
 * @param funnel    all locations together, from request to enrolment
 * @param attendance no-shows and late cancellations per clinic in the period (empty without scheduling)
 */
public record IntakeMetricsView(LocalDate firstDay, LocalDate lastDay, int weeks, Duration target,
		List<LocationResponses> locations, Funnel funnel, List<AttendanceFigures.Attendance> attendance) {

	/** The target in words, e.g. "1 h". */
	public String targetText() {
		return IntakeClock.words(target);
	}
}

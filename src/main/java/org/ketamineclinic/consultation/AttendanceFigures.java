package org.ketamineclinic.consultation;

import java.time.Instant;
import java.util.List;

/**
 * Whether people came to the appointments booked for them, shown with the intake metrics. The scheduling module
 * supplies it (it depends on this module, not the other way round); without it the metrics leave it out.
 */
public interface AttendanceFigures {

	/** Per clinic, appointments due between {@code from} and {@code to} (not after now). */
	List<Attendance> attendance(Instant from, Instant to);

	/**
	 * @param location          clinic slug
	 * @param name              clinic name
	 * @param due               appointments whose time came (cancellations in good time excluded)
	 * @param noShows           of those, the person did not come
	 * @param lateCancellations of those, the person cancelled with too little notice
	 */
	record Attendance(String location, String name, int due, int noShows, int lateCancellations) {

		public Integer noShowPercent() {
			return Funnel.percent(noShows, due);
		}

		public Integer lateCancellationPercent() {
			return Funnel.percent(lateCancellations, due);
		}
	}
}

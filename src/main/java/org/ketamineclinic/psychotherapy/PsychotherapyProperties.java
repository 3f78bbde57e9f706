package org.ketamineclinic.psychotherapy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Psychotherapy settings ({@code clinic.psychotherapy.*}).
 *
 * @param concernWindow     how long a signed note that flags a safety concern stays on the prescribers' list
 * @param maxTextLength     the longest text one note field or addendum may hold
 * @param maxDurationMinutes a session longer than this is taken for a typing error
 */
@ConfigurationProperties("clinic.psychotherapy")
public record PsychotherapyProperties(@DefaultValue("P14D") Duration concernWindow,
		@DefaultValue("20000") int maxTextLength, @DefaultValue("720") int maxDurationMinutes) {

	public PsychotherapyProperties {
		if (concernWindow.isNegative() || concernWindow.isZero()) {
			throw new IllegalArgumentException("clinic.psychotherapy.concern-window must be positive");
		}
		if (maxDurationMinutes < 1 || maxDurationMinutes > 720) {
			// The database refuses longer sessions (V18): the setting may only be stricter.
			throw new IllegalArgumentException("clinic.psychotherapy.max-duration-minutes must be 1 to 720");
		}
	}
}

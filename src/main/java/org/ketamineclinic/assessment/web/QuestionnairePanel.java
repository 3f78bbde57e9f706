package org.ketamineclinic.assessment.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ketamineclinic.assessment.AssessmentHistory;
import org.ketamineclinic.assessment.AssessmentProperties;
import org.ketamineclinic.assessment.ScoredResponse;
import org.ketamineclinic.assessment.Trend;
import org.ketamineclinic.patient.PatientPanel;
import org.ketamineclinic.web.PageRenderer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The questionnaires on the patient's chart and on the infusion session: whether today's were answered (and what they
 * said, a safety concern first of all), and the trend with the infusions marked, so the nurse sees before starting
 * whether the treatment works.
 */
@Component
@Order(10)
class QuestionnairePanel implements PatientPanel {

	private final AssessmentHistory history;

	private final PageRenderer renderer;

	private final AssessmentProperties settings;

	private final Clock clock;

	QuestionnairePanel(AssessmentHistory history, PageRenderer renderer,
			AssessmentProperties settings, Clock clock) {
		this.history = history;
		this.renderer = renderer;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Optional<String> html(long patientId, ZoneId zone) {
		Trend trend = history.trend(patientId);
		Instant since = clock.instant().minus(settings.beforeInfusion());
		List<ScoredResponse> today = trend.all().stream().filter(r -> r.submittedAt().isAfter(since)).toList();
		DateTimeFormatter dates = DateTimeFormatter.ofPattern("MMM d, h:mm a", Locale.US).withZone(zone);
		return Optional.of(renderer.render("assessment/panel", Map.of("patientId", patientId, "trend", trend, "chart",
				TrendChart.of(trend), "dates", dates, "today", today)));
	}
}

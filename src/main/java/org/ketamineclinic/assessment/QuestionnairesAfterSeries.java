package org.ketamineclinic.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.treatment.EndedSeries;
import org.ketamineclinic.treatment.InfusionSessions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the questionnaires at each interval after a completed series ({@code clinic.assessment.after-series}, 1 and
 * 4 weeks after the last infusion), so the care team sees whether the improvement lasts. Once per order and
 * interval: the link is claimed in the database, so several instances looking at once send it once.
 *
 * <p>
 * Only series given in full count: an order stopped early is a different conversation, which the care team has in
 * person. A series whose interval passed more than a link's validity ago (the job was down, or the series ended
 * before this feature existed) is passed over rather than sent a stale "how have you been since".
 */
@Component
class QuestionnairesAfterSeries {

	private static final Logger log = LoggerFactory.getLogger(QuestionnairesAfterSeries.class);

	private final InfusionSessions sessions;

	private final QuestionnaireLinks links;

	private final AssessmentProperties settings;

	private final Clock clock;

	QuestionnairesAfterSeries(InfusionSessions sessions, QuestionnaireLinks links, AssessmentProperties settings,
			Clock clock) {
		this.sessions = sessions;
		this.links = links;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${clinic.assessment.check-every:5m}", initialDelayString = "PT1M")
	void sendDue() {
		Instant now = clock.instant();
		for (Duration after : settings.afterSeries()) {
			Instant endedBy = now.minus(after);
			for (EndedSeries series : sessions.seriesEnded(endedBy.minus(settings.linkValidity()), endedBy)) {
				if (links.sendAfterSeries(series.patientId(), series.orderId(), after)) {
					log.info("Questionnaires sent {} after the series of order {}", after, series.orderId());
				}
			}
		}
	}
}

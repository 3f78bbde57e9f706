package org.ketamineclinic.assessment;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.scheduling.UpcomingInfusions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the questionnaires the day before each infusion ({@code clinic.assessment.before-infusion}, 24 h), so the
 * care team sees this week's scores at the chair. One link per appointment: the database refuses a second one, so
 * several instances looking at once send it once. People without a chart yet are passed over.
 */
@Component
class QuestionnairesBeforeInfusions {

	private static final Logger log = LoggerFactory.getLogger(QuestionnairesBeforeInfusions.class);

	private final UpcomingInfusions infusions;

	private final PatientManagement patients;

	private final QuestionnaireLinks links;

	private final AssessmentProperties settings;

	private final Clock clock;

	QuestionnairesBeforeInfusions(UpcomingInfusions infusions, PatientManagement patients, QuestionnaireLinks links,
			AssessmentProperties settings, Clock clock) {
		this.infusions = infusions;
		this.patients = patients;
		this.links = links;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${clinic.assessment.check-every:5m}", initialDelayString = "PT1M")
	void sendDue() {
		Instant now = clock.instant();
		// Everything starting within the lead time that has no link yet: a late booking still gets one.
		for (var infusion : infusions.between(now, now.plus(settings.beforeInfusion()))) {
			patients.chartFor(infusion.person()).ifPresent(patient -> {
				try {
					if (links.sendForAppointment(patient, infusion.appointment())) {
						log.info("Questionnaires sent ahead of appointment {}", infusion.appointment());
					}
				}
				catch (DuplicateKeyException sentByAnotherInstance) {
					// Another instance sent it a moment ago; this one's transaction queued nothing.
				}
			});
		}
	}
}

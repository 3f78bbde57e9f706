package org.ketamineclinic.outcomes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.assessment.AssessmentHistory;
import org.ketamineclinic.assessment.QuestionnaireCompleted;
import org.ketamineclinic.treatment.InfusionGiven;
import org.ketamineclinic.treatment.InfusionSessions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the outcomes' record up to date: each infusion given and each questionnaire completed is copied in and the
 * patient's course worked out again, after the clinical transaction committed (a failure here never undoes care).
 * At start, when the definitions changed since the courses were worked out, all are worked out again.
 */
@Component
@Order(30)
class OutcomeFeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OutcomeFeed.class);

	private final Courses courses;

	private final InfusionSessions sessions;

	private final AssessmentHistory questionnaires;

	private final Definition definition;

	OutcomeFeed(Courses courses, InfusionSessions sessions, AssessmentHistory questionnaires,
			Definition definition) {
		this.courses = courses;
		this.sessions = sessions;
		this.questionnaires = questionnaires;
		this.definition = definition;
	}

	@ApplicationModuleListener
	void on(InfusionGiven given) {
		sessions.given(given.session()).ifPresent(infusion -> {
			courses.lock(infusion.patientId());
			courses.infusion(infusion);
			courses.refresh(infusion.patientId(), definition);
		});
	}

	@ApplicationModuleListener
	void on(QuestionnaireCompleted completed) {
		questionnaires.completed(completed.response()).ifPresent(questionnaire -> {
			courses.lock(questionnaire.patientId());
			courses.measure(questionnaire);
			courses.refresh(questionnaire.patientId(), definition);
		});
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (courses.definitionInUse().filter(definition.toString()::equals).isPresent()) {
			return;
		}
		long started = System.nanoTime();
		int worked = courses.refreshAll(definition);
		log.info("Outcome definitions changed: {} courses worked out again in {} ms", worked,
				(System.nanoTime() - started) / 1_000_000);
	}
}

package org.ketamineclinic.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.staff.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questionnaires as answered, from a link or in clinic on a tablet, and the MADRS as a clinician rated it: scored,
 * stored as given, and a worrying answer raises a safety alert in the same transaction.
 */
@Service
public class QuestionnaireAnswers {

	private final Responses responses;

	private final SafetyAlerts alerts;

	private final PatientManagement patients;

	private final Auditor auditor;

	private final Clock clock;

	private final AssessmentProperties settings;

	private final ApplicationEventPublisher events;

	QuestionnaireAnswers(Responses responses, SafetyAlerts alerts, PatientManagement patients, Auditor auditor,
			Clock clock, AssessmentProperties settings, ApplicationEventPublisher events) {
		this.responses = responses;
		this.alerts = alerts;
		this.patients = patients;
		this.auditor = auditor;
		this.clock = clock;
		this.settings = settings;
		this.events = events;
	}

	/** The patient answers in clinic, on the tablet a colleague hands them (recorded as such). */
	@Transactional
	public Submitted submitOnTablet(long patientId, Map<String, String> form) {
		patients.summary(patientId);
		Submitted submitted = record(patientId, QuestionnaireLinks.BEFORE_INFUSION, form, "TABLET", null, null,
				() -> {
				});
		auditor.record(AuditAction.CREATE, "patient", Long.toString(patientId), "questionnaire");
		return submitted;
	}

	/**
	 * A nurse or prescriber records the MADRS they rated after interviewing the patient, under their own name. The
	 * same rules as a questionnaire: refused with every unrated item, except that a suicidal-thoughts rating at the
	 * clinic's threshold is stored and escalated at once, whatever else is blank.
	 */
	@Transactional
	public Submitted rateMadrs(long patientId, Map<String, String> form) {
		patients.summary(patientId);
		long rater = StaffPrincipal.current().orElseThrow().id();
		Submitted submitted = record(patientId, List.of(InstrumentCode.MADRS), form, "CLINICIAN", null, rater, () -> {
		});
		auditor.record(AuditAction.CREATE, "patient", Long.toString(patientId), "madrs");
		return submitted;
	}

	/** The instruments asked in clinic before an infusion, for the tablet's form. */
	public List<Instrument> beforeInfusion() {
		return QuestionnaireLinks.BEFORE_INFUSION.stream().map(Instruments::of).toList();
	}

	/**
	 * Scores and stores the answers; refused with every unanswered question when one is missing. Safety never waits
	 * for completeness: answers that raise a concern are stored and escalated even with other questions left blank.
	 */
	Submitted record(long patientId, List<InstrumentCode> instruments, Map<String, String> form,
			String source, Long linkId, Long ratedBy, Runnable claim) {
		Map<String, String> problems = new LinkedHashMap<>();
		List<Answered> answered = new ArrayList<>();
		for (InstrumentCode code : instruments) {
			Instrument instrument = Instruments.of(code);
			Map<String, Integer> answers = answers(instrument, form);
			Score score = Scoring.score(instrument, answers);
			for (String missing : score.missing()) {
				problems.put(missing, "Answer: " + instrument.item(missing).map(Item::text).orElse(missing));
			}
			answered.add(new Answered(instrument, answers, score));
		}
		SafetyRule rule = settings.safety().rule();
		boolean concern = answered.stream().anyMatch(a -> rule.concern(a.score()));
		if (!problems.isEmpty() && !concern) {
			throw new AssessmentRefusal(problems);
		}
		claim.run();
		List<Long> concerning = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		for (Answered a : answered) {
			boolean worrying = rule.concern(a.score());
			long id = responses.insert(patientId, a.instrument(), a.answers(), a.score(), worrying, source, linkId,
					ratedBy, clock.instant());
			events.publishEvent(new QuestionnaireCompleted(id));
			if (worrying) {
				concerning.add(id);
				reasons.add(SafetyAlerts.reason(a.instrument(), a.score()));
			}
		}
		if (!concerning.isEmpty()) {
			alerts.raise(patientId, concerning, reasons);
		}
		return new Submitted(!concerning.isEmpty());
	}

	/** The answers the form holds for the instrument's items; anything not a whole number is left unanswered. */
	private static Map<String, Integer> answers(Instrument instrument, Map<String, String> form) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (Item item : instrument.items()) {
			String value = form.get(item.key());
			if (value != null && value.matches("\\d{1,2}")) {
				int number = Integer.parseInt(value);
				if (item.options().stream().anyMatch(o -> o.value() == number)) {
					answers.put(item.key(), number);
				}
			}
		}
		return answers;
	}

	private record Answered(Instrument instrument, Map<String, Integer> answers, Score score) {
	}
}

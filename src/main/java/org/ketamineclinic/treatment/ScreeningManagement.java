package org.ketamineclinic.treatment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.patient.Allergy;
import org.ketamineclinic.patient.Diagnosis;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.PatientSummary;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Eligibility screening: a nurse or prescriber records the answers, the system works out a recommendation with its
 * reasons ({@link ScreeningRules}), and a prescriber signs the decision. Approving against a "not eligible" or
 * "needs review" recommendation takes a written reason; nobody is ever approved by the system itself.
 */
@Service
public class ScreeningManagement {

	private final Screenings screenings;

	private final PatientManagement patients;

	private final ElectronicSignatures signatures;

	private final Auditor auditor;

	private final TreatmentClock clock;

	private final TreatmentProperties settings;

	private final Staff staff;

	ScreeningManagement(Screenings screenings, PatientManagement patients, ElectronicSignatures signatures,
			Auditor auditor, TreatmentClock clock, TreatmentProperties settings, Staff staff) {
		this.staff = staff;
		this.screenings = screenings;
		this.patients = patients;
		this.signatures = signatures;
		this.auditor = auditor;
		this.clock = clock;
		this.settings = settings;
	}

	/** Records the answers with the recommendation worked out from them and the chart; returns the screening id. */
	@Transactional
	public long record(long patientId, ScreeningEntry entry) {
		PatientSummary patient = patients.summary(patientId);
		ScreeningFacts facts = facts(patient, entry);
		ScreeningOutcome outcome = new ScreeningRules(settings.screening()).evaluate(facts);
		long id = screenings.insert(patientId, facts, outcome, Staff.current(), clock.now());
		auditor.record(AuditAction.CREATE, "patient", Long.toString(patientId), "screening");
		return id;
	}

	/** The prescriber's signed decision; refused once signed, and without a reason where one is needed. */
	@Transactional
	public void decide(long screeningId, ScreeningDecision decision, String note, long prescriber, String code) {
		ScreeningView screening = screenings.find(screeningId, staff.names())
			.orElseThrow(() -> new NoSuchRecord("screening", screeningId));
		if (screening.signed()) {
			throw new TreatmentRefusal("decision", "This screening was signed already: record a new screening.");
		}
		if (decision == null) {
			throw new TreatmentRefusal("decision", "Choose approve or not approve.");
		}
		String reason = note == null || note.isBlank() ? null : note.strip();
		if (decision == ScreeningDecision.APPROVED && screening.outcome().recommendation() != Recommendation.ELIGIBLE
				&& reason == null) {
			throw new TreatmentRefusal("note", "The recommendation is \"" + screening.outcome().recommendation()
				.label().toLowerCase() + "\": write why you approve, having reviewed each reason.");
		}
		Signer signer = signatures.sign(prescriber, code, Set.of(StaffRole.PRESCRIBER), "prescriber");
		if (!screenings.decide(screeningId, decision, reason, signer.id(), signer.at())) {
			throw new TreatmentRefusal("decision", "This screening was signed already: record a new screening.");
		}
		auditor.record(AuditAction.UPDATE, "patient", Long.toString(screening.patientId()), "screening-decision");
	}

	/** Newest first; reading is recorded by the screen that shows it. */
	public List<ScreeningView> of(long patientId) {
		return screenings.of(patientId, staff.names());
	}

	public Optional<ScreeningView> screening(long id) {
		return screenings.find(id, staff.names());
	}

	/**
	 * The screening that allows treatment now: the newest signed one, when it approved and is not older than the
	 * configured validity. A newer "not approved" decision withdraws an older approval.
	 */
	public Optional<ScreeningView> approval(long patientId) {
		return of(patientId).stream()
			.filter(ScreeningView::signed)
			.findFirst()
			.filter(ScreeningView::approved)
			.filter(s -> !s.decidedAt().plus(settings.screening().validFor()).isBefore(clock.now()));
	}

	private ScreeningFacts facts(PatientSummary patient, ScreeningEntry entry) {
		Map<String, String> problems = new java.util.LinkedHashMap<>();
		Integer trials = Numbers.whole(entry.failedTrials(), 0, 50, "failedTrials",
				"the number of adequate antidepressant trials without improvement", problems);
		Integer systolic = null;
		Integer diastolic = null;
		if (!blank(entry.restingSystolic()) || !blank(entry.restingDiastolic())) {
			systolic = Numbers.whole(entry.restingSystolic(), 40, 300, "restingSystolic", "the systolic pressure",
					problems);
			diastolic = Numbers.whole(entry.restingDiastolic(), 20, 200, "restingDiastolic",
					"the diastolic pressure", problems);
		}
		if (!"true".equals(entry.ableToConsent()) && !"false".equals(entry.ableToConsent())) {
			problems.put("ableToConsent", "Say whether the patient can give informed consent.");
		}
		Map<ScreeningQuestion, Boolean> answers = new EnumMap<>(ScreeningQuestion.class);
		for (ScreeningQuestion question : ScreeningQuestion.values()) {
			String answer = entry.answers().get(question.name());
			if ("yes".equals(answer) || "no".equals(answer)) {
				answers.put(question, "yes".equals(answer));
			}
			else {
				problems.put(question.name(), "Answer yes or no: " + question.label().toLowerCase() + ".");
			}
		}
		if (!problems.isEmpty()) {
			throw new TreatmentRefusal(problems);
		}
		boolean depressive = patient.diagnoses().stream().filter(d -> !d.resolved()).anyMatch(Diagnosis::depressive);
		boolean ketamineAllergy = patient.allergies().stream().anyMatch(Allergy::toKetamine);
		return new ScreeningFacts(patient.demographics().ageOn(clock.today(patient)), depressive, ketamineAllergy,
				trials, Boolean.parseBoolean(entry.ableToConsent()), systolic, diastolic, answers);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}

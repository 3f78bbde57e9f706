package org.ketamineclinic.psychotherapy;

import java.time.Clock;
import java.time.Instant;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The psychotherapy module's API for notes. Every method first decides whether the signed-in staff member may see
 * the patient's notes at all ({@link NoteAccess}); a refusal is recorded and answered 403. Every read and every
 * write is on the audit trail, in the same transaction: subject "patient", category "psychotherapy-note" for the
 * patient's list and "psychotherapy-note:{session}" for one note.
 */
@Service
public class PsychotherapyNotes {

	static final String SUBJECT = "patient";

	static final String CATEGORY = "psychotherapy-note";

	private final KapSessions sessions;

	private final CareTeamRows team;

	private final CareTeamAccess access;

	private final PatientLookup patients;

	private final Auditor auditor;

	private final PsychotherapyProperties settings;

	private final Clock clock;

	PsychotherapyNotes(KapSessions sessions, CareTeamRows team, CareTeamAccess access, PatientLookup patients,
			Auditor auditor, PsychotherapyProperties settings, Clock clock) {
		this.sessions = sessions;
		this.team = team;
		this.access = access;
		this.patients = patients;
		this.auditor = auditor;
		this.settings = settings;
		this.clock = clock;
	}

	/** The patient's care team and sessions; recorded as a view of their notes. */
	@Transactional
	public PatientTherapy patient(long patientId) {
		var facts = patients.of(patientId);
		NoteAccess reader = access.require(patientId, NoteAccess::mayRead);
		var names = patients.staffNames();
		auditor.record(AuditAction.VIEW, SUBJECT, Long.toString(patientId), CATEGORY);
		return new PatientTherapy(patientId, facts.name(), facts.mrn(), facts.zone(),
				team.ofPatient(patientId, names), sessions.ofPatient(patientId, names), reader.mayWrite(),
				reader.mayAssign());
	}

	/** One note with its addenda; recorded as a view of that note. */
	@Transactional
	public SessionNote note(long sessionId) {
		KapSession session = sessions.find(sessionId).orElseThrow(() -> new NoSuchSession(sessionId));
		var facts = patients.of(session.patientId());
		NoteAccess reader = access.require(session.patientId(), NoteAccess::mayRead);
		var names = patients.staffNames();
		auditor.record(AuditAction.VIEW, SUBJECT, Long.toString(session.patientId()), category(sessionId));
		CheckedNote note = session.note();
		return new SessionNote(sessionId, facts.id(), facts.name(), facts.mrn(), facts.zone(), note.kind(),
				note.startsAt(), note.durationMinutes(), session.therapistId(), names.apply(session.therapistId()),
				note.appointmentId(), note.content(), session.signedAt(),
				session.signed() ? names.apply(session.signedBy()) : null, session.version(),
				sessions.addenda(sessionId, names), !session.signed() && reader.mayRevise(session.therapistId()),
				session.signed() && reader.mayAddend());
	}

	/** A new draft note by the signed-in therapist, who must be one of the patient's therapists. */
	@Transactional
	public long draft(long patientId, NoteEntry entry) {
		var facts = patients.of(patientId);
		NoteAccess writer = access.require(patientId, NoteAccess::mayWrite);
		Instant now = clock.instant();
		CheckedNote note = new NoteCheck(facts.zone(), now, settings).check(entry, null);
		long id = sessions.insert(KapSession.draft(patientId, writer.staffId(), note, now));
		auditor.record(AuditAction.CREATE, SUBJECT, Long.toString(patientId), category(id));
		return id;
	}

	/** Changes a draft (its kind stays); only its own therapist, and never once signed. */
	@Transactional
	public void revise(long sessionId, int version, NoteEntry entry) {
		KapSession session = draftToChange(sessionId, version);
		var facts = patients.of(session.patientId());
		Instant now = clock.instant();
		CheckedNote note = new NoteCheck(facts.zone(), now, settings).check(entry, session.note().kind());
		session.revise(CareTeamAccess.current().id(), note, now);
		store(session);
		auditor.record(AuditAction.UPDATE, SUBJECT, Long.toString(session.patientId()), category(sessionId));
	}

	/** The therapist signs their draft: from now on it never changes, and corrections are addenda. */
	@Transactional
	public void sign(long sessionId, int version) {
		KapSession session = draftToChange(sessionId, version);
		session.sign(CareTeamAccess.current().id(), clock.instant());
		store(session);
		auditor.record(AuditAction.UPDATE, SUBJECT, Long.toString(session.patientId()),
				category(sessionId) + ":signed");
	}

	/** Appends a correction or addition to a signed note, with why; by the patient's therapists or a prescriber. */
	@Transactional
	public void addAddendum(long sessionId, String reason, String text) {
		KapSession session = sessions.find(sessionId).orElseThrow(() -> new NoSuchSession(sessionId));
		NoteAccess writer = access.require(session.patientId(), NoteAccess::mayAddend);
		AddendumText addendum = session.addendum(reason, text, settings.maxTextLength());
		sessions.insertAddendum(sessionId, addendum, clock.instant(), writer.staffId());
		auditor.record(AuditAction.CREATE, SUBJECT, Long.toString(session.patientId()),
				"psychotherapy-addendum:" + sessionId);
	}

	private KapSession draftToChange(long sessionId, int version) {
		KapSession session = sessions.find(sessionId).orElseThrow(() -> new NoSuchSession(sessionId));
		NoteAccess writer = access.require(session.patientId(), NoteAccess::mayRead);
		if (session.signed()) {
			throw new NoteAlreadySigned(sessionId);
		}
		if (!writer.mayRevise(session.therapistId())) {
			access.refuse(session.patientId());
		}
		if (session.version() != version) {
			throw changedMeanwhile();
		}
		return session;
	}

	private void store(KapSession session) {
		if (!sessions.update(session)) {
			throw changedMeanwhile();
		}
	}

	private static NoteRefusal changedMeanwhile() {
		return new NoteRefusal("version", "This note was changed or signed while you were editing it. "
				+ "Reload it to see the latest version, then enter your changes again.");
	}

	static String category(long sessionId) {
		return CATEGORY + ":" + sessionId;
	}
}

package org.ketamineclinic.psychotherapy;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The psychotherapy module's API for one's own work: the patients whose care team the signed-in staff member is on,
 * their unsigned drafts, and for prescribers the notes that recently flagged a safety concern. It shows names and
 * dates, no note text; each patient shown is recorded (category "psychotherapy-caseload").
 */
@Service
public class Caseloads {

	static final String CATEGORY = "psychotherapy-caseload";

	private final CareTeamRows team;

	private final KapSessions sessions;

	private final PatientLookup patients;

	private final Auditor auditor;

	private final PsychotherapyProperties settings;

	private final Clock clock;

	Caseloads(CareTeamRows team, KapSessions sessions, PatientLookup patients, Auditor auditor,
			PsychotherapyProperties settings, Clock clock) {
		this.team = team;
		this.sessions = sessions;
		this.patients = patients;
		this.auditor = auditor;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	public Caseload mine() {
		StaffPrincipal user = CareTeamAccess.current();
		Set<Long> shown = new LinkedHashSet<>();
		List<CaseloadPatient> mine = team.patientsOf(user.id()).stream()
			.filter(entry -> entry.getValue().canBeTakenBy(user.roles()))
			.map(entry -> {
				var facts = patients.of(entry.getKey());
				shown.add(facts.id());
				return new CaseloadPatient(facts.id(), facts.name(), facts.mrn(), entry.getValue());
			})
			.toList();
		Function<Long, String> names = patients.staffNames();
		List<NoteListing> drafts = user.has(StaffRole.THERAPIST)
				? sessions.draftsOf(user.id()).stream().map(s -> listing(s, names, shown)).toList() : List.of();
		List<NoteListing> concerns = user.has(StaffRole.PRESCRIBER)
				? sessions.concernsSince(clock.instant().minus(settings.concernWindow())).stream()
					.map(s -> listing(s, names, shown)).toList()
				: List.of();
		shown.forEach(id -> auditor.record(AuditAction.VIEW, PsychotherapyNotes.SUBJECT, Long.toString(id), CATEGORY));
		return new Caseload(mine, drafts, concerns);
	}

	private NoteListing listing(KapSession session, Function<Long, String> names, Set<Long> shown) {
		var facts = patients.of(session.patientId());
		shown.add(facts.id());
		return new NoteListing(session.id(), facts.id(), facts.name(), facts.mrn(), facts.zone(), session.note().kind(),
				session.note().startsAt(), names.apply(session.therapistId()), session.note().content().safetyConcern());
	}
}

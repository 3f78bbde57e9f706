package org.ketamineclinic.psychotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketamineclinic.staff.StaffFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.patient.PatientFixtures;
import org.ketamineclinic.patient.SexAtBirth;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * KAP session notes: written and signed by the patient's therapist, final once signed (corrections are addenda),
 * and read only by the patient's care team and the prescribers, every read on the audit trail.
 */
@ClinicIntegrationTest
class PsychotherapyNotesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PsychotherapyNotes notes;

	PsychotherapyFixtures kap;

	StaffFixtures.Staffer coordinator;

	StaffFixtures.Staffer therapist;

	StaffFixtures.Staffer otherTherapist;

	StaffFixtures.Staffer prescriber;

	StaffFixtures.Staffer nurse;

	StaffFixtures.Staffer otherNurse;

	long patient;

	@BeforeEach
	void careTeam() {
		var staff = new StaffFixtures(context);
		coordinator = staff.create("Casey Coordinator", StaffRole.INTAKE);
		therapist = staff.create("Tess Therapist", StaffRole.THERAPIST);
		otherTherapist = staff.create("Oren Othertherapist", StaffRole.THERAPIST);
		prescriber = staff.create("Priya Prescriber", StaffRole.PRESCRIBER);
		nurse = staff.create("Nina Nurse", StaffRole.NURSE);
		otherNurse = staff.create("Noel Othernurse", StaffRole.NURSE);
		patient = new PatientFixtures(context).chart("Jordan", "Rivers", "seattle", SexAtBirth.FEMALE, "70",
				coordinator);
		kap = new PsychotherapyFixtures(context);
		kap.assign(prescriber, patient, therapist, CareRole.THERAPIST);
		kap.assign(prescriber, patient, nurse, CareRole.NURSE);
	}

	@Test
	void theAssignedTherapistWritesAPreparationNoteAndSignsIt() throws Exception {
		var drafted = mvc.perform(post("/staff/psychotherapy/patients/" + patient + "/sessions")
			.params(kap.preparation("Wants to meet the grief about her brother with curiosity."))
			.with(csrf()).with(signedIn(therapist))).andReturn().getResponse();
		long session = onlySessionOf(patient);
		assertThat(drafted.getRedirectedUrl()).isEqualTo("/staff/psychotherapy/sessions/" + session);

		var signed = mvc.perform(post("/staff/psychotherapy/sessions/" + session + "/sign").param("version", "0")
			.with(csrf()).with(signedIn(therapist))).andReturn().getResponse();
		String page = read(therapist, "/staff/psychotherapy/sessions/" + session).getContentAsString();

		assertThat(signed.getRedirectedUrl()).isEqualTo("/staff/psychotherapy/sessions/" + session);
		assertThat(page).contains("Preparation session", "meet the grief about her brother", "Signed",
				"by Tess Therapist");
		assertThat(audited("CREATE", "psychotherapy-note:" + session)).isEqualTo(1);
		assertThat(audited("UPDATE", "psychotherapy-note:" + session + ":signed")).isEqualTo(1);
	}

	@Test
	void aSignedNoteNeverChangesNotThroughTheServiceNorInTheDatabase() throws Exception {
		long session = kap.signedPreparation(therapist, patient, "Intentions as signed.");

		assertThatThrownBy(() -> PatientFixtures.as(therapist, () -> {
			notes.revise(session, 1, kap.entry(SessionKind.PREPARATION, "Rewritten afterwards."));
			return null;
		})).isInstanceOf(NoteAlreadySigned.class);
		var overPost = mvc.perform(post("/staff/psychotherapy/sessions/" + session).param("version", "1")
			.params(kap.preparation("Rewritten afterwards.")).with(csrf()).with(signedIn(therapist))).andReturn()
			.getResponse();
		assertThatThrownBy(() -> jdbc.sql("update kap_session set intentions = 'Rewritten in SQL' where id = ?")
			.param(session).update()).isInstanceOf(DataAccessException.class).rootCause()
			.hasMessageContaining("is signed: add an addendum instead");
		assertThatThrownBy(() -> jdbc.sql("delete from kap_session where id = ?").param(session).update())
			.isInstanceOf(DataAccessException.class);

		assertThat(overPost.getStatus()).isEqualTo(409);
		assertThat(jdbc.sql("select intentions from kap_session where id = ?").param(session).query(String.class)
			.single()).isEqualTo("Intentions as signed.");
	}

	@Test
	void aCorrectionIsAnAddendumThatIsShownWithWhoWhenAndWhyAndAudited() throws Exception {
		long session = kap.signedPreparation(therapist, patient, "Session held in room 3.");

		var added = mvc.perform(post("/staff/psychotherapy/sessions/" + session + "/addenda")
			.param("addendumReason", "Wrong room recorded").param("addendumText", "The session was held in room 4.")
			.with(csrf()).with(signedIn(therapist))).andReturn().getResponse();
		String page = read(prescriber, "/staff/psychotherapy/sessions/" + session).getContentAsString();

		assertThat(added.getRedirectedUrl()).isEqualTo("/staff/psychotherapy/sessions/" + session);
		assertThat(page).contains("Session held in room 3.", "Wrong room recorded", "The session was held in room 4.",
				"Tess Therapist");
		assertThat(audited("CREATE", "psychotherapy-addendum:" + session)).isEqualTo(1);
		assertThatThrownBy(() -> jdbc.sql("update kap_addendum set body = 'changed' where session_id = ?")
			.param(session).update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	void onlyThePatientsCareTeamAndThePrescribersReadTheNote() throws Exception {
		long session = kap.signedPreparation(therapist, patient, "Private intentions.");
		String url = "/staff/psychotherapy/sessions/" + session;

		assertThat(read(therapist, url).getStatus()).isEqualTo(200);
		assertThat(read(prescriber, url).getContentAsString()).contains("Private intentions.");
		assertThat(read(nurse, url).getContentAsString()).contains("Private intentions.");
		MockHttpServletResponse stranger = read(otherTherapist, url);
		assertThat(stranger.getStatus()).isEqualTo(403);
		assertThat(stranger.getContentAsString()).doesNotContain("Private intentions.", "Jordan");
		assertThat(read(otherTherapist, "/staff/psychotherapy/patients/" + patient).getStatus()).isEqualTo(403);
		assertThat(read(otherNurse, url).getStatus()).isEqualTo(403);
		assertThat(read(coordinator, url).getStatus()).isEqualTo(403);
		assertThat(read(coordinator, "/staff/psychotherapy/patients/" + patient).getStatus()).isEqualTo(403);
	}

	@Test
	void everyReadOfTheListAndOfANoteIsRecordedAndSoIsEveryRefusal() throws Exception {
		long session = kap.signedPreparation(therapist, patient, "Recorded reads.");

		read(prescriber, "/staff/psychotherapy/patients/" + patient);
		read(nurse, "/staff/psychotherapy/sessions/" + session);
		read(prescriber, "/staff/psychotherapy/sessions/" + session);
		read(otherTherapist, "/staff/psychotherapy/sessions/" + session);

		assertThat(audited("VIEW", "psychotherapy-note")).isEqualTo(1);
		assertThat(audited("VIEW", "psychotherapy-note:" + session)).isEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from audit_event where subject_type = 'patient' and subject_id = ?
				    and action = 'ACCESS_DENIED' and actor = ?""")
			.params(Long.toString(patient), Long.toString(otherTherapist.id())).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void aDosingNoteWithoutTheExperienceIsRefusedWithEverythingTypedKeptAndNothingStored() throws Exception {
		var params = kap.session("DOSING");
		params.add("setAndSetting", "Dim room, eyeshades, the agreed playlist.");
		params.add("observations", "Calm throughout.");

		var response = mvc.perform(post("/staff/psychotherapy/patients/" + patient + "/sessions").params(params)
			.with(csrf()).with(signedIn(therapist))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("role=\"alert\"", "Enter what the patient experienced.",
				"aria-describedby=\"experience-hint experience-error\"", "Dim room, eyeshades, the agreed playlist.");
		assertThat(sessionsOf(patient)).isZero();
	}

	@Test
	void aSafetyConcernNeedsItsReasonAndStandsOutToThePrescribers() throws Exception {
		var unexplained = kap.session("INTEGRATION");
		unexplained.add("integrationPlan", "Journal daily.");
		unexplained.add("safetyConcern", "true");
		int refused = mvc.perform(post("/staff/psychotherapy/patients/" + patient + "/sessions").params(unexplained)
			.with(csrf()).with(signedIn(therapist))).andReturn().getResponse().getStatus();
		assertThat(refused).isEqualTo(422);

		long session = PatientFixtures.as(therapist, () -> {
			var entry = kap.entry(SessionKind.INTEGRATION, "Journal daily.");
			long id = notes.draft(patient, new NoteEntry(entry.kind(), entry.date(), entry.time(), "50", null, null,
					null, null, null, "Journal daily.", "Passive thoughts of death this week.", true));
			notes.sign(id, 0);
			return id;
		});

		assertThat(read(prescriber, "/staff/psychotherapy/mine").getContentAsString()).contains("Safety concerns",
				"/staff/psychotherapy/sessions/" + session);
		assertThat(read(prescriber, "/staff/psychotherapy/patients/" + patient).getContentAsString())
			.contains("1 note flags a safety concern");
	}

	@Test
	void aTherapistOffTheTeamCannotPutThemselvesOnIt() throws Exception {
		int status = mvc.perform(post("/staff/psychotherapy/patients/" + patient + "/team")
			.param("staffId", Long.toString(otherTherapist.id())).param("careRole", "THERAPIST")
			.with(csrf()).with(signedIn(otherTherapist))).andReturn().getResponse().getStatus();

		assertThat(status).isEqualTo(403);
		assertThat(read(otherTherapist, "/staff/psychotherapy/patients/" + patient).getStatus()).isEqualTo(403);
	}

	@Test
	void anEndedAssignmentEndsTheAccessButStaysInTheTeamsHistory() throws Exception {
		long member = jdbc.sql("select id from kap_care_team_member where patient_id = ? and staff_id = ?")
			.params(patient, nurse.id()).query(Long.class).single();

		mvc.perform(post("/staff/psychotherapy/patients/" + patient + "/team/" + member + "/end").with(csrf())
			.with(signedIn(prescriber))).andReturn();

		assertThat(read(nurse, "/staff/psychotherapy/patients/" + patient).getStatus()).isEqualTo(403);
		assertThat(read(prescriber, "/staff/psychotherapy/patients/" + patient).getContentAsString())
			.contains("Earlier assignments (1)", "Nina Nurse");
		assertThatThrownBy(() -> jdbc.sql("delete from kap_care_team_member where id = ?").param(member).update())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void aTherapistFindsTheirPatientsAndUnsignedDraftsOnTheirOwnPage() throws Exception {
		long draft = PatientFixtures.as(therapist,
				() -> notes.draft(patient, kap.entry(SessionKind.PREPARATION, "Still to sign.")));

		String mine = read(therapist, "/staff/psychotherapy/mine").getContentAsString();

		assertThat(mine).contains("Jordan Rivers", "/staff/psychotherapy/patients/" + patient,
				"/staff/psychotherapy/sessions/" + draft);
		assertThat(read(otherTherapist, "/staff/psychotherapy/mine").getContentAsString())
			.doesNotContain("Jordan Rivers");
	}

	private MockHttpServletResponse read(StaffFixtures.Staffer who, String url) throws Exception {
		return mvc.perform(get(url).with(signedIn(who))).andReturn().getResponse();
	}

	private long onlySessionOf(long patientId) {
		return jdbc.sql("select id from kap_session where patient_id = ?").param(patientId).query(Long.class).single();
	}

	private int sessionsOf(long patientId) {
		return jdbc.sql("select count(*) from kap_session where patient_id = ?").param(patientId).query(Integer.class)
			.single();
	}

	private int audited(String action, String category) {
		return jdbc.sql("""
				select count(*) from audit_event where subject_type = 'patient' and subject_id = ? and action = ?
				    and data_category = ?""")
			.params(Long.toString(patient), action, category)
			.query(Integer.class)
			.single();
	}
}

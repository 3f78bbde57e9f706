package org.ketamineclinic.consultation;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.AuditTrail;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** How care coordinators work a request, and what the audit trail keeps of it. */
@ClinicIntegrationTest
class IntakeWorkflowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	private IntakeRequests requests;

	private StaffFixtures.Staffer cora;

	private StaffFixtures.Staffer sam;

	@BeforeEach
	void coordinators() {
		requests = new IntakeRequests(jdbc);
		var fixtures = new StaffFixtures(context);
		cora = fixtures.create("Cora Coordinator", StaffRole.INTAKE);
		sam = fixtures.create("Sam Coordinator", StaffRole.INTAKE);
	}

	@Test
	void viewingARequestWritesExactlyOneAuditRowWithWhoWhatAndWhere() throws Exception {
		long id = requests.received("Avery", "Audit", "+12065550111", "avery@example.org", "seattle", Instant.now());
		int before = audit.historyOf(IntakeManagement.SUBJECT, Long.toString(id)).size();

		mvc.perform(get("/staff/consultations/" + id).header("X-Request-Id", "test-request-0001")
			.with(StaffFixtures.signedIn(cora)));

		var rows = audit.historyOf(IntakeManagement.SUBJECT, Long.toString(id));
		assertThat(rows).hasSize(before + 1);
		var row = rows.get(rows.size() - 1);
		assertThat(row.action()).isEqualTo(AuditAction.VIEW);
		assertThat(row.actor()).isEqualTo(Long.toString(cora.id()));
		assertThat(row.actorRoles()).isEqualTo("INTAKE");
		assertThat(row.subjectId()).isEqualTo(Long.toString(id));
		assertThat(row.dataCategory()).isEqualTo("intake");
		assertThat(row.sourceIp()).isEqualTo("127.0.0.1");
		assertThat(row.requestId()).isEqualTo("test-request-0001");
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aRequestIsWorkedFromNewToConsultScheduledAndEveryStepIsOnItsTimeline() throws Exception {
		long id = requests.received("Jordan", "Rivera", "+12065550142", "jordan.rivera@example.org", "bellevue",
				Instant.now());

		send(id, "claim", Map.of());
		send(id, "contact", Map.of("channel", "PHONE", "outcome", "REACHED", "note", "Prefers mornings"));
		send(id, "status", Map.of("status", "CONSULT_SCHEDULED"));

		assertThat(requests.status(id)).isEqualTo("CONSULT_SCHEDULED");
		String page = mvc.perform(get("/staff/consultations/" + id).with(StaffFixtures.signedIn(cora)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Assigned to Cora Coordinator", "Phone call: spoke with them", "Prefers mornings",
				"Status changed from new to contacted", "Status changed from contacted to consultation scheduled");
		assertThat(audit.historyOf(IntakeManagement.SUBJECT, Long.toString(id)))
			.filteredOn(row -> row.action() == AuditAction.UPDATE).hasSize(3);
	}

	@Test
	void aTransitionTheRulesDoNotAllowIsRefusedInWordsAndChangesNothing() throws Exception {
		long id = requests.received("Riley", "Rules", "+12065550143", "riley@example.org", "tacoma", Instant.now());
		int version = requests.version(id);

		var response = mvc.perform(post("/staff/consultations/" + id + "/status").with(csrf())
			.with(StaffFixtures.signedIn(cora)).param("version", Integer.toString(version))
			.param("status", "ENROLLED")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("A request that is new cannot become enrolled.");
		assertThat(requests.status(id)).isEqualTo("NEW");
		assertThat(requests.version(id)).isEqualTo(version);
	}

	@Test
	void whenTwoCoordinatorsEditAtOnceTheSecondIsToldAndKeepsWhatTheyTyped() throws Exception {
		long id = requests.received("Casey", "Clash", "+12065550144", "casey@example.org", "seattle", Instant.now());
		int seenByBoth = requests.version(id);
		send(id, "note", Map.of("note", "Cora called first"), cora, seenByBoth);

		var response = mvc.perform(post("/staff/consultations/" + id + "/note").with(csrf())
			.with(StaffFixtures.signedIn(sam)).param("version", Integer.toString(seenByBoth))
			.param("note", "Sam wrote a careful note about the call")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentAsString()).contains("Someone else changed this request",
				"Sam wrote a careful note about the call", "Cora called first");
	}

	@Test
	void aRequestIsAssignedOnlyToACareCoordinator() throws Exception {
		long id = requests.received("Alex", "Assign", "+12065550146", "alex.assign@example.org", "seattle",
				Instant.now());
		var nurse = new StaffFixtures(context).create("Nina Nurse", StaffRole.NURSE);

		var refused = mvc.perform(post("/staff/consultations/" + id + "/assign").with(csrf())
			.with(StaffFixtures.signedIn(cora)).param("version", Integer.toString(requests.version(id)))
			.param("assignee", Long.toString(nurse.id()))).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("only to active care coordinators");

		send(id, "assign", Map.of("assignee", Long.toString(sam.id())));
		String queue = mvc.perform(get("/staff/consultations?assignee=me").with(StaffFixtures.signedIn(sam)))
			.andReturn().getResponse().getContentAsString();
		assertThat(queue).contains("Alex Assign");
	}

	@Test
	void requestsWithTheSamePhoneOrEmailAreLinkedAsPossibleDuplicates() throws Exception {
		long first = requests.received("Drew", "Double", "+12065550145", "drew@example.org", "seattle",
				Instant.now().minusSeconds(3600));
		long second = requests.received("Drew", "Double", "+12065550145", "drew.other@example.org", "seattle",
				Instant.now());

		String page = mvc.perform(get("/staff/consultations/" + second).with(StaffFixtures.signedIn(cora)))
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("href=\"/staff/consultations/" + first + "\"", "same phone");
	}

	@Test
	void aSearchForAPhoneNumberFindsThePersonWithoutTheNumberInAnyAddress() throws Exception {
		requests.received("Morgan", "Search", "+12065550177", "morgan@example.org", "seattle", Instant.now());
		var redirect = mvc.perform(post("/staff/consultations/search").with(csrf())
			.with(StaffFixtures.signedIn(cora)).param("q", "(206) 555-0177")).andReturn().getResponse();
		// The search waits in the staff session (PostgreSQL), found again through the session cookie.
		var session = redirect.getCookie("CLINIC_STAFF_SESSION");
		String page = mvc.perform(get(redirect.getRedirectedUrl()).cookie(session).with(StaffFixtures.signedIn(cora)))
			.andReturn().getResponse().getContentAsString();

		assertThat(redirect.getRedirectedUrl()).doesNotContain("555").doesNotContain("0177");
		assertThat(page).contains("Morgan Search").doesNotContain("Casey Clash");
	}

	private void send(long id, String action, Map<String, String> fields) throws Exception {
		send(id, action, fields, cora, requests.version(id));
	}

	private void send(long id, String action, Map<String, String> fields, StaffFixtures.Staffer who, int version)
			throws Exception {
		var request = post("/staff/consultations/" + id + "/" + action).with(csrf()).with(StaffFixtures.signedIn(who))
			.param("version", Integer.toString(version));
		fields.forEach(request::param);
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(action).isEqualTo(302);
	}
}

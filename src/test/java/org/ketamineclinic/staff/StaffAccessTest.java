package org.ketamineclinic.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineclinic.ClinicIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The permission matrix of docs/security.md, route by route: every staff route answers every role, a visitor who is
 * not signed in, and someone who has given only their password, exactly as written there. Object routes with an id
 * the person may not see answer 403, and ids that do not exist 404, so nothing leaks by guessing ids.
 */
@ClinicIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffAccessTest {

	private static final long NO_SUCH_ID = 987_654_321L;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private final Map<StaffRole, StaffFixtures.Staffer> staff = new EnumMap<>(StaffRole.class);

	private long requestId;

	/**
	 * @param method  GET or POST
	 * @param path    the route, with {id} for a consultation request that exists
	 * @param allowed roles that may use it
	 * @param status  what they get
	 */
	record Route(String method, String path, Set<StaffRole> allowed, int status) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	static List<Route> routes() {
		Set<StaffRole> everyone = Set.of(StaffRole.values());
		Set<StaffRole> intake = Set.of(StaffRole.INTAKE);
		Set<StaffRole> admin = Set.of(StaffRole.ADMIN);
		Set<StaffRole> clinical = Set.of(StaffRole.INTAKE, StaffRole.NURSE, StaffRole.PRESCRIBER, StaffRole.THERAPIST);
		Set<StaffRole> substances = Set.of(StaffRole.NURSE, StaffRole.PRESCRIBER, StaffRole.ADMIN);
		Set<StaffRole> chartKeepers = Set.of(StaffRole.INTAKE, StaffRole.NURSE, StaffRole.PRESCRIBER);
		return List.of(new Route("GET", "/staff", everyone, 200), new Route("GET", "/staff/account", everyone, 200),
				new Route("POST", "/staff/account/password?currentPassword=wrong", everyone, 422),
				new Route("GET", "/staff/consultations", intake, 200),
				new Route("GET", "/staff/consultations?review=true&status=all", intake, 200),
				new Route("GET", "/staff/consultations/rows", intake, 200),
				new Route("GET", "/staff/consultations/{id}", intake, 200),
				new Route("GET", "/staff/consultations/" + NO_SUCH_ID, intake, 404),
				new Route("POST", "/staff/consultations/{id}/note?version=0&note=", intake, 422),
				new Route("POST", "/staff/consultations/" + NO_SUCH_ID + "/note?version=0&note=x", intake, 404),
				new Route("POST", "/staff/consultations/{id}/text?text=", intake, 422),
				new Route("POST", "/staff/consultations/{id}/text-opt-out?reason=", intake, 422),
				new Route("POST", "/staff/consultations/{id}/text-consent?how=", intake, 422),
				new Route("GET", "/staff/messages", intake, 200),
				new Route("GET", "/staff/metrics/intake", Set.of(StaffRole.INTAKE, StaffRole.MANAGER), 200),
				new Route("GET", "/staff/outcomes", Set.of(StaffRole.MANAGER, StaffRole.ADMIN), 200),
				new Route("GET", "/staff/outcomes/courses.csv?deidentified=true", Set.of(StaffRole.MANAGER,
						StaffRole.ADMIN), 200),
				new Route("GET", "/staff/content", Set.of(StaffRole.ADMIN, StaffRole.CONTENT_EDITOR), 200),
				new Route("GET", "/staff/content/faq/is-ketamine-safe", Set.of(StaffRole.ADMIN, StaffRole.CONTENT_EDITOR), 200),
				new Route("GET", "/staff/content/faq/no-such-question", Set.of(StaffRole.ADMIN, StaffRole.CONTENT_EDITOR), 404),
				new Route("GET", "/staff/content/faq/is-ketamine-safe/history", Set.of(StaffRole.ADMIN, StaffRole.CONTENT_EDITOR), 200),
				new Route("GET", "/staff/content/revisions/" + NO_SUCH_ID, Set.of(StaffRole.ADMIN, StaffRole.CONTENT_EDITOR), 404),
				new Route("POST", "/staff/content/preview?bodyMd=x", Set.of(StaffRole.ADMIN, StaffRole.CONTENT_EDITOR), 200),
				new Route("GET", "/staff/accounts", admin, 200),
				new Route("POST", "/staff/accounts?email=&name=", admin, 422),
				new Route("POST", "/staff/accounts/" + NO_SUCH_ID + "/disable", admin, 404),
				new Route("POST", "/staff/accounts/" + NO_SUCH_ID + "/reset-sign-in", admin, 404),
				new Route("GET", "/staff/audit", admin, 200), new Route("POST", "/staff/audit/verify", admin, 302),
				new Route("POST", "/staff/audit/export", admin, 200),
				new Route("GET", "/staff/schedule/mine", everyone, 200),
				new Route("POST", "/staff/schedule/mine/feed/revoke", everyone, 302),
				new Route("GET", "/staff/schedule", clinical, 302),
				new Route("GET", "/staff/schedule/clinics/seattle", clinical, 200),
				new Route("GET", "/staff/schedule/clinics/nowhere", clinical, 404),
				new Route("GET", "/staff/schedule/people/{id}", clinical, 200),
				new Route("GET", "/staff/schedule/staff/" + NO_SUCH_ID, clinical, 404),
				new Route("GET", "/staff/schedule/appointments/" + NO_SUCH_ID, clinical, 404),
				new Route("POST", "/staff/schedule/appointments/" + NO_SUCH_ID + "/check-in?version=0",
						Set.of(StaffRole.INTAKE, StaffRole.NURSE), 404),
				new Route("POST", "/staff/schedule/appointments/" + NO_SUCH_ID + "/cancel?version=0", intake, 404),
				new Route("GET", "/staff/schedule/book?request={id}", intake, 200),
				new Route("POST", "/staff/schedule/book?request={id}&slot=", intake, 422),
				new Route("GET", "/staff/schedule/series/new?request={id}", intake, 200),
				new Route("GET", "/staff/schedule/tasks", intake, 200),
				new Route("GET", "/staff/schedule/roster", Set.of(StaffRole.MANAGER, StaffRole.ADMIN), 200),
				new Route("POST", "/staff/schedule/roster/shifts?staffId=", Set.of(StaffRole.MANAGER, StaffRole.ADMIN),
						422),
				new Route("GET", "/staff/controlled-substances", substances, 200),
				new Route("GET", "/staff/controlled-substances/receive", substances, 200),
				new Route("POST", "/staff/controlled-substances/receive?lot=", substances, 422),
				new Route("GET", "/staff/controlled-substances/count", substances, 200),
				new Route("GET", "/staff/controlled-substances/inventory", substances, 200),
				new Route("GET", "/staff/controlled-substances/inventory/" + NO_SUCH_ID, substances, 404),
				new Route("GET", "/staff/controlled-substances/vials/" + NO_SUCH_ID, substances, 404),
				new Route("GET", "/staff/controlled-substances/export.csv?from=2026-01-01&to=2026-01-31", substances,
						200),
				new Route("GET", "/staff/controlled-substances/discrepancies/" + NO_SUCH_ID + "/resolve", admin, 404),
				new Route("POST", "/staff/controlled-substances/discrepancies/" + NO_SUCH_ID + "/resolve", admin, 404),
				new Route("GET", "/staff/psychotherapy/mine",
						Set.of(StaffRole.THERAPIST, StaffRole.PRESCRIBER, StaffRole.NURSE), 200),
				new Route("GET", "/staff/treatment/patients/" + NO_SUCH_ID, Set.of(StaffRole.NURSE, StaffRole.PRESCRIBER),
						404),
				new Route("GET", "/staff/treatment/sessions/" + NO_SUCH_ID, Set.of(StaffRole.NURSE, StaffRole.PRESCRIBER),
						404),
				new Route("GET", "/staff/treatment/screenings/" + NO_SUCH_ID,
						Set.of(StaffRole.NURSE, StaffRole.PRESCRIBER), 404),
				new Route("POST", "/staff/treatment/screenings/" + NO_SUCH_ID + "/decision?decision=APPROVED",
						Set.of(StaffRole.PRESCRIBER), 404),
				new Route("POST", "/staff/treatment/orders/" + NO_SUCH_ID + "/discontinue?reason=x",
						Set.of(StaffRole.PRESCRIBER), 404),
				new Route("GET", "/staff/safety", Set.of(StaffRole.NURSE, StaffRole.PRESCRIBER, StaffRole.THERAPIST),
						200),
				new Route("GET", "/staff/assessment/patients/" + NO_SUCH_ID,
						Set.of(StaffRole.NURSE, StaffRole.PRESCRIBER, StaffRole.THERAPIST), 404),
				new Route("POST", "/staff/assessment/patients/" + NO_SUCH_ID + "/send",
						Set.of(StaffRole.NURSE, StaffRole.PRESCRIBER), 404),
				new Route("GET", "/staff/patients", clinical, 200),
				new Route("POST", "/staff/patients/search?q=nobody", clinical, 302),
				new Route("GET", "/staff/patients/new?request={id}", chartKeepers, 200),
				new Route("GET", "/staff/patients/" + NO_SUCH_ID, clinical, 404),
				new Route("GET", "/staff/patients/" + NO_SUCH_ID + "/documents/1", clinical, 404),
				new Route("POST", "/staff/patients/" + NO_SUCH_ID + "/contacts?contactKind=ESCORT&contactName=Pat"
						+ "&contactRelationship=friend&contactPhone=2065550100", chartKeepers, 404),
				new Route("POST", "/staff/patients/" + NO_SUCH_ID + "/diagnoses?icd10=F33.2",
						Set.of(StaffRole.PRESCRIBER), 404),
				new Route("POST", "/staff/patients/" + NO_SUCH_ID + "/weights?weightKg=70",
						Set.of(StaffRole.NURSE, StaffRole.PRESCRIBER), 404));
	}

	@BeforeAll
	void staffAndARequest() {
		var fixtures = new StaffFixtures(context);
		for (StaffRole role : StaffRole.values()) {
			staff.put(role, fixtures.create("Only " + role.label(), role));
		}
		requestId = jdbc.sql("""
				insert into consultation_request (reference_code, submission_key, fingerprint, status, first_name,
				    last_name, phone_e164, email, preferred_location, program_interest, contact_method, best_time,
				    sms_consent, needs_review, review_reasons, rate_limited, client_ip_hash, received_at,
				    status_changed_at)
				values (:ref, :key, :fp, 'NEW', 'Access', 'Matrix', '+12065550199', 'access@example.org', 'seattle',
				    'iv-infusions', 'phone', 'any', false, false, '', false, :fp, :now, :now)
				returning id""")
			.param("ref", "KC-ACCS-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase())
			.param("key", UUID.randomUUID())
			.param("fp", "0".repeat(64))
			.param("now", Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
	}

	Stream<Arguments> everyRouteForEveryRole() {
		List<Arguments> cases = new ArrayList<>();
		for (Route route : routes()) {
			for (StaffRole role : StaffRole.values()) {
				cases.add(Arguments.of(route, role, route.allowed().contains(role) ? route.status() : 403));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1} → {2}")
	@MethodSource("everyRouteForEveryRole")
	void eachRoleGetsExactlyWhatTheMatrixGrants(Route route, StaffRole role, int expected) throws Exception {
		var response = mvc.perform(request(route).with(StaffFixtures.signedIn(staff.get(role)))).andReturn().getResponse();
		assertThat(response.getStatus()).as(route + " as " + role).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void visitorsWhoAreNotSignedInAreSentToSignIn(Route route) throws Exception {
		var response = mvc.perform(request(route)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/staff/sign-in");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void aPasswordAloneOpensNothingButTheCodePage(Route route) throws Exception {
		var everything = staff.get(StaffRole.ADMIN);
		var response = mvc.perform(request(route).with(StaffFixtures.passwordOnly(everything))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).contains("/staff/sign-in/code");
	}

	private MockHttpServletRequestBuilder request(Route route) {
		String path = route.path().replace("{id}", Long.toString(requestId));
		return "GET".equals(route.method()) ? get(path) : post(path).with(csrf());
	}
}

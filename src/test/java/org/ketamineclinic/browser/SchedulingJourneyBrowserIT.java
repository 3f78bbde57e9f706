package org.ketamineclinic.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.consultation.ConsultationManagement;
import org.ketamineclinic.consultation.ConsultationSubmission;
import org.ketamineclinic.consultation.SubmissionResult;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.messaging.Messaging;
import org.ketamineclinic.scheduling.Roster;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A care coordinator books a person's free consultation and then a whole series of six IV infusions, in a real
 * Chromium: from the request, pick a time, book; plan a series, book the soonest; see the visits in the clinic's week,
 * each in a chair. The confirmations and reminders wait in the outbox, and every scheduling screen on the way passes
 * the WCAG 2.2 AA rules.
 * <p>
 * The test has a clinic of its own (three chairs, open weekdays 8:00–17:00 in Seattle's zone) with two nurses and the
 * coordinator on shift, so bookings of other tests never take its times; the clinic goes again afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClinicIntegrationTest.Support.class)
class SchedulingJourneyBrowserIT extends ChromiumTest {

	private static final String EMAIL = "robin.schedule@example.org";

	private static final ZoneId SEATTLE = ZoneId.of("America/Los_Angeles");

	private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Roster roster;

	@Autowired
	Locations locations;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	Messaging messaging;

	String clinic;

	Long person;

	@AfterEach
	void removeClinic() {
		if (person != null) {
			// Nothing of this test's person may go out later: the clinic their texts name is gone.
			jdbc.sql("select message_key from outbound_message where conversation = ? or recipient = ?")
				.params("consultation-request:" + person, EMAIL).query(String.class).list().forEach(messaging::cancel);
		}
		if (clinic != null) {
			removeClinic(clinic);
		}
		if (person != null) {
			jdbc.sql("delete from infusion_series where consultation_request = ?").param(person).update();
		}
	}

	@Test
	void aCoordinatorBooksTheConsultationAndASeriesOfSixInfusionsFromTheRequest() {
		clinic = newClinic(3);
		var staff = new StaffFixtures(application);
		var cora = staff.create("Cora Scheduler", StaffRole.INTAKE);
		onShift(cora.id(), StaffRole.INTAKE);
		onShift(staff.create("Nell Nurse", StaffRole.NURSE).id(), StaffRole.NURSE);
		onShift(staff.create("Nico Nurse", StaffRole.NURSE).id(), StaffRole.NURSE);
		person = request("Robin", "Schedule", "(206) 555-0164", EMAIL);
		String name = "Robin Schedule";
		List<String> consoleErrors = new CopyOnWriteArrayList<>();

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			context.route(url -> !url.startsWith(base()), route -> route.abort());
			Page page = context.newPage();
			page.onPageError(consoleErrors::add);
			page.onConsoleMessage(message -> {
				if ("error".equals(message.type())) {
					consoleErrors.add(message.text());
				}
			});
			page.navigate(base() + "/staff/consultations/" + person);
			signIn(page, cora, clock.instant());
			assertThat(page.locator("h1")).containsText(name);

			// The free consultation: the first time offered at the person's clinic.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book the free consultation")).click();
			assertThat(page.locator("h1")).containsText("Book for " + name);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Free times: Free consultation")))
				.isVisible();
			assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Test " + clinic))).isChecked();
			Locator slots = page.locator("input[type=radio][name=slot]");
			assertThat(slots.first()).isVisible();
			accessible(page);
			slots.first().check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book this time")).click();

			page.waitForURL(base() + "/staff/schedule/people/" + person);
			assertThat(page.locator("h1")).hasText(name + "'s appointments");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Free consultation booked.");
			assertThat(page.locator("table.staff-table tbody tr")).hasCount(1);
			assertThat(page.locator("table.staff-table")).containsText("Free consultation");
			accessible(page);

			// The request follows: consultation scheduled.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^← Request KC-"))).click();
			assertThat(page.locator("main > p").nth(1)).containsText("Consultation scheduled");

			// The series: up to three proposals of six visits each; the soonest start comes first.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan an infusion series")).click();
			page.waitForURL(base() + "/staff/schedule/series/new?request=" + person);
			assertThat(page.locator("h1")).hasText("Plan an infusion series for " + name);
			Locator proposals = page.locator("article.series-proposal");
			assertThat(proposals.first()).isVisible();
			assertThat(proposals.first().locator("h3")).hasText("Soonest start");
			int offered = proposals.count();
			assertThat(offered).isBetween(1, 3);
			for (int i = 0; i < offered; i++) {
				assertThat(proposals.nth(i).locator("ol > li")).hasCount(6);
				assertThat(proposals.nth(i).getByRole(AriaRole.BUTTON,
						new Locator.GetByRoleOptions().setName(Pattern.compile("^Book this series")))).isVisible();
			}
			accessible(page);
			proposals.first()
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Book this series (Soonest start)"))
				.click();

			page.waitForURL(base() + "/staff/schedule/people/" + person);
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("6 infusions booked.");
			Locator infusions = page.locator("table.staff-table tbody tr", new Page.LocatorOptions().setHasText("IV infusion"));
			assertThat(infusions).hasCount(6);
			for (int i = 1; i <= 6; i++) {
				assertThat(infusions.nth(i - 1)).containsText(i + " of 6");
			}
			assertThat(page.locator("table.staff-table tbody tr")).hasCount(7);
			accessible(page);

			// The clinic's week of the first visit: the person sits in a chair.
			LocalDate firstVisit = jdbc.sql("""
					select starts_at from appointment
					where consultation_request = ? and type = 'INFUSION' and series_position = 1""")
				.param(person).query(Timestamp.class).single().toInstant().atZone(SEATTLE).toLocalDate();
			page.navigate(base() + "/staff/schedule/clinics/" + clinic + "?date=" + firstVisit);
			assertThat(page.locator("h1")).containsText("week of");
			assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Staff"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Schedule").setExact(true)))
				.hasAttribute("aria-current", "page");
			Locator calendar = page.locator("table.calendar");
			assertThat(calendar.locator("thead")).containsText("Chair 1");
			assertThat(calendar.locator("tbody a.calendar__item", new Locator.LocatorOptions().setHasText("1 of 6")))
				.containsText(name);
			@SuppressWarnings("unchecked")
			List<String> columns = (List<String>) page.evaluate("""
					name => [...document.querySelectorAll('table.calendar tbody td')]
					    .filter(td => [...td.querySelectorAll('.calendar__item')]
					        .some(item => item.textContent.includes(name) && item.textContent.includes('IV infusion')))
					    .map(td => td.closest('table').tHead.rows[0].cells[td.cellIndex].textContent.trim())""", name);
			assertThat(columns).isNotEmpty().allMatch(column -> column.matches("Chair \\d+"));
			accessible(page);
			assertThat(consoleErrors).isEmpty();
		}

		// The request is enrolled now, and the outbox holds the confirmations and the reminders.
		assertThat(jdbc.sql("select status from consultation_request where id = ?").param(person).query(String.class)
			.single()).isEqualTo("ENROLLED");
		String conversation = "consultation-request:" + person;
		List<String> texts = jdbc.sql("""
				select body from outbound_message where conversation = ? and channel = 'SMS' and purpose = 'CARE'""")
			.param(conversation).query(String.class).list();
		assertThat(texts).anySatisfy(body -> assertThat(body).contains("your free consultation").contains("is booked for"));
		assertThat(texts).anySatisfy(body -> assertThat(body)
			.contains("your 6 visits at our Test " + clinic + " clinic are booked"));
		assertThat(jdbc.sql("""
				select count(*) from outbound_message
				where recipient = ? and channel = 'EMAIL' and subject like 'Your 6 appointments with %'
				    and attachment_name = 'appointment.ics'""").param(EMAIL).query(Integer.class).single())
			.isEqualTo(1);
		var reminders = jdbc.sql("""
				select m.body, m.purpose, m.status, m.expires_at = a.starts_at as expires_at_start
				from appointment_reminder r
				join appointment a on a.id = r.appointment_id
				join outbound_message m on m.message_key = r.message_key
				where a.consultation_request = ? and a.type = 'INFUSION'""").param(person).query().listOfRows();
		assertThat(reminders).isNotEmpty().allSatisfy(reminder -> {
			assertThat(reminder).containsEntry("purpose", "REMINDER").containsEntry("expires_at_start", true);
			assertThat((String) reminder.get("body")).contains("reminder of your visit at our Test " + clinic + " clinic");
			assertThat((String) reminder.get("status")).isNotIn("CANCELLED", "EXPIRED", "FAILED");
		});
	}

	/** A request as the public form stores it, for the test's clinic, with consent to texts. */
	private long request(String first, String last, String phone, String email) {
		var form = consultations.newForm();
		// A person takes more than the spam screen's few seconds to fill in the form.
		clock.advance(Duration.ofSeconds(30));
		var result = consultations.submit(new ConsultationSubmission(first, last, phone, email, clinic, "iv-infusions",
				"phone", "any", null, true, "", form.formToken(), form.submissionKey(), "192.0.2.64", "test"));
		assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
		String reference = ((SubmissionResult.Accepted) result).receipt().referenceCode();
		return jdbc.sql("select id from consultation_request where reference_code = ?").param(reference)
			.query(Long.class).single();
	}

	private void onShift(long staffId, StaffRole role) {
		for (DayOfWeek day : WEEKDAYS) {
			roster.add(staffId, role, clinic, day, LocalTime.of(8, 0), LocalTime.of(17, 0));
		}
	}

	/** A clinic of the test's own, as SchedulingFixtures makes them: open weekdays 8:00–17:00, with one room. */
	private String newClinic(int chairs) {
		String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("""
				insert into clinic_location (slug, title, name, description, street, city, region, postal_code, country,
				    phone_e164, time_zone, hours, details, body_md, sort_order, source_checksum)
				values (?, ?, ?, 'Test clinic', '1 Test Street', 'Seattle', 'WA', '98101', 'US', '+12065550100',
				    'America/Los_Angeles',
				    '{"monday":["08:00","17:00"],"tuesday":["08:00","17:00"],"wednesday":["08:00","17:00"],
				      "thursday":["08:00","17:00"],"friday":["08:00","17:00"]}'::jsonb,
				    '{"parking":"","transit":""}'::jsonb, '', 99, ?)""")
			.params(slug, "Test " + slug, "Test clinic " + slug, "0".repeat(64))
			.update();
		for (int i = 1; i <= chairs; i++) {
			jdbc.sql("insert into treatment_space (location_slug, kind, name) values (?, 'CHAIR', ?)")
				.params(slug, "Chair " + i).update();
		}
		jdbc.sql("insert into treatment_space (location_slug, kind, name) values (?, 'ROOM', 'Room 1')").param(slug)
			.update();
		await().atMost(Duration.ofSeconds(10)).until(() -> locations.bySlug(slug).isPresent());
		return slug;
	}

	private void removeClinic(String slug) {
		jdbc.sql("""
				delete from scheduling_task where appointment_id in (select id from appointment where location_slug = ?)""")
			.param(slug).update();
		jdbc.sql("""
				delete from appointment_reminder where appointment_id in
				    (select id from appointment where location_slug = ?)""").param(slug).update();
		jdbc.sql("delete from booking_link where location_slug = ?").param(slug).update();
		jdbc.sql("delete from appointment where location_slug = ?").param(slug).update();
		jdbc.sql("delete from staff_shift where location_slug = ?").param(slug).update();
		jdbc.sql("delete from treatment_space where location_slug = ?").param(slug).update();
		jdbc.sql("delete from clinic_closure where location_slug = ?").param(slug).update();
		jdbc.sql("delete from clinic_location where slug = ?").param(slug).update();
	}

	private static void accessible(Page page) {
		assertThat(AxeChecks.violations(page)).as(page.url()).isEmpty();
	}

	private String base() {
		return "http://localhost:" + port;
	}
}

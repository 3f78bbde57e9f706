package org.ketamineclinic.scheduling;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.ketamineclinic.location.Locations;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clinic of a test's own (so shifts and bookings of other tests never change its capacity), open Monday to Friday
 * 08:00–17:00 in Seattle's zone, with the chairs, rooms and people on shift a test asks for. Removed again after the
 * test, so public pages never list it for long.
 */
final class SchedulingFixtures {

	static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

	private final JdbcClient jdbc;

	private final StaffFixtures staff;

	private final Roster roster;

	private final Locations locations;

	SchedulingFixtures(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.staff = new StaffFixtures(context);
		this.roster = context.getBean(Roster.class);
		this.locations = context.getBean(Locations.class);
	}

	/** A new clinic with {@code chairs} chairs and {@code rooms} rooms; returns its slug. */
	String clinic(int chairs, int rooms) {
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
		for (int i = 1; i <= rooms; i++) {
			jdbc.sql("insert into treatment_space (location_slug, kind, name) values (?, 'ROOM', ?)")
				.params(slug, "Room " + i).update();
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> locations.bySlug(slug).isPresent());
		return slug;
	}

	/** A person holding {@code role}, on shift at the clinic every weekday 08:00–17:00; returns their account id. */
	long onShift(String clinic, StaffRole role, String name) {
		long id = staff.create(name, role).id();
		for (DayOfWeek day : WEEKDAYS) {
			roster.add(id, role, clinic, day, LocalTime.of(8, 0), LocalTime.of(17, 0));
		}
		return id;
	}

	StaffFixtures staff() {
		return staff;
	}

	/** A consultation request, as the public form stores it, with consent to texts recorded. */
	long request(String first, String last, String phone, String clinic) {
		long id = jdbc.sql("""
				insert into consultation_request (reference_code, submission_key, fingerprint, status, first_name,
				    last_name, phone_e164, email, preferred_location, program_interest, contact_method, best_time,
				    message, sms_consent, needs_review, review_reasons, rate_limited, client_ip_hash, received_at,
				    status_changed_at)
				values (?, ?, ?, 'CONTACTED', ?, ?, ?, ?, ?, 'iv-infusions', 'phone', 'any', null, true, false, '',
				    false, ?, ?, ?)
				returning id""")
			.params("KC-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + "-"
					+ UUID.randomUUID().toString().substring(0, 4).toUpperCase(), UUID.randomUUID(), "0".repeat(64),
					first, last, phone, first.toLowerCase() + "@example.org", clinic, "0".repeat(64),
					Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into sms_consent_event (phone_e164, purpose, kind, source, reference, occurred_at)
				values (?, 'CARE', 'GIVEN', 'WEB_FORM', ?, now())""")
			.params(phone, "consultation-request:" + id)
			.update();
		return id;
	}

	String status(long request) {
		return jdbc.sql("select status from consultation_request where id = ?").param(request).query(String.class)
			.single();
	}

	/** Takes the clinic away again (its appointments go with it). */
	void remove(String clinic) {
		jdbc.sql("""
				delete from scheduling_task where appointment_id in (select id from appointment where location_slug = ?)""")
			.param(clinic).update();
		jdbc.sql("""
				delete from appointment_reminder where appointment_id in
				    (select id from appointment where location_slug = ?)""").param(clinic).update();
		jdbc.sql("delete from booking_link where location_slug = ?").param(clinic).update();
		jdbc.sql("delete from appointment where location_slug = ?").param(clinic).update();
		jdbc.sql("delete from staff_shift where location_slug = ?").param(clinic).update();
		jdbc.sql("delete from treatment_space where location_slug = ?").param(clinic).update();
		jdbc.sql("delete from clinic_closure where location_slug = ?").param(clinic).update();
		jdbc.sql("delete from clinic_location where slug = ?").param(clinic).update();
	}
}

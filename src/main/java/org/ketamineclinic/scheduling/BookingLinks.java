package org.ketamineclinic.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.RequestContact;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.messaging.MessagePurpose;
import org.ketamineclinic.messaging.Messaging;
import org.ketamineclinic.shared.SecretToken;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self-booking: a coordinator sends a person a link (by text when they agreed to texts, and by e-mail) to a page
 * listing free consultation times; picking one books it and confirms it. The link holds a secret token (only its
 * hash is stored), works once, and expires. The page shows no personal details: whoever holds the link sees times.
 */
@Service
public class BookingLinks {

	private static final int DAYS_SHOWN = 14;

	private final JdbcClient jdbc;

	private final IntakeManagement intake;

	private final SchedulingManagement scheduling;

	private final Locations locations;

	private final Messaging messaging;

	private final SiteSettings site;

	private final SchedulingProperties properties;

	private final Auditor auditor;

	private final TransactionTemplate transactions;

	private final Clock clock;

	BookingLinks(JdbcClient jdbc, IntakeManagement intake, SchedulingManagement scheduling, Locations locations,
			Messaging messaging, SiteSettings site, SchedulingProperties properties, Auditor auditor,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.scheduling = scheduling;
		this.locations = locations;
		this.messaging = messaging;
		this.site = site;
		this.properties = properties;
		this.auditor = auditor;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Sends a person a booking link for their preferred clinic (any clinic for a telehealth request). */
	public void send(long person) {
		RequestContact contact = intake.contact(person)
			.orElseThrow(() -> new SchedulingManagement.NoSuchAppointment(person));
		if (contact.status().closed()) {
			throw new ScheduleRefusal("This request is " + contact.status().label().toLowerCase()
					+ ": booking links are sent only for open requests.");
		}
		SecretToken token = SecretToken.random();
		Instant now = clock.instant();
		long by = StaffPrincipal.current().map(StaffPrincipal::id)
			.orElseThrow(() -> new IllegalStateException("Sending a booking link needs a signed-in coordinator"));
		String url = site.absolute("/book/" + token.value());
		transactions.executeWithoutResult(status -> {
			long id = jdbc.sql("""
					insert into booking_link (token_hash, consultation_request, location_slug, created_at, created_by,
					    expires_at)
					values (?, ?, ?, ?, ?, ?) returning id""")
				.params(token.hash(), person, contact.preferredLocation(), Timestamp.from(now), by,
						Timestamp.from(now.plus(properties.bookingLinkValidity())))
				.query(Long.class)
				.single();
			messaging.queueText("booking-link:" + id, contact.phone(), MessagePurpose.CARE, site.brandName()
					+ ": pick a time for your free consultation here: " + url, null,
					IntakeManagement.SUBJECT + ":" + person, by);
			messaging.queueEmail("booking-link-email:" + id, contact.email(), "Pick a time for your free consultation",
					"Hello " + contact.firstName() + ",\n\nPick a time for your free consultation with "
							+ site.brandName() + " here:\n" + url + "\n\nThe link works once, for "
							+ properties.bookingLinkValidity().toDays() + " days. Or call us at "
							+ site.mainPhoneDisplay() + ".\n\n" + site.brandName() + "\n",
					MessagePurpose.CARE);
			auditor.record(AuditAction.MESSAGE, IntakeManagement.SUBJECT, Long.toString(person), "booking-link");
		});
	}

	/**
	 * What a link's page shows.
	 *
	 * @param usable whether the link can still book (false: used or expired)
	 * @param slots  free consultation times
	 * @param booked the time this link booked ("Tue, Dec 1, 10:00 AM"), or null
	 */
	public record LinkPage(boolean usable, List<FreeSlot> slots, String booked) {

		public java.util.Map<LocalDate, List<FreeSlot>> byDay() {
			java.util.Map<LocalDate, List<FreeSlot>> days = new java.util.TreeMap<>();
			slots.forEach(slot -> days.computeIfAbsent(slot.date(), d -> new java.util.ArrayList<>()).add(slot));
			return days;
		}

		public String day(LocalDate date) {
			return When.day(date);
		}

		/** "in Pacific Time", the clinics' zone as people say it. */
		public String zoneName() {
			return slots.isEmpty() ? "" : "in " + slots.get(0).zone().getDisplayName(java.time.format.TextStyle.FULL,
					java.util.Locale.US);
		}
	}

	/** The page behind a token; empty when no such link exists. */
	public Optional<LinkPage> open(String token) {
		return find(token).map(link -> link.usable(clock.instant()) ? new LinkPage(true, slots(link), null)
				: new LinkPage(false, List.of(), bookedWhen(link)));
	}

	private String bookedWhen(Link link) {
		if (link.appointment() == null) {
			return null;
		}
		return jdbc.sql("select starts_at, zone from appointment where id = ? and status = 'BOOKED'")
			.param(link.appointment())
			.query((rs, n) -> When.of(rs.getTimestamp(1).toInstant(), java.time.ZoneId.of(rs.getString(2))))
			.optional()
			.orElse(null);
	}

	/**
	 * Books the time picked, once: the link is spent first (so two tabs cannot book twice) and given back if the
	 * time was taken meanwhile.
	 */
	public long book(String token, String location, Instant start, AppointmentMode mode) {
		Link link = find(token).filter(l -> l.usable(clock.instant()))
			.orElseThrow(() -> new ScheduleRefusal("This booking link has been used or has expired. Please call us."));
		if (intake.contact(link.person()).map(c -> c.status().closed()).orElse(true)) {
			throw new ScheduleRefusal("This booking link can no longer be used. Please call us.");
		}
		int spent = jdbc.sql("update booking_link set used_at = ? where id = ? and used_at is null")
			.params(Timestamp.from(clock.instant()), link.id())
			.update();
		if (spent != 1) {
			throw new ScheduleRefusal("This booking link has just been used. Please call us to change the time.");
		}
		try {
			if (slots(link).stream().noneMatch(s -> s.location().equals(location) && s.start().equals(start))) {
				throw new SlotTaken(List.of());
			}
			long appointment = scheduling.bookedByPerson(link.person(), location, start, mode);
			jdbc.sql("update booking_link set appointment_id = ? where id = ?").params(appointment, link.id()).update();
			return appointment;
		}
		catch (RuntimeException ex) {
			jdbc.sql("update booking_link set used_at = null where id = ?").param(link.id()).update();
			throw ex;
		}
	}

	private List<FreeSlot> slots(Link link) {
		List<String> where = locations.bySlug(link.location()).map(l -> List.of(l.slug()))
			.orElseGet(() -> locations.all().stream().map(Location::slug).toList());
		LocalDate today = LocalDate.now(clock.withZone(locations.all().get(0).zone()));
		return scheduling.search(new SlotSearch(AppointmentType.CONSULTATION, where, today, today.plusDays(DAYS_SHOWN),
				Set.of(), TimeOfDay.ANY, link.person()))
			.stream()
			// One coordinator is enough to offer a time: show each start once, in time order.
			.collect(java.util.stream.Collectors.toMap(FreeSlot::start, s -> s, (a, b) -> a, java.util.TreeMap::new))
			.values().stream().toList();
	}

	private record Link(long id, long person, String location, Instant expiresAt, Instant usedAt, Long appointment) {

		boolean usable(Instant now) {
			return usedAt == null && now.isBefore(expiresAt);
		}
	}

	private Optional<Link> find(String token) {
		if (!SecretToken.looksValid(token)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select id, consultation_request, location_slug, expires_at, used_at, appointment_id from booking_link
				where token_hash = ?""")
			.param(new SecretToken(token).hash())
			.query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getObject(6, Long.class)))
			.optional();
	}
}

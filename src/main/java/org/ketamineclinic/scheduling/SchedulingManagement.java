package org.ketamineclinic.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.RequestContact;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.staff.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The scheduling module's API: find free times, book a consultation or a whole infusion series (all or nothing), and
 * move, cancel, check in or mark a no-show. Every booking holds its chair, room, people and the person themselves in
 * {@code resource_booking}, whose exclusion constraint makes double booking impossible even across app instances; a
 * booking that loses the race is tried once more with other free resources, then refused as "just taken" with the
 * nearest alternatives. Reminders follow every change in the same transaction.
 */
@Service
public class SchedulingManagement {

	/** Audit subject type of an appointment. */
	public static final String SUBJECT = "appointment";

	private final Availability availability;

	private final Appointments appointments;

	private final Bookings bookings;

	private final Reminders reminders;

	private final Confirmations confirmations;

	private final IntakeManagement intake;

	private final Locations locations;

	private final SchedulingProperties properties;

	private final Auditor auditor;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SchedulingManagement(Availability availability, Appointments appointments, Bookings bookings, Reminders reminders,
			Confirmations confirmations, IntakeManagement intake, Locations locations, SchedulingProperties properties,
			Auditor auditor, TransactionTemplate transactions, Clock clock) {
		this.availability = availability;
		this.appointments = appointments;
		this.bookings = bookings;
		this.reminders = reminders;
		this.confirmations = confirmations;
		this.intake = intake;
		this.locations = locations;
		this.properties = properties;
		this.auditor = auditor;
		this.transactions = transactions;
		this.clock = clock;
	}

	public List<FreeSlot> search(SlotSearch search) {
		return availability.free(search);
	}

	public String typeLabel(AppointmentType type) {
		return properties.of(type).label();
	}

	/** Books a single appointment for a person (a consultation, a screening, a booster…) and confirms it. */
	public long book(long person, AppointmentType type, String location, Instant start, AppointmentMode mode) {
		return bookSingle(person, type, location, start, mode, currentStaff());
	}

	/** The person picked a consultation time through their booking link. */
	long bookedByPerson(long person, String location, Instant start, AppointmentMode mode) {
		return bookSingle(person, AppointmentType.CONSULTATION, location, start, mode, null);
	}

	private long bookSingle(long person, AppointmentType type, String location, Instant start, AppointmentMode mode,
			Long by) {
		RequestContact contact = intake.contact(person).orElseThrow(() -> new NoSuchAppointment(person));
		if (type == AppointmentType.CONSULTATION && contact.status().closed()) {
			throw new ScheduleRefusal("This request is " + contact.status().label().toLowerCase()
					+ ": a free consultation is booked only for an open request.");
		}
		for (int attempt = 1;; attempt++) {
			try {
				Long id = transactions.execute(status -> {
					FreeSlot slot = availability.exactly(type, location, start, person)
						.orElseThrow(() -> new SlotTaken(List.of()));
					long booked = insert(slot, mode, person, null, null, by);
					if (type == AppointmentType.CONSULTATION) {
						intake.consultationBooked(person, slot.label(), by);
					}
					reminders.replan(person);
					confirmations.booked(contact, List.of(appointments.find(booked).orElseThrow()));
					return booked;
				});
				return id;
			}
			catch (SlotTaken taken) {
				if (attempt >= 2) {
					throw new SlotTaken(alternatives(type, location, start, person));
				}
			}
		}
	}

	/**
	 * The first day a series could start: today, or the day after the person's last consultation or screening
	 * still to come (the prescriber sees them before the first infusion).
	 */
	public LocalDate earliestSeriesStart(long person, LocalDate today) {
		return appointments.ofPerson(person).stream()
			.filter(a -> a.status.holdsTime()
					&& (a.type == AppointmentType.CONSULTATION || a.type == AppointmentType.SCREENING))
			.map(a -> a.start.atZone(a.zone).toLocalDate().plusDays(1))
			.filter(day -> day.isAfter(today))
			.max(LocalDate::compareTo)
			.orElse(today);
	}

	/** Up to three proposals for an infusion series ({@link SeriesPlanner}), from what is free now. */
	public List<ProposedSeries> proposeSeries(long person, String program, List<String> preferredLocations,
			LocalDate earliest, Set<DayOfWeek> weekdays, TimeOfDay timeOfDay) {
		SeriesRules rules = program(program).rules();
		// Most series fit in the weeks right ahead and on the half hour: look there first, then at the whole horizon,
		// and on the finest grid only when nothing fits otherwise (the free-time walk is what planning costs).
		int near = Math.min(rules.withinDays() + 7, properties.searchDays());
		int[] days = { near, properties.searchDays(), properties.searchDays() };
		java.time.Duration[] steps = { properties.seriesSlotStep(), properties.seriesSlotStep(), properties.slotStep() };
		List<ProposedSeries> proposals = List.of();
		for (int i = 0; i < days.length && proposals.isEmpty(); i++) {
			List<Slot> free = availability.free(new SlotSearch(AppointmentType.INFUSION, preferredLocations, earliest,
					earliest.plusDays(days[i]), weekdays, timeOfDay, person, steps[i])).stream()
				.map(FreeSlot::asSeriesSlot).toList();
			proposals = new SeriesPlanner(rules).propose(free, preferredLocations, earliest);
		}
		return proposals;
	}

	/**
	 * Books a whole series, all or nothing: if any visit was taken meanwhile nothing is booked, and the coordinator
	 * plans again. The request is marked enrolled.
	 */
	public long bookSeries(long person, String program, List<Slot> visits) {
		var settings = program(program);
		List<String> problems = settings.rules().problems(visits);
		if (!problems.isEmpty()) {
			throw new ScheduleRefusal(String.join(" ", problems));
		}
		RequestContact contact = intake.contact(person).orElseThrow(() -> new NoSuchAppointment(person));
		Long by = currentStaff();
		return transactions.execute(status -> {
			long series = appointments.insertSeries(person, program, visits.size(), by, clock.instant());
			List<Appointment> booked = new ArrayList<>();
			int position = 1;
			for (Slot visit : visits) {
				FreeSlot slot = availability.exactly(AppointmentType.INFUSION, visit.location(), visit.startsAt(), person)
					.orElseThrow(() -> new SlotTaken(List.of()));
				booked.add(appointments.find(insert(slot, AppointmentMode.IN_PERSON, person, series, position++, by))
					.orElseThrow());
			}
			intake.enrolled(person, settings.label(), by);
			reminders.replan(person);
			confirmations.booked(contact, booked);
			return series;
		});
	}

	/**
	 * Moves an appointment to another free time at the same clinic. For a visit of a series, returns the protocol
	 * rules the series would now break (the coordinator is warned, and may keep it: the prescriber decides).
	 */
	public List<String> move(long id, int seenVersion, Instant newStart) {
		return transactions.execute(status -> {
			Appointment appointment = load(id, seenVersion);
			Instant oldStart = appointment.start;
			bookings.release(id);
			FreeSlot slot = availability.exactly(appointment.type, appointment.location, newStart, appointment.person)
				.orElseThrow(() -> new SlotTaken(List.of()));
			appointment.moveTo(newStart, properties.of(appointment.type).duration());
			appointments.save(appointment, currentStaff(), clock.instant());
			bookings.hold(id, slot.resources(), slot.start(), slot.end());
			auditor.record(AuditAction.UPDATE, SUBJECT, Long.toString(id), "appointment-moved");
			reminders.replan(appointment.person);
			intake.contact(appointment.person).ifPresent(c -> confirmations.moved(c, appointment, oldStart));
			return seriesProblems(appointment);
		});
	}

	/** The protocol rules a series breaks as it stands now (booked visits only). */
	public List<String> seriesProblems(long seriesId) {
		List<Appointment> visits = appointments.ofSeries(seriesId);
		return visits.isEmpty() ? List.of() : seriesProblems(visits.get(0));
	}

	/** The protocol rules the series would break if this visit moved to {@code newStart}; empty when it would not. */
	public List<String> seriesProblemsIfMoved(long id, Instant newStart) {
		Appointment appointment = appointments.find(id).orElseThrow(() -> new NoSuchAppointment(id));
		if (appointment.series == null) {
			return List.of();
		}
		List<String> before = seriesProblems(appointment);
		List<String> after = seriesProblems(appointment, newStart);
		return after.stream().filter(problem -> !before.contains(problem)).toList();
	}

	private List<String> seriesProblems(Appointment appointment) {
		return seriesProblems(appointment, appointment.start);
	}

	private List<String> seriesProblems(Appointment appointment, Instant start) {
		if (appointment.series == null) {
			return List.of();
		}
		var visits = appointments.ofSeries(appointment.series).stream()
			.filter(a -> a.status.holdsTime() || a.status == AppointmentStatus.COMPLETED)
			.map(a -> {
				Instant at = a.id == appointment.id ? start : a.start;
				return new Slot(a.location, at.atZone(a.zone).toLocalDate(), at.atZone(a.zone).toLocalTime(), at);
			})
			.toList();
		String program = appointments.programOf(appointment.series);
		return program(program).rules().problems(visits);
	}

	public void cancel(long id, int seenVersion, boolean byPerson, String reason) {
		transactions.executeWithoutResult(status -> {
			Appointment appointment = load(id, seenVersion);
			appointment.cancel(byPerson, reason, properties.lateCancellation(), clock.instant());
			appointments.save(appointment, currentStaff(), clock.instant());
			bookings.release(id);
			auditor.record(AuditAction.UPDATE, SUBJECT, Long.toString(id), "appointment-cancelled");
			reminders.replan(appointment.person);
			intake.contact(appointment.person).ifPresent(c -> confirmations.cancelled(c, appointment));
		});
	}

	public void checkIn(long id, int seenVersion) {
		change(id, seenVersion, "appointment-checked-in", a -> a.checkIn(clock.instant()));
	}

	public void noShow(long id, int seenVersion) {
		change(id, seenVersion, "appointment-no-show", a -> a.noShow(clock.instant()));
	}

	public void complete(long id, int seenVersion) {
		change(id, seenVersion, "appointment-completed", Appointment::complete);
	}

	private void change(long id, int seenVersion, String what, java.util.function.Consumer<Appointment> work) {
		transactions.executeWithoutResult(status -> {
			Appointment appointment = load(id, seenVersion);
			work.accept(appointment);
			// A no-show or a completed visit keeps its chair in the records: only cancelling frees the time.
			appointments.save(appointment, currentStaff(), clock.instant());
			auditor.record(AuditAction.UPDATE, SUBJECT, Long.toString(id), what);
			reminders.replan(appointment.person);
		});
	}

	/** The person replied C to a reminder: their next appointment is confirmed. */
	void confirmedByText(long id) {
		appointments.find(id).ifPresent(appointment -> {
			appointment.confirm(clock.instant());
			appointments.save(appointment, null, clock.instant());
		});
	}

	/** Free times near {@code start} for the same type and clinic, for "that time was just taken". */
	List<FreeSlot> alternatives(AppointmentType type, String location, Instant start, Long person) {
		Location clinic = locations.bySlug(location).orElseThrow();
		LocalDate day = start.atZone(clinic.zone()).toLocalDate();
		return availability.free(new SlotSearch(type, List.of(location), day, day.plusDays(7), Set.of(), TimeOfDay.ANY,
				person))
			.stream()
			.sorted(java.util.Comparator.comparing(slot -> java.time.Duration.between(start, slot.start()).abs()))
			.limit(5)
			.sorted(java.util.Comparator.comparing(FreeSlot::start))
			.toList();
	}

	private long insert(FreeSlot slot, AppointmentMode mode, long person, Long series, Integer position, Long by) {
		long id = appointments.insert(slot.type(), slot.location(), slot.zone(), slot.start(), slot.end(), mode, person,
				series, position, by, clock.instant());
		bookings.hold(id, slot.resources(), slot.start(), slot.end());
		auditor.record(AuditAction.CREATE, SUBJECT, Long.toString(id), "appointment");
		return id;
	}

	private Appointment load(long id, int seenVersion) {
		Appointment appointment = appointments.find(id).orElseThrow(() -> new NoSuchAppointment(id));
		if (appointment.version != seenVersion) {
			throw new ScheduleRefusal("Someone changed this appointment meanwhile: look at it again and retry.");
		}
		return appointment;
	}

	private SchedulingProperties.ProgramRules program(String program) {
		return Optional.ofNullable(properties.programs().get(program))
			.orElseThrow(() -> new ScheduleRefusal("There is no program called " + program + "."));
	}

	private static Long currentStaff() {
		return StaffPrincipal.current().map(StaffPrincipal::id).orElse(null);
	}

	/** No such appointment (or request): screens answer 404. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class NoSuchAppointment extends RuntimeException {

		public NoSuchAppointment(long id) {
			super("No appointment or request " + id);
		}
	}
}

package org.ketamineclinic.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.consultation.DemonstrationRequest;
import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.ProgramInterest;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh demonstration platform's calendars are empty. With the demonstration roster on and no appointment at all,
 * this books some of the demonstration inbox's people (never anyone else: consultation tells which requests are
 * demonstration data): the two longest waiting for infusions get a six-infusion series from next week, the next few
 * a free consultation in the coming days at the clinic they chose. Booked through {@link SchedulingManagement}
 * like a coordinator's booking, so requests move on, reminders are planned and confirmations queued; with nobody
 * signed in, the bookings name no staff member, as the person's own bookings do.
 */
@Component
@Order(22)
class DemoAppointments implements ApplicationRunner {

	/** The IV infusion program of application.yaml (six infusions within 21 days). */
	static final String SERIES_PROGRAM = "mood";

	private static final int SERIES = 2;

	private static final int CONSULTATIONS = 4;

	private static final Logger log = LoggerFactory.getLogger(DemoAppointments.class);

	private final SchedulingProperties properties;

	private final Appointments appointments;

	private final SchedulingManagement scheduling;

	private final IntakeManagement intake;

	private final Locations locations;

	private final Clock clock;

	DemoAppointments(SchedulingProperties properties, Appointments appointments, SchedulingManagement scheduling,
			IntakeManagement intake, Locations locations, Clock clock) {
		this.properties = properties;
		this.appointments = appointments;
		this.scheduling = scheduling;
		this.intake = intake;
		this.locations = locations;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoRoster() || !appointments.isEmpty()) {
			return;
		}
		List<DemonstrationRequest> waiting = new ArrayList<>(intake.demonstrationRequests());
		int series = 0;
		if (properties.programs().containsKey(SERIES_PROGRAM)) {
			for (DemonstrationRequest person : List.copyOf(waiting)) {
				if (series < SERIES && person.program() == ProgramInterest.IV_INFUSIONS && series(person)) {
					waiting.remove(person);
					series++;
				}
			}
		}
		int consultations = 0;
		for (DemonstrationRequest person : waiting) {
			if (consultations < CONSULTATIONS && consultation(person, consultations)) {
				consultations++;
			}
		}
		log.info("Demonstration appointments added: {} consultations and {} infusion series "
				+ "(turn off with CLINIC_DEMO_ROSTER=false)", consultations, series);
	}

	private boolean series(DemonstrationRequest person) {
		LocalDate nextMonday = today(person).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		List<ProposedSeries> proposals = scheduling.proposeSeries(person.id(), SERIES_PROGRAM,
				List.of(person.location()), nextMonday, Set.of(), TimeOfDay.ANY);
		if (proposals.isEmpty()) {
			return false;
		}
		return booked(() -> scheduling.bookSeries(person.id(), SERIES_PROGRAM, proposals.get(0).visits()));
	}

	private boolean consultation(DemonstrationRequest person, int nth) {
		LocalDate tomorrow = today(person).plusDays(1);
		List<FreeSlot> free = scheduling.search(new SlotSearch(AppointmentType.CONSULTATION,
				List.of(person.location()), tomorrow, tomorrow.plusDays(4), Set.of(), TimeOfDay.ANY, person.id()));
		if (free.isEmpty()) {
			return false;
		}
		// Spread over the days and hours ahead, as real bookings are, rather than everyone at the first free time.
		FreeSlot slot = free.get(free.size() * (2 * nth + 1) / (2 * CONSULTATIONS));
		return booked(() -> scheduling.book(person.id(), AppointmentType.CONSULTATION, person.location(), slot.start(),
				AppointmentMode.IN_PERSON));
	}

	private LocalDate today(DemonstrationRequest person) {
		return clock.instant()
			.atZone(locations.bySlug(person.location()).map(Location::zone)
				.orElseGet(() -> locations.all().get(0).zone()))
			.toLocalDate();
	}

	/** A time refused (the roster changed meanwhile) only means one booking fewer in the demonstration. */
	private static boolean booked(Runnable booking) {
		try {
			booking.run();
			return true;
		}
		catch (SlotTaken | ScheduleRefusal ex) {
			log.warn("A demonstration booking was refused: {}", ex.getMessage());
			return false;
		}
	}
}

package org.ketamineclinic.outcomes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.ketamineclinic.assessment.CompletedQuestionnaire;
import org.ketamineclinic.assessment.InstrumentCode;
import org.ketamineclinic.treatment.GivenInfusion;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outcome facts written straight into the outcomes' record, as the feed would from the clinical modules' events: a
 * known dataset whose rates can be worked out by hand.
 */
final class OutcomeFixtures {

	private static final AtomicLong ids = new AtomicLong(7_000_000);

	private final Courses courses;

	private final Definition definition;

	private final Instant now;

	OutcomeFixtures(Courses courses, Definition definition, JdbcClient jdbc, Instant now) {
		this.courses = courses;
		this.definition = definition;
		this.now = now;
		jdbc.sql("delete from outcome_course").update();
		jdbc.sql("delete from outcome_measure").update();
		jdbc.sql("delete from outcome_infusion").update();
	}

	/** The id last handed out, to check it appears nowhere it should not. */
	long lastId() {
		return ids.get();
	}

	/** A patient who started {@code daysAgo} days ago; returns them to add scores and infusions to. */
	Patient startedDaysAgo(int daysAgo) {
		return new Patient(ids.incrementAndGet(), now.minus(Duration.ofDays(daysAgo)), ids.incrementAndGet());
	}

	final class Patient {

		final long id;

		final Instant start;

		private final long order;

		private String location = "seattle";

		private BigDecimal mgPerKg = new BigDecimal("0.5");

		Patient(long id, Instant start, long order) {
			this.id = id;
			this.start = start;
			this.order = order;
		}

		Patient at(String clinic, String dose) {
			location = clinic;
			mgPerKg = new BigDecimal(dose);
			return this;
		}

		/** Infusions on the given days after the first (day 0), of a series of six. */
		Patient infusions(int... days) {
			for (int day : days) {
				courses.infusion(new GivenInfusion(ids.incrementAndGet(), id, location, order, "SERIES", 6, mgPerKg,
						start.plus(Duration.ofDays(day)), new BigDecimal("35")));
			}
			return refreshed();
		}

		/** A PHQ-9 total on a day counted from the first infusion (negative: before it). */
		Patient phq9(int day, int total) {
			courses.measure(new CompletedQuestionnaire(ids.incrementAndGet(), id, InstrumentCode.PHQ9, total,
					start.plus(Duration.ofDays(day)).plus(Duration.ofHours(day < 0 ? 0 : 1))));
			return refreshed();
		}

		private Patient refreshed() {
			courses.refresh(id, definition);
			return this;
		}
	}
}

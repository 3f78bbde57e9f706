package org.ketamineclinic.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, on one instance: every instance wakes at the scheduled time, and the one whose insert of the day's
 * {@code retention_run} row succeeds does the sweep; the others find the row and leave. A run that fails halfway is
 * finished by the next day's (the sweep works from what is in the database, not from what the last run did).
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final RetentionSweep sweep;

	private final JdbcClient jdbc;

	private final Clock clock;

	RetentionJob(RetentionSweep sweep, JdbcClient jdbc, Clock clock) {
		this.sweep = sweep;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${clinic.retention.schedule:0 30 3 * * *}", zone = "${clinic.retention.zone:UTC}")
	void daily() {
		run();
	}

	/** Today's sweep, when this instance is the one to claim the day; empty when another instance already has. */
	Optional<RetentionReport> run() {
		Instant started = clock.instant();
		LocalDate day = LocalDate.ofInstant(started, ZoneOffset.UTC);
		int claimed = jdbc.sql("insert into retention_run (run_on, started_at) values (?, ?) on conflict do nothing")
			.params(day, Timestamp.from(started))
			.update();
		if (claimed == 0) {
			log.debug("Retention for {} was claimed by another instance", day);
			return Optional.empty();
		}
		long began = System.nanoTime();
		RetentionReport report = sweep.sweep(started);
		jdbc.sql("""
				update retention_run set finished_at = ?, audit_removed = ?, consent_removed = ?, problem = ?
				where run_on = ?""")
			.params(Timestamp.from(clock.instant()), report.auditRemoved(), report.consentRemoved(),
					report.auditProblem(), day)
			.update();
		log.info("Retention for {}: removed {} audit rows written before {} and {} consent records replaced before {}"
				+ " ({} ms)", day, report.auditRemoved(), report.auditCutoff(), report.consentRemoved(),
				report.consentCutoff(), Duration.ofNanos(System.nanoTime() - began).toMillis());
		if (report.auditProblem() != null) {
			log.error("Retention for {}: {}", day, report.auditProblem());
		}
		return Optional.of(report);
	}
}

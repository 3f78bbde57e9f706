package org.ketamineclinic.retention;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.AuditRecord;
import org.ketamineclinic.audit.AuditRetention;
import org.ketamineclinic.audit.AuditTrail;
import org.ketamineclinic.consultation.IntakeRequests;
import org.ketamineclinic.messaging.Messaging;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clinic's retention rules: the audit trail is kept six years, consent records five years after a newer record
 * replaced them, and the record that decides whether a number may be texted is kept however old. The job runs once
 * a day on one of the instances, and what it removed is in the audit trail as counts and dates.
 */
@ClinicIntegrationTest
class RetentionTest {

	private static final AtomicInteger NUMBERS = new AtomicInteger(ThreadLocalRandom.current().nextInt(5_000_000));

	@Autowired
	RetentionJob job;

	@Autowired
	RetentionSweep sweep;

	@Autowired
	RetentionProperties properties;

	@Autowired
	AuditRetention auditRetention;

	@Autowired
	AuditTrail trail;

	@Autowired
	Messaging messaging;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private Instant clockBefore;

	private Instant then;

	@BeforeEach
	void afterEverythingInTheAuditTrail() {
		clockBefore = clock.instant();
		Instant newest = jdbc.sql("select max(occurred_at) from audit_event").query(Instant.class).optional()
			.orElse(clockBefore);
		then = (newest.isAfter(clockBefore) ? newest : clockBefore).plus(Duration.ofMinutes(1));
		clock.set(then);
		// What other tests left goes first, so that each test's own rows are the oldest and the counts are its own.
		while (auditRetention.removeOlderThan(then, 10_000).removed() == 10_000) {
			// the next batch
		}
		Instant everythingReplaced = then.atZone(ZoneOffset.UTC).plusYears(100).toInstant();
		while (messaging.removeConsentReplacedBefore(everythingReplaced, 10_000) == 10_000) {
			// the next batch
		}
	}

	@AfterEach
	void clockBack() {
		clock.set(clockBefore);
	}

	@Test
	void auditEntriesOlderThanSixYearsAreRemovedAndTheChainStillVerifies() {
		long old = trail.record(viewOf("old"));
		clock.set(yearsAfterThen(1));
		long fiveYearsOld = trail.record(viewOf("five-years-old"));
		clock.set(yearsAfterThen(6).plus(Duration.ofDays(2)));

		var report = sweep.sweep(clock.instant());

		assertThat(report.auditRemoved()).isPositive();
		assertThat(report.auditProblem()).isNull();
		assertThat(auditRowExists(old)).isFalse();
		assertThat(auditRowExists(fiveYearsOld)).isTrue();
		var verification = trail.verify();
		assertThat(verification.intact()).as(verification.reason()).isTrue();
		assertThat(verification.startsAfter()).isBetween(old, fiveYearsOld - 1);
	}

	@Test
	void aSevenYearOldOptOutThatIsStillCurrentIsKept() {
		String phone = phone();
		long given = consent(phone, "CARE", "GIVEN", yearsAgo(8));
		long stop = consent(phone, "CARE", "REVOKED", yearsAgo(7));
		long marketingStop = consent(phone, "MARKETING", "REVOKED", yearsAgo(9));

		sweep.sweep(clock.instant());

		assertThat(consentExists(given)).as("replaced seven years ago").isFalse();
		assertThat(consentExists(stop)).as("still decides: they said STOP").isTrue();
		assertThat(consentExists(marketingStop)).as("the only record for marketing").isTrue();
		assertThat(messaging.mayText(phone)).isFalse();
	}

	@Test
	void aConsentThatStillDecidesIsKeptHoweverOld() {
		String phone = phone();
		long given = consent(phone, "CARE", "GIVEN", yearsAgo(12));

		sweep.sweep(clock.instant());

		assertThat(consentExists(given)).isTrue();
		assertThat(messaging.mayText(phone)).isTrue();
	}

	@Test
	void aConsentReplacedMoreThanFiveYearsAgoIsRemovedAndItsAgeCountsFromTheReplacement() {
		String phone = phone();
		long given = consent(phone, "CARE", "GIVEN", yearsAgo(10));
		long stop = consent(phone, "CARE", "REVOKED", yearsAgo(9));
		long start = consent(phone, "CARE", "RESTORED", yearsAgo(4));

		sweep.sweep(clock.instant());

		assertThat(consentExists(given)).as("replaced nine years ago").isFalse();
		assertThat(consentExists(stop)).as("ten-year-old record replaced only four years ago").isTrue();
		assertThat(consentExists(start)).isTrue();
		assertThat(messaging.mayText(phone)).isTrue();
	}

	@Test
	void theDatabaseRefusesToRemoveTheRecordThatDecides() {
		String phone = phone();
		consent(phone, "CARE", "GIVEN", yearsAgo(8));
		long stop = consent(phone, "CARE", "REVOKED", yearsAgo(7));

		assertThatThrownBy(() -> jdbc.sql("delete from sms_consent_event where id = ?").param(stop).update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("update sms_consent_event set kind = 'GIVEN' where id = ?").param(stop)
			.update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	void removedConsentRecordsAreInTheAuditTrailAsCountsAndDatesOnly() {
		String phone = phone();
		consent(phone, "CARE", "GIVEN", yearsAgo(8));
		consent(phone, "CARE", "REVOKED", yearsAgo(7));

		var report = sweep.sweep(clock.instant());

		assertThat(report.consentRemoved()).isPositive();
		var row = jdbc.sql("select * from audit_event where subject_type = 'sms-consent-event' order by id desc limit 1")
			.query()
			.singleRow();
		assertThat(row).containsEntry("actor", "retention")
			.containsEntry("action", "DELETE")
			.containsEntry("subject_id", report.consentRemoved() + " rows")
			.containsEntry("data_category",
					"replaced before " + report.consentCutoff().atZone(ZoneOffset.UTC).toLocalDate());
		assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(phone.substring(1)));
	}

	@Test
	void theWebFormsConsentEvidenceStaysAsLongAsItsRequest() {
		String phone = phone();
		long request = new IntakeRequests(jdbc).received("Evi", "Dence", phone, "evi@example.org", "seattle",
				yearsAgo(12));
		long evidence = jdbc.sql("""
				insert into sms_consent_evidence (consultation_request, phone_e164, purpose, disclosure_version,
				    disclosure_text, given_at, ip_address, user_agent, page_version)
				values (?, ?, 'CARE', 'v1', 'Reply STOP to opt out', ?, '198.51.100.7', 'test', 'test')
				returning id""")
			.params(request, phone, Timestamp.from(yearsAgo(12)))
			.query(Long.class)
			.single();
		long given = consent(phone, "CARE", "GIVEN", yearsAgo(12));
		consent(phone, "CARE", "REVOKED", yearsAgo(11));

		sweep.sweep(clock.instant());

		assertThat(consentExists(given)).isFalse();
		assertThat(jdbc.sql("select count(*) from sms_consent_evidence where id = ?").param(evidence)
			.query(Long.class).single()).as("part of the request's own record").isOne();
	}

	@Test
	void twoInstancesRunningRetentionAtOnceDoTheDaysWorkOnce() throws Exception {
		trail.record(viewOf("old"));
		clock.set(yearsAfterThen(7));
		String phone = phone();
		long given = consent(phone, "CARE", "GIVEN", yearsAgo(8));
		consent(phone, "CARE", "REVOKED", yearsAgo(7));

		var runs = onTwoThreads(() -> job.run());

		assertThat(runs).filteredOn(Optional::isPresent).hasSize(1);
		var report = runs.stream().flatMap(Optional::stream).findFirst().orElseThrow();
		var day = jdbc.sql("select * from retention_run where run_on = ?")
			.param(clock.instant().atZone(ZoneOffset.UTC).toLocalDate())
			.query()
			.singleRow();
		assertThat(day.get("audit_removed")).isEqualTo(report.auditRemoved());
		assertThat(day.get("consent_removed")).isEqualTo(report.consentRemoved());
		assertThat(day.get("finished_at")).isNotNull();
		assertThat(consentExists(given)).isFalse();
		assertThat(job.run()).as("the same day again").isEmpty();
	}

	@Test
	void twoSweepsOverlappingRemoveEachRowOnce() throws Exception {
		for (int i = 0; i < 30; i++) {
			trail.record(viewOf("old-" + i));
		}
		clock.set(yearsAfterThen(7));
		for (int i = 0; i < 30; i++) {
			String phone = phone();
			consent(phone, "CARE", "GIVEN", yearsAgo(8));
			consent(phone, "CARE", "REVOKED", yearsAgo(7));
		}
		long anchorsBefore = jdbc.sql("select coalesce(max(id), 0) from audit_anchor").query(Long.class).single();
		long auditBefore = count("audit_event");
		long lastIdBefore = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
		long consentBefore = count("sms_consent_event");
		// Batches of three, so that the two sweeps take turns many times.
		var smallBatches = new RetentionSweep(auditRetention, trail, messaging, transactions,
				new RetentionProperties(Period.ofYears(6), Period.ofYears(5), 3));

		var reports = onTwoThreads(() -> smallBatches.sweep(clock.instant()));

		long auditRemoved = reports.stream().mapToLong(RetentionReport::auditRemoved).sum();
		long consentRemoved = reports.stream().mapToLong(RetentionReport::consentRemoved).sum();
		long written = jdbc.sql("select count(*) from audit_event where id > ?").param(lastIdBefore)
			.query(Long.class).single();
		assertThat(auditRemoved).isGreaterThanOrEqualTo(30);
		assertThat(count("audit_event")).isEqualTo(auditBefore - auditRemoved + written);
		assertThat(consentRemoved).isGreaterThanOrEqualTo(30);
		assertThat(count("sms_consent_event")).isEqualTo(consentBefore - consentRemoved);
		assertThat(jdbc.sql("select coalesce(sum(removed_rows), 0) from audit_anchor where id > ?")
			.param(anchorsBefore).query(Long.class).single()).as("every removed row in exactly one anchor")
			.isEqualTo(auditRemoved);
		var verification = trail.verify();
		assertThat(verification.intact()).as(verification.reason()).isTrue();
	}

	@Test
	void changingTheRetentionPeriodInSettingsTakesEffect() {
		long sevenYearsOld = trail.record(viewOf("seven-years-old"));
		clock.set(yearsAfterThen(7));
		String phone = phone();
		long given = consent(phone, "CARE", "GIVEN", yearsAgo(8));
		consent(phone, "CARE", "REVOKED", yearsAgo(6));
		var longer = new RetentionSweep(auditRetention, trail, messaging, transactions,
				settings(Map.of("clinic.retention.audit", "8y", "clinic.retention.consent", "P7Y")));

		longer.sweep(clock.instant());

		assertThat(auditRowExists(sevenYearsOld)).isTrue();
		assertThat(consentExists(given)).as("replaced six years ago").isTrue();

		sweep.sweep(clock.instant());

		assertThat(auditRowExists(sevenYearsOld)).as("the default six years").isFalse();
		assertThat(consentExists(given)).as("the default five years").isFalse();
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void theDefaultsAreSixYearsForTheAuditTrailAndFiveForConsent() {
		assertThat(properties.audit()).isEqualTo(Period.ofYears(6));
		assertThat(properties.consent()).isEqualTo(Period.ofYears(5));
		assertThat(settings(Map.of()).audit()).isEqualTo(Period.ofYears(6));
	}

	@Test
	void aPeriodShorterThanTheLawsMinimumIsRefused() {
		assertThatThrownBy(() -> settings(Map.of("clinic.retention.audit", "6d")))
			.isInstanceOf(BindException.class)
			.hasStackTraceContaining("shorter than the P6Y");
		assertThatThrownBy(() -> settings(Map.of("clinic.retention.consent", "P4Y11M")))
			.isInstanceOf(BindException.class)
			.hasStackTraceContaining("shorter than the P5Y");
	}

	private static RetentionProperties settings(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values))
			.bindOrCreate("clinic.retention", RetentionProperties.class);
	}

	private <T> List<T> onTwoThreads(Callable<T> work) throws Exception {
		var pool = Executors.newFixedThreadPool(2);
		try {
			var futures = new ArrayList<Future<T>>();
			for (int i = 0; i < 2; i++) {
				futures.add(pool.submit(work));
			}
			var results = new ArrayList<T>();
			for (var future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long consent(String phone, String purpose, String kind, Instant at) {
		return jdbc.sql("""
				insert into sms_consent_event (phone_e164, purpose, kind, source, reference, occurred_at)
				values (?, ?, ?, 'TEST', 'retention test', ?) returning id""")
			.params(phone, purpose, kind, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	private boolean consentExists(long id) {
		return jdbc.sql("select exists (select 1 from sms_consent_event where id = ?)").param(id)
			.query(Boolean.class).single();
	}

	private boolean auditRowExists(long id) {
		return jdbc.sql("select exists (select 1 from audit_event where id = ?)").param(id).query(Boolean.class)
			.single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** A number of its own for every test, so that no other test's records come before or after its own. */
	private static String phone() {
		return "+1555" + String.format("%07d", NUMBERS.incrementAndGet());
	}

	private Instant yearsAgo(int years) {
		return clock.instant().atZone(ZoneOffset.UTC).minusYears(years).toInstant();
	}

	private Instant yearsAfterThen(int years) {
		return then.atZone(ZoneOffset.UTC).plusYears(years).toInstant();
	}

	private static AuditRecord viewOf(String subject) {
		return new AuditRecord("staff-7", "INTAKE", AuditAction.VIEW, "consultation-request", subject, "contact",
				"10.0.0.7", "req-" + subject);
	}
}

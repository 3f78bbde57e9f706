package org.ketamineclinic.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * Audit rows older than the retention period go, and the chain stays evidence: it verifies from the anchor they
 * leave, and still shows a row changed, a row deleted, or an anchor forged behind the application's back.
 * <p>
 * The chain is shared with every other test, and only its oldest rows can ever be removed; so each test first
 * removes what is already there, writes its rows, and then moves the clock years past them (and back afterwards).
 */
@ClinicIntegrationTest
class AuditRetentionTest {

	private static final int BATCH = 10_000;

	@Autowired
	AuditRetention retention;

	@Autowired
	AuditTrail trail;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private Instant clockBefore;

	private Instant then;

	@BeforeEach
	void afterEverythingInTheChain() {
		clockBefore = clock.instant();
		Instant newest = jdbc.sql("select max(occurred_at) from audit_event").query(Instant.class).optional()
			.orElse(clockBefore);
		then = (newest.isAfter(clockBefore) ? newest : clockBefore).plus(Duration.ofMinutes(1));
		clock.set(then);
		// Whatever other tests left in the chain goes first (it is all older than "then"), so that the rows each
		// test writes are the oldest and its removals start with them.
		AuditRemoval removal;
		do {
			removal = retention.removeOlderThan(then, BATCH);
			assertThat(removal.refused()).as("the chain other tests left: %s", removal.refusal()).isFalse();
		}
		while (removal.removed() == BATCH);
	}

	@AfterEach
	void clockBack() {
		clock.set(clockBefore);
	}

	@Test
	void rowsOlderThanSixYearsAreRemovedAndTheChainStillVerifies() {
		long first = trail.record(viewOf("old-1"));
		long last = trail.record(viewOf("old-2"));
		clock.set(yearsAfterThen(1));
		long fiveYearsOld = trail.record(viewOf("five-years-old"));
		clock.set(yearsAfterThen(6).plus(Duration.ofDays(2)));

		var removal = retention.removeOlderThan(sixYearsAgo(), BATCH);

		assertThat(removal.refused()).isFalse();
		assertThat(removal.lastId()).isBetween(last, fiveYearsOld - 1);
		assertThat(exists(first)).isFalse();
		assertThat(exists(last)).isFalse();
		assertThat(exists(fiveYearsOld)).as("younger than six years").isTrue();
		var verification = trail.verify();
		assertThat(verification.intact()).as(verification.reason()).isTrue();
		assertThat(verification.startsAfter()).isEqualTo(removal.lastId());
	}

	@Test
	void theRemovalIsARowOfTheChainWithCountsAndDatesOnly() {
		trail.record(viewOf("old"));
		clock.set(yearsAfterThen(7));

		var removal = retention.removeOlderThan(sixYearsAgo(), BATCH);

		var row = jdbc.sql("select * from audit_event where subject_type = 'audit-trail' and subject_id = ?")
			.param(removal.firstId() + "-" + removal.lastId())
			.query()
			.singleRow();
		assertThat(row).containsEntry("actor", "retention")
			.containsEntry("action", "DELETE")
			.containsEntry("data_category",
					removal.oldest().atZone(ZoneOffset.UTC).toLocalDate() + ".."
							+ removal.newest().atZone(ZoneOffset.UTC).toLocalDate())
			.containsEntry("source_ip", "")
			.containsEntry("request_id", "");
		assertThat(removal.removed()).isEqualTo(removal.lastId() - removal.firstId() + 1);
		var anchor = jdbc.sql("select * from audit_anchor where through_id = ?").param(removal.lastId()).query()
			.singleRow();
		assertThat(anchor.get("removed_rows")).isEqualTo(removal.removed());
	}

	@Test
	void aRowWrittenOutOfTimeOrderKeepsItselfAndEverythingAfterIt() {
		long old = trail.record(viewOf("old"));
		clock.set(yearsAfterThen(3));
		long recent = trail.record(viewOf("recent"));
		clock.set(then);
		long oldAgain = trail.record(viewOf("old-but-after-a-recent-one"));
		clock.set(yearsAfterThen(7));

		retention.removeOlderThan(sixYearsAgo(), BATCH);

		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
		assertThat(exists(oldAgain)).as("the chain is only ever shortened from its start").isTrue();
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void theStaffScreenSaysWhereTheCheckStarted() throws Exception {
		trail.record(viewOf("old"));
		clock.set(yearsAfterThen(7));
		var removal = retention.removeOlderThan(sixYearsAgo(), BATCH);
		var admin = new StaffFixtures(context).create("Ada Auditor", StaffRole.ADMIN);

		mvc.perform(post("/staff/audit/verify").with(csrf()).with(StaffFixtures.signedIn(admin)))
			.andExpect(flash().attribute("notice", containsString("The chain is intact")))
			.andExpect(flash().attribute("notice", containsString("Rows up to " + removal.lastId()
					+ " were removed after the retention period")));
	}

	@Test
	void atMostOneBatchGoesInOneCall() {
		trail.record(viewOf("batch-1"));
		trail.record(viewOf("batch-2"));
		trail.record(viewOf("batch-3"));
		clock.set(yearsAfterThen(7));
		var oldest = jdbc.sql("select id from audit_event order by id limit 3").query(Long.class).list();

		var removal = retention.removeOlderThan(sixYearsAgo(), 2);

		assertThat(removal.removed()).isEqualTo(2);
		assertThat(removal.lastId()).isEqualTo(oldest.get(1));
		assertThat(exists(oldest.get(2))).isTrue();
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aRowChangedAfterRetentionIsStillFound() {
		trail.record(viewOf("old"));
		clock.set(yearsAfterThen(7));
		long kept = trail.record(viewOf("kept"));
		retention.removeOlderThan(sixYearsAgo(), BATCH);

		var result = rolledBack(() -> {
			behindTheAppsBack("update audit_event set subject_id = 'someone-else' where id = " + kept);
			return trail.verify();
		});

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(kept);
		assertThat(result.reason()).contains("does not match its hash");
	}

	@Test
	void aRowDeletedAfterTheAnchorIsFoundMissing() {
		trail.record(viewOf("old"));
		clock.set(yearsAfterThen(7));
		long kept = trail.record(viewOf("kept"));
		trail.record(viewOf("kept-too"));
		retention.removeOlderThan(sixYearsAgo(), BATCH);

		var result = rolledBack(() -> {
			behindTheAppsBack("delete from audit_event where id = " + kept);
			return trail.verify();
		});

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(kept);
		assertThat(result.reason()).contains("missing");
	}

	@Test
	void anAnchorForgedToHideDeletedRowsIsFound() {
		trail.record(viewOf("old"));
		clock.set(yearsAfterThen(7));
		long hidden = trail.record(viewOf("to-be-hidden"));
		long hiddenToo = trail.record(viewOf("to-be-hidden-too"));
		trail.record(viewOf("after"));
		retention.removeOlderThan(sixYearsAgo(), BATCH);

		var result = rolledBack(() -> {
			String hash = jdbc.sql("select hash from audit_event where id = ?").param(hiddenToo).query(String.class)
				.single();
			behindTheAppsBack("delete from audit_event where id between " + hidden + " and " + hiddenToo);
			jdbc.sql("""
					insert into audit_anchor (first_id, through_id, through_hash, removed_rows, oldest_removed,
					                          newest_removed, cutoff, recorded_at)
					values (?, ?, ?, 2, now(), now(), now(), now())""")
				.params(hidden, hiddenToo, hash)
				.update();
			return trail.verify();
		});

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(hidden);
		assertThat(result.reason()).contains("no record of retention");
	}

	@Test
	void removingTheAnchorsIsFound() {
		trail.record(viewOf("old"));
		clock.set(yearsAfterThen(7));
		trail.record(viewOf("kept"));
		retention.removeOlderThan(sixYearsAgo(), BATCH);

		var result = rolledBack(() -> {
			jdbc.sql("alter table audit_anchor disable trigger audit_anchor_no_update_or_delete").update();
			jdbc.sql("delete from audit_anchor").update();
			return trail.verify();
		});

		assertThat(result.intact()).isFalse();
		assertThat(result.reason()).contains("missing");
	}

	@Test
	void aChangedRowAmongTheOldOnesIsKeptAsEvidence() {
		long changed = trail.record(viewOf("old"));
		clock.set(yearsAfterThen(7));

		var outcome = rolledBack(() -> {
			behindTheAppsBack("update audit_event set subject_id = 'someone-else' where id = " + changed);
			var removal = retention.removeOlderThan(sixYearsAgo(), BATCH);
			return new Object[] { removal, exists(changed) };
		});

		var removal = (AuditRemoval) outcome[0];
		assertThat(removal.refused()).isTrue();
		assertThat(removal.refusal()).startsWith("row " + changed + ":");
		assertThat(outcome[1]).isEqualTo(true);
	}

	@Test
	void theDatabaseStillRefusesToDeleteRowsNoAnchorCovers() {
		trail.record(viewOf("old"));
		clock.set(yearsAfterThen(7));
		long kept = trail.record(viewOf("kept"));
		retention.removeOlderThan(sixYearsAgo(), BATCH);

		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(kept).update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("update audit_anchor set through_hash = repeat('1', 64)").update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
	}

	private Instant yearsAfterThen(int years) {
		return then.atZone(ZoneOffset.UTC).plusYears(years).toInstant();
	}

	private Instant sixYearsAgo() {
		return clock.instant().atZone(ZoneOffset.UTC).minusYears(6).toInstant();
	}

	private static AuditRecord viewOf(String subject) {
		return new AuditRecord("staff-7", "INTAKE", AuditAction.VIEW, "consultation-request", subject, "contact",
				"10.0.0.7", "req-" + subject);
	}

	private boolean exists(long id) {
		return jdbc.sql("select exists (select 1 from audit_event where id = ?)").param(id).query(Boolean.class)
			.single();
	}

	/** Runs {@code what} in a transaction that is rolled back, so the chain is whole again for the next test. */
	private <T> T rolledBack(Supplier<T> what) {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			return what.get();
		});
	}

	/** Someone with the database owner's rights switches the guard off and edits the table. */
	private void behindTheAppsBack(String sql) {
		jdbc.sql("alter table audit_event disable trigger audit_event_no_update_or_delete").update();
		jdbc.sql(sql).update();
		jdbc.sql("alter table audit_event enable trigger audit_event_no_update_or_delete").update();
	}
}

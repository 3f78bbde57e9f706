package org.ketamineclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail keeps everything it is given, in order, and shows any change made behind its back. */
@ClinicIntegrationTest
class AuditTrailTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private static AuditRecord viewOf(String requestId) {
		return new AuditRecord("staff-7", "INTAKE", AuditAction.VIEW, "consultation-request", requestId, "contact",
				"10.0.0.7", "req-" + requestId);
	}

	@Test
	void aRecordedViewHasEveryFieldTheRuleAsksFor() {
		long id = trail.record(viewOf("42"));
		var row = jdbc.sql("select * from audit_event where id = ?").param(id).query().singleRow();
		assertThat(row).containsEntry("actor", "staff-7")
			.containsEntry("actor_roles", "INTAKE")
			.containsEntry("action", "VIEW")
			.containsEntry("subject_type", "consultation-request")
			.containsEntry("subject_id", "42")
			.containsEntry("data_category", "contact")
			.containsEntry("source_ip", "10.0.0.7")
			.containsEntry("request_id", "req-42");
		assertThat(row.get("occurred_at")).isNotNull();
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aRecordIsCommittedWithTheChangeItDescribesOrNotAtAll() {
		long before = count();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			trail.record(viewOf("rolled-back"));
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(count()).isEqualTo(before);
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void theApplicationCannotChangeOrDeleteWhatItRecorded() {
		long id = trail.record(viewOf("43"));
		assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone-else' where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	void recordsWrittenAtTheSameTimeStillFormOneChain() throws Exception {
		var pool = Executors.newFixedThreadPool(4);
		try {
			var writes = new ArrayList<Future<Long>>();
			for (int i = 0; i < 40; i++) {
				String subject = "concurrent-" + i;
				writes.add(pool.submit((Callable<Long>) () -> trail.record(viewOf(subject))));
			}
			for (var write : writes) {
				write.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aRowChangedBehindTheApplicationsBackIsFoundAndNamed() {
		long id = trail.record(viewOf("44"));
		trail.record(viewOf("45"));
		try {
			// Someone with the database owner's rights switches the guard off and edits a row.
			behindTheAppsBack("update audit_event set subject_id = '99' where id = " + id);
			var result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(id);
			assertThat(result.reason()).contains("does not match its hash");
		}
		finally {
			behindTheAppsBack("update audit_event set subject_id = '44' where id = " + id);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	private void behindTheAppsBack(String sql) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("alter table audit_event disable trigger audit_event_no_update_or_delete").update();
			jdbc.sql(sql).update();
			jdbc.sql("alter table audit_event enable trigger audit_event_no_update_or_delete").update();
		});
	}

	private long count() {
		return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}
}

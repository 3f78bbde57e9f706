package org.ketamineclinic.database;

import java.util.function.Function;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where heavy, read-only reports run: the read replica named by {@code CLINIC_REPORTS_DB_URL}, or the primary when
 * there is none. Either way through a small pool of their own, read-only, with a statement timeout, so a big report
 * never takes the connections that forms, sign-ins and the outbox need, never writes, and never runs for ever.
 * <p>
 * Only for figures that may be a few seconds old: a replica lags behind the primary, and even without one a report
 * does not see the caller's uncommitted writes (it has its own connection). Call it outside a transaction: inside
 * one, the primary's connection would be held while the report runs.
 * <p>
 * When the reports database cannot answer, {@link #read} throws {@link ReportsUnavailable} and the manager is told
 * so; there is no fallback to the primary, since the replica exists to keep big reports off it.
 */
public final class ReportsDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ReportsDatabase.class);

	private final HikariDataSource pool;

	private final JdbcClient jdbc;

	private final boolean replica;

	ReportsDatabase(HikariDataSource pool, boolean replica) {
		this.pool = pool;
		this.jdbc = JdbcClient.create(pool);
		this.replica = replica;
		if (replica) {
			log.info("Reports read from the read replica (clinic.db.reports.url)");
		}
	}

	/**
	 * Runs a report's queries.
	 *
	 * @throws ReportsUnavailable when the reports database cannot be reached, or a query ran past the timeout or was
	 *                            cancelled by the replica
	 */
	public <T> T read(Function<JdbcClient, T> report) {
		try {
			return report.apply(jdbc);
		}
		// Unreachable (no connection in time, connection lost), too slow (statement timeout) or cancelled by a
		// replica replaying the primary's changes: worth trying again later. Anything else is a bug and stays one.
		catch (DataAccessResourceFailureException | TransientDataAccessException failed) {
			boolean tooSlow = failed instanceof QueryTimeoutException;
			// Connection and cancellation messages name servers and timeouts, never a row's values.
			log.warn("A report could not be read from the {} ({}): {}", replica ? "read replica" : "primary database",
					tooSlow ? "statement timeout" : "unavailable", failed.getMostSpecificCause().getMessage());
			throw new ReportsUnavailable(tooSlow, failed);
		}
	}

	/** Whether reports read a replica rather than the primary. */
	public boolean replica() {
		return replica;
	}

	@Override
	public void close() {
		pool.close();
	}
}

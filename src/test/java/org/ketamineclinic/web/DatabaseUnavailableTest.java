package org.ketamineclinic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** "Please try again in a minute" is for a database that is away; a bug must stay a bug. */
class DatabaseUnavailableTest {

	@Test
	void noConnectionWithinTheWaitMeansTheDatabaseIsAway() {
		var timeout = new SQLTransientConnectionException("clinic - Connection is not available, request timed out");
		assertThat(DatabaseUnavailable.is(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				timeout))).isTrue();
	}

	@Test
	void aServerShuttingDownOrARefusedConnectionMeansTheDatabaseIsAway() {
		assertThat(DatabaseUnavailable.is(new DataAccessResourceFailureException("JDBC commit",
				new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
		assertThat(DatabaseUnavailable.is(new RuntimeException("wrapped",
				new SQLException("Connection refused", "08001")))).isTrue();
	}

	@Test
	void aRollbackThatFailedOnABrokenConnectionMeansTheDatabaseIsAway() {
		assertThat(DatabaseUnavailable.is(new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed")))).isTrue();
	}

	@Test
	void aBadStatementOrABrokenRuleIsNotAnOutage() {
		assertThat(DatabaseUnavailable.is(new BadSqlGrammarException("query", "select nonsense",
				new SQLException("syntax error", "42601")))).isFalse();
		assertThat(DatabaseUnavailable.is(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key", "23505")))).isFalse();
		assertThat(DatabaseUnavailable.is(new IllegalStateException("a bug"))).isFalse();
	}
}

package org.ketamineclinic.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells "the database is away" (restarting, failing over, unreachable) from every other failure: the first is
 * worth a "please try again in a minute" (503), the others are bugs.
 */
public final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	public static boolean is(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			// A rollback that failed (the connection broke under it, after a failed statement or commit): the
			// statement's failure, when Spring kept it, tells what happened; a rollback fails on a broken
			// connection only.
			if (cause instanceof TransactionSystemException rollback
					&& (rollback.getCause() instanceof SQLException || (rollback.getApplicationException() != null
							&& is(rollback.getApplicationException())))) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					// 08: connection exceptions; 57P0x: the server shutting down, crashed or not yet accepting.
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}
}

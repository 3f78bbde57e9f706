package org.ketamineclinic.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which PostgreSQL to use ({@code clinic.db.*}). An empty {@code url} means "start the embedded PostgreSQL under
 * {@code clinic.data-dir}/postgres".
 *
 * @param url       JDBC URL of an external PostgreSQL server ({@code CLINIC_DB_URL})
 * @param user      user for the external server
 * @param password  password for the external server
 * @param embedded  settings of the embedded server
 * @param poolSize  connections in the pool
 * @param reports   where the managers' reports read ({@link ReportsDatabase})
 * @param connectionWait how long a request waits for a connection before it fails: while the database is away
 *                  (restarting, failing over), a person gets "please try again" in seconds rather than a page that
 *                  hangs past their patience, and a probe gets its answer before the load balancer gives up on it
 */
@ConfigurationProperties("clinic.db")
record DatabaseProperties(String url, String user, String password,
		@DefaultValue Embedded embedded, @DefaultValue("10") int poolSize, @DefaultValue Reports reports,
		@DefaultValue("5s") Duration connectionWait) {

	/**
	 * @param port      fixed port for the embedded server, 0 for any free port
	 * @param ephemeral true in tests: a throw-away server in a temporary directory, one per JVM, stopped at JVM exit
	 */
	record Embedded(@DefaultValue("0") int port, @DefaultValue("false") boolean ephemeral) {
	}

	/**
	 * The reports' own small pool ({@code clinic.db.reports.*}).
	 *
	 * @param url                JDBC URL of a read replica ({@code CLINIC_REPORTS_DB_URL}); empty: the primary
	 * @param user               user on the replica; empty: the primary's
	 * @param password           password on the replica; empty: the primary's
	 * @param poolSize           connections the reports may hold at once, per instance
	 * @param statementTimeout   the server cancels a report's query that runs longer, so a runaway report cannot
	 *                           hold a connection for ever
	 * @param connectionTimeout  how long a report waits for a connection before the manager is told the reports
	 *                           cannot be shown
	 */
	record Reports(String url, String user, String password, @DefaultValue("3") int poolSize,
			@DefaultValue("60s") Duration statementTimeout, @DefaultValue("5s") Duration connectionTimeout) {

		boolean replica() {
			return url != null && !url.isBlank();
		}

		String userOr(String primary) {
			return user == null || user.isBlank() ? primary : user;
		}

		String passwordOr(String primary) {
			return password == null || password.isBlank() ? primary : password;
		}
	}

	boolean external() {
		return url != null && !url.isBlank();
	}
}

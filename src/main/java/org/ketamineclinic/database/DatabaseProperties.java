package org.ketamineclinic.database;

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
 * @param connectionWait how long a request waits for a connection before it fails: while the database is away
 *                  (restarting, failing over), a person gets "please try again" in seconds rather than a page that
 *                  hangs past their patience, and a probe gets its answer before the load balancer gives up on it
 */
@ConfigurationProperties("clinic.db")
record DatabaseProperties(String url, String user, String password,
		@DefaultValue Embedded embedded, @DefaultValue("10") int poolSize,
		@DefaultValue("5s") java.time.Duration connectionWait) {

	/**
	 * @param port      fixed port for the embedded server, 0 for any free port
	 * @param ephemeral true in tests: a throw-away server in a temporary directory, one per JVM, stopped at JVM exit
	 */
	record Embedded(@DefaultValue("0") int port, @DefaultValue("false") boolean ephemeral) {
	}

	boolean external() {
		return url != null && !url.isBlank();
	}
}

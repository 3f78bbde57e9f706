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
 */
@ConfigurationProperties("clinic.db")
record DatabaseProperties(String url, String user, String password,
		@DefaultValue Embedded embedded, @DefaultValue("10") int poolSize) {

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

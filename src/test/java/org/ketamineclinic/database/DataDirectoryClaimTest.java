package org.ketamineclinic.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database after a crash: the next start takes over its leftover server, never a live instance's. */
class DataDirectoryClaimTest {

	@TempDir
	Path root;

	@Test
	void aSecondInstanceOnTheSameDataDirectoryIsRefusedWithAReason() {
		Path dataDir = root.resolve("postgres");
		try (var first = DataDirectoryClaim.claim(dataDir)) {
			assertThatThrownBy(() -> DataDirectoryClaim.claim(dataDir)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Another running instance")
				.hasMessageContaining("CLINIC_DATA_DIR");
		}
		// Released with the first instance: the next one may start.
		DataDirectoryClaim.claim(dataDir).close();
	}

	@Test
	void aServerLeftRunningByAKilledInstanceIsStoppedAndItsDataKept() throws Exception {
		Path dataDir = root.resolve("postgres");
		// The instance to be killed: a JVM of its own that starts the server, writes to it, and is then killed -9.
		Process instance = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), KilledInstance.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (var output = new BufferedReader(new InputStreamReader(instance.getInputStream()))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals(KilledInstance.READY)) {
				// the server's own log
			}
			assertThat(line).as("the instance started its server and wrote to it").isEqualTo(KilledInstance.READY);
			instance.destroyForcibly().waitFor();
		}
		long leftoverPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive)).as("left running").isPresent();

		try (var claim = DataDirectoryClaim.claim(dataDir)) {
			claim.stopLeftoverServer(dataDir);
			assertThat(ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive)).isEmpty();

			try (EmbeddedPostgres restarted = start(dataDir);
					Connection connection = restarted.getPostgresDatabase().getConnection();
					ResultSet rows = connection.createStatement().executeQuery("select note from survivor")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("acknowledged before the crash");
			}
		}
	}

	/** The app that gets killed: its server outlives it, as the embedded one outlives a killed platform. */
	static final class KilledInstance {

		static final String READY = "written, waiting to be killed";

		public static void main(String[] args) throws Exception {
			EmbeddedPostgres server = start(Path.of(args[0]));
			try (Connection connection = server.getPostgresDatabase().getConnection()) {
				connection.createStatement().execute("create table survivor (note text)");
				connection.createStatement().execute("insert into survivor values ('acknowledged before the crash')");
			}
			System.out.println(READY);
			System.out.flush();
			Thread.sleep(Duration.ofMinutes(5).toMillis());
		}
	}

	@Test
	void aStalePidFileOfAnotherProcessIsLeftAlone() throws Exception {
		Path dataDir = Files.createDirectories(root.resolve("postgres"));
		// This test's own JVM: alive, but no postgres serving the directory.
		Files.writeString(dataDir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDir + "\n");
		try (var claim = DataDirectoryClaim.claim(dataDir)) {
			claim.stopLeftoverServer(dataDir);
		}
		assertThat(ProcessHandle.current().isAlive()).isTrue();
	}

	private static EmbeddedPostgres start(Path dataDir) throws Exception {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", "off")
			.start();
	}
}

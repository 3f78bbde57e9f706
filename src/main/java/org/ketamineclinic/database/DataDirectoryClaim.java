package org.ketamineclinic.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's hold on its data directory, taken before the embedded PostgreSQL starts.
 * <p>
 * The embedded server runs as a process of its own: when the app is killed (the OOM killer, {@code kill -9}, a power
 * cut of the container) it is left running on the data directory, and the next start could not start another one
 * there ({@code postmaster.pid} already exists). An operating-system lock on a file tells the two cases apart: the
 * kernel releases it when its process dies, however it dies. Holding it, a server still running on the directory
 * is the leftover of a crashed instance and is stopped (a fast shutdown, so it writes its checkpoint); failing to
 * take it, another instance is using this directory and this one must not start.
 */
final class DataDirectoryClaim implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DataDirectoryClaim.class);

	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryClaim(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Claims {@code dataDir} (the embedded server's directory) for this instance, or fails saying who holds it. */
	static DataDirectoryClaim claim(Path dataDir) {
		Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
		try {
			Files.createDirectories(dataDir.getParent());
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null; // this JVM holds it already: another context of the same process
			}
			if (lock == null) {
				channel.close();
				throw new IllegalStateException("Another running instance of the platform uses the data directory "
						+ dataDir.getParent() + "; give each instance its own (clinic.data-dir / CLINIC_DATA_DIR), "
						+ "or share one database through CLINIC_DB_URL");
			}
			return new DataDirectoryClaim(channel, lock);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not lock " + lockFile, ex);
		}
	}

	/**
	 * Stops a PostgreSQL server still running on {@code dataDir} from a crashed run. Only a process that is a
	 * {@code postgres} serving exactly this directory is touched: a stale {@code postmaster.pid} whose number now
	 * belongs to another process is left to PostgreSQL, which recognises it as stale itself.
	 */
	void stopLeftoverServer(Path dataDir) {
		leftoverServer(dataDir).ifPresent(server -> {
			log.warn("A PostgreSQL server (pid {}) was still running on the data directory, left by an instance that "
					+ "did not stop cleanly; stopping it before starting afresh", server.pid());
			if (!fastShutdown(server, dataDir) && !run("kill", "-INT", String.valueOf(server.pid()))) {
				server.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown; the dead instance's sessions are gone
			}
			if (!awaitExit(server)) {
				throw new IllegalStateException("The PostgreSQL server left running on " + dataDir + " (pid "
						+ server.pid() + ") did not stop within " + STOP_WAIT.toSeconds() + " s; stop it by hand");
			}
			log.info("The leftover PostgreSQL server stopped; its data is recovered by the normal start");
		});
	}

	private static boolean awaitExit(ProcessHandle server) {
		try {
			server.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
			return true;
		}
		catch (TimeoutException | ExecutionException ex) {
			return !server.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Optional<ProcessHandle> leftoverServer(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		long pid;
		try {
			List<String> lines = Files.readAllLines(pidFile);
			pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty(); // half-written: PostgreSQL judges it
		}
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> servesDirectory(process, dataDir));
	}

	private static boolean servesDirectory(ProcessHandle process, Path dataDir) {
		ProcessHandle.Info info = process.info();
		boolean postgres = info.command().map(command -> Path.of(command).getFileName().toString())
			.filter(name -> name.equals("postgres") || name.equals("postgres.exe"))
			.isPresent();
		String directory = dataDir.toAbsolutePath().normalize().toString();
		boolean sameDirectory = info.arguments().map(List::of).map(arguments -> arguments.contains(directory))
			// Where the arguments cannot be read, the number in this directory's own postmaster.pid must do.
			.orElse(true);
		return postgres && sameDirectory;
	}

	/**
	 * {@code pg_ctl stop -m fast} from the server's own binaries: ends its sessions and writes a checkpoint. (It
	 * refuses to run as root, where the server was started in a user namespace; SIGINT, the same fast shutdown, is
	 * then sent directly.)
	 */
	private static boolean fastShutdown(ProcessHandle server, Path dataDir) {
		Optional<Path> pgCtl = server.info().command().map(command -> Path.of(command).resolveSibling("pg_ctl"))
			.filter(Files::isExecutable);
		return pgCtl.isPresent() && run(pgCtl.get().toString(), "stop", "-D", dataDir.toString(), "-m", "fast", "-w",
				"-t", String.valueOf(STOP_WAIT.toSeconds()));
	}

	private static boolean run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
			channel.close();
		}
		catch (IOException ex) {
			log.warn("Could not release the data directory lock: {}", ex.getMessage());
		}
	}
}

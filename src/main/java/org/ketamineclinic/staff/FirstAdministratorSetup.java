package org.ketamineclinic.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.web.SiteSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * There is no default password. While no active administrator exists, each start issues a one-time link (24 hours,
 * single use) that creates the first one, and writes it to the log and to a file only the app's own user can read.
 */
@Component
class FirstAdministratorSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

	static final String FILE_NAME = "first-administrator-setup-link.txt";

	private final StaffAccounts accounts;

	private final StaffLinks links;

	private final StaffProperties properties;

	private final SiteSettings site;

	private final Clock clock;

	private final Path file;

	FirstAdministratorSetup(StaffAccounts accounts, StaffLinks links, StaffProperties properties, SiteSettings site,
			Clock clock, @Value("${clinic.data-dir:./data}") Path dataDir) {
		this.accounts = accounts;
		this.links = links;
		this.properties = properties;
		this.site = site;
		this.clock = clock;
		this.file = dataDir.resolve(FILE_NAME).toAbsolutePath().normalize();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.anActiveAdminExists()) {
			deleteFile();
			return;
		}
		Instant now = clock.instant();
		String token = links.issue(StaffLinks.Purpose.SETUP, null, now, properties.setupLinkValidity());
		String link = site.absolute("/staff/welcome/" + token);
		writeFile(link);
		log.warn("No administrator exists yet. Create the first one within {} hours with this one-time link: {} "
				+ "(also written to {})", properties.setupLinkValidity().toHours(), link, file);
	}

	/** The first administrator exists: the link is spent, and its file goes too. */
	@TransactionalEventListener
	void on(StaffAccountChanged changed) {
		if (changed.change() == StaffAccountChanged.Change.ENROLLED && accounts.anActiveAdminExists()) {
			deleteFile();
		}
	}

	private void writeFile(String link) {
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(file, link + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the setup link to " + file, ex);
		}
	}

	private void deleteFile() {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the used setup link file {}", file);
		}
	}
}

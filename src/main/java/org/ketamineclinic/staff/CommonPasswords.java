package org.ketamineclinic.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;

/**
 * The 100,000 most common passwords from breach corpora (OWASP SecLists; see the NOTICE beside the list). Only the
 * entries long enough to pass the length rule are kept in memory: a shorter one is refused for its length anyway.
 */
final class CommonPasswords {

	static final String LIST = "staff/common-passwords-top-100000.txt.gz";

	private final Set<String> passwords;

	private final int entriesRead;

	private CommonPasswords(Set<String> passwords, int entriesRead) {
		this.passwords = passwords;
		this.entriesRead = entriesRead;
	}

	static CommonPasswords load(int minimumLength) {
		Set<String> kept = new HashSet<>();
		int read = 0;
		try (var reader = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(new ClassPathResource(LIST).getInputStream()), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				read++;
				if (line.length() >= minimumLength) {
					kept.add(line.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The common-password list " + LIST + " could not be read", ex);
		}
		return new CommonPasswords(Set.copyOf(kept), read);
	}

	/** Case does not make a common password safe ("Password1234" is as weak as "password1234"). */
	boolean contains(String password) {
		return passwords.contains(password.toLowerCase(Locale.ROOT));
	}

	int entriesRead() {
		return entriesRead;
	}
}

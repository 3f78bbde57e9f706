package org.ketamineclinic.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of one audit row: SHA-256 over the previous row's hash and every field of this row, in a fixed order,
 * separated by a character no field contains.
 */
final class AuditHash {

	private AuditHash() {
	}

	static String of(String previousHash, long id, Instant occurredAt, AuditRecord r) {
		String canonical = String.join("\u001f", previousHash, Long.toString(id), occurredAt.toString(), r.actor(),
				r.actorRoles(), r.action().name(), r.subjectType(), r.subjectId(), r.dataCategory(), r.sourceIp(),
				r.requestId());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

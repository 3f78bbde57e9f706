package org.ketamineclinic.treatment;

import java.time.Instant;

/** An alert a reading raised, and its acknowledgement (who, when, what was done). */
public record SessionAlert(long id, AlertKind kind, String message, Instant raisedAt, String acknowledgedBy,
		Instant acknowledgedAt, AlertAction action, String note) {

	public boolean open() {
		return acknowledgedAt == null;
	}

	public AlertSeverity severity() {
		return kind.severity();
	}
}

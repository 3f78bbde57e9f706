package org.ketamineclinic.patient;

import java.time.Instant;

/** A document on the chart, without its content. */
public record ChartDocument(long id, DocumentKind kind, String title, String fileName, String contentType,
		int sizeBytes, Instant uploadedAt, String uploadedBy) {

	/** "84 KB", "1.2 MB". */
	public String size() {
		if (sizeBytes < 1024 * 1024) {
			return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
		}
		return "%.1f MB".formatted(sizeBytes / (1024.0 * 1024.0));
	}
}

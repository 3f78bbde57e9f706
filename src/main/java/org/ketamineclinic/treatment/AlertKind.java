package org.ketamineclinic.treatment;

/**
 * The vital-sign alerts of a monitored infusion, each with its severity, in the order a nurse should read them:
 * critical first. The limits themselves are configured ({@link TreatmentProperties.Alerts}).
 */
public enum AlertKind {

	/** One blood pressure at or above the critical limit (200/120). */
	HYPERTENSION_CRITICAL(AlertSeverity.CRITICAL),

	/** One SpO2 below the limit (92%): with continuous oximetry a fall shows at once. */
	DESATURATION(AlertSeverity.CRITICAL),

	/**
	 * One respiratory rate outside the limits (below 8 or above 24 a minute). Critical, because a slow rate is
	 * respiratory depression; a fast one is less often dangerous but is raised as loudly, one kind for both.
	 */
	RESPIRATORY_RATE(AlertSeverity.CRITICAL),

	/** Blood pressure at or above the limit (180/110) on readings far enough apart: not a single cuff artefact. */
	HYPERTENSION_SUSTAINED(AlertSeverity.WARNING),

	/** Heart rate above the limit (120) on readings far enough apart. */
	TACHYCARDIA_SUSTAINED(AlertSeverity.WARNING);

	private final AlertSeverity severity;

	AlertKind(AlertSeverity severity) {
		this.severity = severity;
	}

	public AlertSeverity severity() {
		return severity;
	}
}

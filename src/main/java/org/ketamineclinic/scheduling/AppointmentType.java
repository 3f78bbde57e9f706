package org.ketamineclinic.scheduling;

/** The kinds of appointment; their length and what they need come from configuration ({@link SchedulingProperties}). */
public enum AppointmentType {

	CONSULTATION, SCREENING, INFUSION, KAP_PREPARATION, KAP_DOSING, KAP_INTEGRATION, BOOSTER;

	/** Visits in a chair with an IV: they get the pre-infusion instructions with their reminders. */
	public boolean isInfusion() {
		return this == INFUSION || this == BOOSTER;
	}
}

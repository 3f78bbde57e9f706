package org.ketamineclinic.treatment;

/** When a set of vitals was taken relative to the infusion. */
public enum VitalsPhase {
	BASELINE, DURING, AFTER
}

package org.ketamineclinic.treatment;

/** The sex the Devine formula for ideal body weight distinguishes: it starts from a different base weight. */
public enum Sex {

	MALE, FEMALE
}

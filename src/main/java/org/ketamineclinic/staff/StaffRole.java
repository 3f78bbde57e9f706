package org.ketamineclinic.staff;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A job at the clinic, which decides what a person may see (minimum necessary; see docs/security.md). A person may
 * hold several.
 */
public enum StaffRole {

	ADMIN("Administrator", "Manages staff accounts, the audit trail and site content"),
	INTAKE("Care coordinator", "Works consultation requests from first contact to enrolment"),
	NURSE("Nurse", "Runs infusion sessions"),
	PRESCRIBER("Prescriber", "Assesses patients and signs orders"),
	THERAPIST("Therapist", "Holds psychotherapy sessions"),
	MANAGER("Clinic manager", "Sees reports and metrics, without personal details"),
	CONTENT_EDITOR("Content editor", "Edits and publishes the public site's pages, articles and images");

	private final String label;

	private final String duties;

	StaffRole(String label, String duties) {
		this.label = label;
		this.duties = duties;
	}

	public String label() {
		return label;
	}

	public String duties() {
		return duties;
	}

	/** The Spring Security authority that stands for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	static Set<StaffRole> parse(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return EnumSet.noneOf(StaffRole.class);
		}
		return Arrays.stream(commaSeparated.split(","))
			.map(String::trim)
			.map(StaffRole::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
	}

	static String format(Set<StaffRole> roles) {
		return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}
}

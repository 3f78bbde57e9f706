package org.ketamineclinic.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * Who the patient is, checked: as the chart shows it and other modules read it.
 *
 * @param phone          E.164
 * @param homeClinic     the clinic's slug
 * @param heightCm       for BMI and ideal body weight
 * @param referringPhone E.164, or null
 */
public record Demographics(String firstName, String lastName, String preferredName, LocalDate dateOfBirth,
		SexAtBirth sexAtBirth, String genderIdentity, String pronouns, String phone, String email, String addressLine,
		String city, String region, String postalCode, String homeClinic, BigDecimal heightCm,
		boolean childbearingPotential, String referringName, String referringPractice, String referringPhone,
		String referringEmail) {

	/** The name staff use: the preferred first name when there is one. */
	public String name() {
		return (preferredName == null ? firstName : preferredName) + " " + lastName;
	}

	/** The legal name, as on identity documents and prescriptions. */
	public String legalName() {
		return firstName + " " + lastName;
	}

	public int ageOn(LocalDate day) {
		return Period.between(dateOfBirth, day).getYears();
	}

	/** What the form shows again when someone edits the demographics. */
	public DemographicsEntry asEntry() {
		return new DemographicsEntry(firstName, lastName, preferredName, dateOfBirth.toString(), sexAtBirth.name(),
				genderIdentity, pronouns, phone, email, addressLine, city, region, postalCode, homeClinic,
				heightCm.toPlainString(), Boolean.toString(childbearingPotential), referringName, referringPractice,
				referringPhone, referringEmail);
	}

	@Override
	public String toString() {
		return "Demographics[***]";
	}
}

package org.ketamineclinic.patient;

/**
 * The chart's demographics as typed into the form (the chart's opening form is filled in from the consultation
 * request, so only what the request did not ask is typed). {@link PatientManagement} checks every field.
 *
 * @param childbearingPotential "true" or "false": whether a pregnancy test is required before a series
 */
public record DemographicsEntry(String firstName, String lastName, String preferredName, String dateOfBirth,
		String sexAtBirth, String genderIdentity, String pronouns, String phone, String email, String addressLine,
		String city, String region, String postalCode, String homeClinic, String heightCm,
		String childbearingPotential, String referringName, String referringPractice, String referringPhone,
		String referringEmail) {

	@Override
	public String toString() {
		return "DemographicsEntry[***]";
	}
}

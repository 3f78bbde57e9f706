package org.ketamineclinic.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Turns a {@link DemographicsEntry} into {@link Demographics}, or refuses with every problem found. The ranges are the
 * clinic's ({@link PatientProperties}): a height of 17 cm is a typing error, not a patient.
 */
final class DemographicsCheck {

	private final PatientProperties settings;

	private final Set<String> clinics;

	DemographicsCheck(PatientProperties settings, Set<String> clinics) {
		this.settings = settings;
		this.clinics = clinics;
	}

	Demographics check(DemographicsEntry entry, LocalDate today, EntryCheck check) {
		String first = check.required("firstName", entry.firstName(), 100, "the first name");
		String last = check.required("lastName", entry.lastName(), 100, "the last name");
		String preferred = check.optional("preferredName", entry.preferredName(), 100, "the preferred name");
		LocalDate born = check.date("dateOfBirth", entry.dateOfBirth(), "the date of birth");
		if (born != null && (born.isAfter(today) || born.isBefore(today.minusYears(120)))) {
			check.problem("dateOfBirth", "A date of birth of " + born + " cannot be right: check the entry.");
		}
		SexAtBirth sex = check.choice("sexAtBirth", entry.sexAtBirth(), SexAtBirth.class, "the sex assigned at birth");
		String gender = check.optional("genderIdentity", entry.genderIdentity(), 60, "the gender identity");
		String pronouns = check.optional("pronouns", entry.pronouns(), 40, "the pronouns");
		String phone = check.phone("phone", entry.phone(), true, "the phone number");
		String email = check.email("email", entry.email(), true, "the e-mail address");
		String address = check.optional("addressLine", entry.addressLine(), 200, "the street address");
		String city = check.optional("city", entry.city(), 100, "the city");
		String region = check.optional("region", entry.region(), 60, "the state");
		String postal = check.optional("postalCode", entry.postalCode(), 16, "the ZIP code");
		String clinic = entry.homeClinic() == null ? null : entry.homeClinic().strip();
		if (clinic == null || !clinics.contains(clinic)) {
			check.problem("homeClinic", "Choose the clinic the patient comes to.");
		}
		BigDecimal height = check.number("heightCm", entry.heightCm(), settings.minHeightCm(), settings.maxHeightCm(),
				"the height", "cm");
		if (!"true".equals(entry.childbearingPotential()) && !"false".equals(entry.childbearingPotential())) {
			check.problem("childbearingPotential", "Say whether the patient could become pregnant (it decides "
					+ "whether a pregnancy test is needed before a series).");
		}
		String referringName = check.optional("referringName", entry.referringName(), 120, "the referring provider");
		String practice = check.optional("referringPractice", entry.referringPractice(), 160, "the practice");
		String referringPhone = check.phone("referringPhone", entry.referringPhone(), false,
				"the referring provider's phone");
		String referringEmail = check.email("referringEmail", entry.referringEmail(), false,
				"the referring provider's e-mail");
		check.done();
		return new Demographics(first, last, preferred, born, sex, gender, pronouns, phone, email, address, city,
				region, postal, clinic, height.setScale(1, java.math.RoundingMode.HALF_UP),
				Boolean.parseBoolean(entry.childbearingPotential()), referringName, practice, referringPhone,
				referringEmail);
	}
}

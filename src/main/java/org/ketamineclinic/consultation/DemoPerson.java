package org.ketamineclinic.consultation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A fictional person of the demonstration inbox ({@link DemoRequests}): what they typed into the form and how long
 * ago. Numbers are in the fictional 555-01xx range (clear of the clinics' own), and each person's address is in the
 * documentation range 192.0.2.x (RFC 5737), so the rate limits see a dozen different people.
 */
record DemoPerson(String first, String last, String phone, String location, ProgramInterest program,
		ContactMethod contact, BestTime bestTime, boolean smsConsent, Duration ago, String message) {

	// Oldest first, so ids rise with the time received as on a real platform.
	static final List<DemoPerson> ALL = List.of(
			person("Maya", "Okafor", "+1 206-555-0120", "seattle", ProgramInterest.IV_INFUSIONS, ContactMethod.TEXT,
					BestTime.MORNING, true, "P9DT19H", "I've tried four antidepressants over six years and none of "
							+ "them really lifted the fog. My psychiatrist mentioned ketamine infusions. Could we talk "
							+ "about whether I'm a candidate?"),
			person("Daniel", "Reyes", "+1 253-555-0121", "tacoma", ProgramInterest.IV_INFUSIONS, ContactMethod.PHONE,
					BestTime.EVENING, false, "P8DT8H", "Treatment-resistant depression, diagnosed in 2019. I work "
							+ "days, so evenings are best. Does insurance cover any of the infusions?"),
			person("Priya", "Nair", "+1 425-555-0122", "bellevue", ProgramInterest.KETAMINE_THERAPY, ContactMethod.EMAIL,
					BestTime.ANY, false, "P7DT2H", "I'm interested in ketamine-assisted psychotherapy. I already see "
							+ "a therapist every week. Could she be involved?"),
			person("Tom", "Lindqvist", "+1 206-555-0123", "seattle", ProgramInterest.NOT_SURE, ContactMethod.PHONE,
					BestTime.AFTERNOON, true, "P6DT6H", "My daughter found your website. I've had depression for most "
							+ "of my adult life and nothing has helped for long. Not sure which program fits."),
			person("Grace", "Whitfield", "+1 425-555-0124", "bellevue", ProgramInterest.IV_INFUSIONS,
					ContactMethod.TEXT, BestTime.MORNING, true, "P5DT3H", "How soon could I start? I'd like to "
							+ "understand the six-infusion series and what the first visit involves."),
			person("Marcus", "Bell", "+1 253-555-0125", "tacoma", ProgramInterest.KETAMINE_THERAPY, ContactMethod.EMAIL,
					BestTime.EVENING, true, "P4DT2H", "Depression and PTSD since my service. My counselor suggested "
							+ "I look into the therapy program."),
			person("Elena", "Sokolova", "+1 206-555-0126", "seattle", ProgramInterest.IV_INFUSIONS,
					ContactMethod.EMAIL, BestTime.ANY, false, "P3DT3H", "Infusions helped me a lot at a clinic in "
							+ "Portland two years ago. I've moved to Seattle and the low mood is creeping back."),
			person("Jamal", "Carter", "+1 425-555-0127", "bellevue", ProgramInterest.NOT_SURE, ContactMethod.TEXT,
					BestTime.AFTERNOON, true, "P2DT2H", "Questions about side effects, and whether I can keep taking "
							+ "my current medication."),
			person("Hannah", "Kim", "+1 253-555-0128", "tacoma", ProgramInterest.IV_INFUSIONS, ContactMethod.PHONE,
					BestTime.MORNING, false, "P1DT3H", "Depression that hasn't improved with two medications and a "
							+ "year of therapy. I'd like to know what the next steps would be."),
			person("Oliver", "Grant", "+1 206-555-0129", "seattle", ProgramInterest.KETAMINE_THERAPY,
					ContactMethod.TEXT, BestTime.EVENING, true, "PT20H", "Long-standing depression and anxiety. I'd "
							+ "prefer the therapy program to infusions alone."),
			person("Sofia", "Martinez", "+1 425-555-0130", "bellevue", ProgramInterest.IV_INFUSIONS,
					ContactMethod.PHONE, BestTime.ANY, false, "PT3H", null),
			person("Noah", "Fischer", "+1 253-555-0131", "tacoma", ProgramInterest.NOT_SURE, ContactMethod.PHONE,
					BestTime.MORNING, true, "PT25M", "Could someone call me about the costs and how long the whole "
							+ "program takes?"));

	private static DemoPerson person(String first, String last, String phone, String location,
			ProgramInterest program, ContactMethod contact, BestTime bestTime, boolean smsConsent, String ago,
			String message) {
		return new DemoPerson(first, last, phone, location, program, contact, bestTime, smsConsent,
				Duration.parse(ago), message);
	}

	String email(String domain) {
		return (first + "." + last).toLowerCase(Locale.ROOT) + "@" + domain;
	}

	/** A different documentation address for each person, from their number's last two digits. */
	String address() {
		return "192.0.2." + phone.substring(phone.length() - 2);
	}

	@Override
	public String toString() {
		return "DemoPerson[" + location + "]";
	}
}

package org.ketamineclinic.patient;

import java.time.Instant;
import java.util.UUID;

import org.ketamineclinic.consultation.IntakeRequests;
import org.ketamineclinic.staff.StaffFixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Patients with a chart, opened from a consultation request the way a coordinator would. */
public final class PatientFixtures {

	private final IntakeRequests requests;

	private final PatientManagement patients;

	public PatientFixtures(ApplicationContext context) {
		this.requests = new IntakeRequests(context.getBean(JdbcClient.class));
		this.patients = context.getBean(PatientManagement.class);
	}

	/** A consultation request at the clinic, as the public form stores it; a unique phone number each time. */
	public long request(String first, String last, String clinic) {
		String phone = "+1206555" + String.format("%04d", Math.floorMod(UUID.randomUUID().hashCode(), 10000));
		return requests.received(first, last, phone, first.toLowerCase() + "@example.org", clinic, Instant.now());
	}

	/** A chart opened by {@code by} from a new request: 170 cm, the given weight and sex, an emergency contact. */
	public long chart(String first, String last, String clinic, SexAtBirth sex, String weightKg,
			StaffFixtures.Staffer by) {
		long request = request(first, last, clinic);
		return as(by, () -> {
			DemographicsEntry draft = patients.draftFor(request);
			DemographicsEntry entry = new DemographicsEntry(draft.firstName(), draft.lastName(), null, "1984-03-27",
					sex.name(), null, null, draft.phone(), draft.email(), null, null, "WA", null, clinic, "170",
					Boolean.toString(sex == SexAtBirth.FEMALE), null, null, null, null);
			return patients.open(request, entry, weightKg,
					new ContactEntry("EMERGENCY", "Robin Example", "partner", "(206) 555-0199"));
		});
	}

	/** Runs the work as the staff member (services read who is acting from the security context). */
	public static <T> T as(StaffFixtures.Staffer staffer, java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
				staffer.principal(), null, staffer.principal().getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}
}

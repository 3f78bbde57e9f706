package org.ketamineclinic.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ketamineclinic.shared.EmailAddress;
import org.ketamineclinic.shared.PersonName;
import org.ketamineclinic.shared.PhoneNumber;

/**
 * The form's rules. The server decides: HTML attributes only help the person earlier. Errors come in the order of
 * the form's fields, so the error summary reads top to bottom like the form.
 */
final class SubmissionValidator {

	static final String VIRTUAL = "virtual";

	static final int MAX_MESSAGE = 2_000;

	private final Set<String> locationSlugs;

	private final String phoneRegion;

	SubmissionValidator(Set<String> locationSlugs, String phoneRegion) {
		this.locationSlugs = locationSlugs;
		this.phoneRegion = phoneRegion;
	}

	/** The typed request, or the errors to show. */
	Validated validate(ConsultationSubmission s) {
		List<FieldError> errors = new ArrayList<>();
		String first = name(s.firstName(), "firstName", errors);
		String last = name(s.lastName(), "lastName", errors);
		Optional<PhoneNumber> phone = Optional.empty();
		if (blank(s.phone())) {
			errors.add(new FieldError("phone", "phone.missing"));
		}
		else {
			phone = PhoneNumber.parse(s.phone(), phoneRegion);
			if (phone.isEmpty()) {
				errors.add(new FieldError("phone", "phone.invalid"));
			}
		}
		Optional<EmailAddress> email = Optional.empty();
		if (blank(s.email())) {
			errors.add(new FieldError("email", "email.missing"));
		}
		else {
			email = EmailAddress.parse(s.email());
			if (email.isEmpty()) {
				errors.add(new FieldError("email", "email.invalid"));
			}
		}
		String location = s.location() == null ? "" : s.location();
		if (!location.equals(VIRTUAL) && !locationSlugs.contains(location)) {
			errors.add(new FieldError("location", "location.missing"));
		}
		ProgramInterest program = Choice.byCode(ProgramInterest.class, s.program());
		if (program == null) {
			errors.add(new FieldError("program", "program.missing"));
		}
		ContactMethod contact = Choice.byCode(ContactMethod.class, s.contactMethod());
		if (contact == null) {
			errors.add(new FieldError("contactMethod", "contactMethod.missing"));
		}
		BestTime bestTime = Choice.byCode(BestTime.class, s.bestTime());
		if (bestTime == null) {
			errors.add(new FieldError("bestTime", "bestTime.missing"));
		}
		String message = s.message() == null ? "" : withoutControls(s.message(), "\n\t").strip();
		if (message.length() > MAX_MESSAGE) {
			errors.add(new FieldError("message", "message.tooLong"));
		}
		if (contact == ContactMethod.TEXT && !s.smsConsent()) {
			errors.add(new FieldError("smsConsent", "smsConsent.neededForText"));
		}
		if (!errors.isEmpty()) {
			return new Validated(null, errors);
		}
		var valid = new ValidRequest(new PersonName(first, last), phone.get(), email.get(), location, program, contact,
				bestTime, message.isEmpty() ? null : message);
		return new Validated(valid, List.of());
	}

	private static String name(String value, String field, List<FieldError> errors) {
		String name = value == null ? "" : withoutControls(value, "").strip();
		if (name.isEmpty()) {
			errors.add(new FieldError(field, field + ".missing"));
		}
		else if (name.length() > PersonName.MAX_PART_LENGTH) {
			errors.add(new FieldError(field, field + ".tooLong"));
		}
		return name;
	}

	/**
	 * Control characters (NUL, escape, bell…) are no part of what a person meant to type, and PostgreSQL cannot store
	 * a NUL at all: a request carrying one would be lost to an error. They go; line breaks and tabs in a message stay.
	 */
	static String withoutControls(String value, String keep) {
		StringBuilder clean = new StringBuilder(value.length());
		value.codePoints()
			.filter(c -> !Character.isISOControl(c) || keep.indexOf(c) >= 0)
			.forEach(clean::appendCodePoint);
		return clean.toString();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * @param request the typed request, or null when there are errors
	 * @param errors  the errors, empty when valid
	 */
	record Validated(ValidRequest request, List<FieldError> errors) {
	}
}

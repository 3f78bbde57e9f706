package org.ketamineclinic.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

	private final SubmissionValidator validator = new SubmissionValidator(Set.of("seattle", "bellevue", "tacoma"),
			"US");

	static ConsultationSubmission valid() {
		return new ConsultationSubmission("Sydney", "G", "(206) 555-0142", "sydney@example.org", "bellevue",
				"iv-infusions", "phone", "morning", "", false, "", "token", "key", "127.0.0.1", "test");
	}

	@Test
	void controlCharactersNobodyMeantToTypeAreDroppedSoTheRequestCanBeStored() {
		var s = valid();
		var withNul = new ConsultationSubmission("Syd\u0000ney", "G\u001b", s.phone(), s.email(), s.location(),
				s.program(), s.contactMethod(), s.bestTime(), "Line one\u0000\nline two\tend\u0007", false, "",
				s.formToken(), s.submissionKey(), s.clientIp(), s.userAgent());
		var validated = validator.validate(withNul);
		assertThat(validated.errors()).isEmpty();
		assertThat(validated.request().name().first()).isEqualTo("Sydney");
		assertThat(validated.request().name().last()).isEqualTo("G");
		assertThat(validated.request().message()).isEqualTo("Line one\nline two\tend");
	}

	@Test
	void aCompleteRequestIsValidAndTyped() {
		var validated = validator.validate(valid());
		assertThat(validated.errors()).isEmpty();
		assertThat(validated.request().phone().e164()).isEqualTo("+12065550142");
		assertThat(validated.request().program()).isEqualTo(ProgramInterest.IV_INFUSIONS);
		assertThat(validated.request().message()).isNull();
	}

	@Test
	void anEmptyFormListsEveryRequiredFieldInFormOrder() {
		var empty = new ConsultationSubmission("", " ", "", "", "", "", "", "", "", false, "", "", "", "", "");
		assertThat(validator.validate(empty).errors()).extracting(FieldError::field)
			.containsExactly("firstName", "lastName", "phone", "email", "location", "program", "contactMethod",
					"bestTime");
	}

	@Test
	void aPhoneNumberThatCannotBeDialledIsAnError() {
		var s = valid();
		var bad = new ConsultationSubmission(s.firstName(), s.lastName(), "555-12", s.email(), s.location(),
				s.program(), s.contactMethod(), s.bestTime(), s.message(), false, "", "", "", "", "");
		assertThat(validator.validate(bad).errors()).containsExactly(new FieldError("phone", "phone.invalid"));
	}

	@Test
	void anEmailWithoutDomainIsAnError() {
		var s = valid();
		var bad = new ConsultationSubmission(s.firstName(), s.lastName(), s.phone(), "sydney@", s.location(),
				s.program(), s.contactMethod(), s.bestTime(), s.message(), false, "", "", "", "", "");
		assertThat(validator.validate(bad).errors()).containsExactly(new FieldError("email", "email.invalid"));
	}

	@Test
	void onlyOfferedChoicesAreAccepted() {
		var s = valid();
		var bad = new ConsultationSubmission(s.firstName(), s.lastName(), s.phone(), s.email(), "portland",
				"microdosing", "fax", "midnight", s.message(), false, "", "", "", "", "");
		assertThat(validator.validate(bad).errors()).extracting(FieldError::field)
			.containsExactly("location", "program", "contactMethod", "bestTime");
	}

	@Test
	void virtualIsALocation() {
		var s = valid();
		var virtual = new ConsultationSubmission(s.firstName(), s.lastName(), s.phone(), s.email(), "virtual",
				s.program(), s.contactMethod(), s.bestTime(), s.message(), false, "", "", "", "", "");
		assertThat(validator.validate(virtual).errors()).isEmpty();
	}

	@Test
	void aMessageIsLimitedTo2000Characters() {
		var s = valid();
		var atLimit = new ConsultationSubmission(s.firstName(), s.lastName(), s.phone(), s.email(), s.location(),
				s.program(), s.contactMethod(), s.bestTime(), "a".repeat(2_000), false, "", "", "", "", "");
		var over = new ConsultationSubmission(s.firstName(), s.lastName(), s.phone(), s.email(), s.location(),
				s.program(), s.contactMethod(), s.bestTime(), "a".repeat(2_001), false, "", "", "", "", "");
		assertThat(validator.validate(atLimit).errors()).isEmpty();
		assertThat(validator.validate(over).errors()).containsExactly(new FieldError("message", "message.tooLong"));
	}

	@Test
	void namesAreLimitedTo100Characters() {
		var s = valid();
		var bad = new ConsultationSubmission("x".repeat(101), s.lastName(), s.phone(), s.email(), s.location(),
				s.program(), s.contactMethod(), s.bestTime(), s.message(), false, "", "", "", "", "");
		assertThat(validator.validate(bad).errors()).containsExactly(new FieldError("firstName", "firstName.tooLong"));
	}

	@Test
	void askingForTextsWithoutConsentingToTextsIsAnError() {
		var s = valid();
		var noConsent = new ConsultationSubmission(s.firstName(), s.lastName(), s.phone(), s.email(), s.location(),
				s.program(), "text", s.bestTime(), s.message(), false, "", "", "", "", "");
		var consent = new ConsultationSubmission(s.firstName(), s.lastName(), s.phone(), s.email(), s.location(),
				s.program(), "text", s.bestTime(), s.message(), true, "", "", "", "", "");
		assertThat(validator.validate(noConsent).errors())
			.containsExactly(new FieldError("smsConsent", "smsConsent.neededForText"));
		assertThat(validator.validate(consent).errors()).isEmpty();
	}
}

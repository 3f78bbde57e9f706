package org.ketamineclinic.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.ketamineclinic.consultation.IntakeActivity.Kind;

class IntakeCaseTest {

	private static final Instant RECEIVED = Instant.parse("2026-12-01T17:00:00Z");

	private static final Instant LATER = RECEIVED.plusSeconds(3600);

	private static final long COORDINATOR = 7;

	private static final int ATTEMPTS = 3;

	@Test
	void aNewRequestCannotJumpStraightToAScheduledConsultation() {
		IntakeCase request = inStatus(RequestStatus.NEW);
		assertThatThrownBy(() -> request.moveTo(RequestStatus.CONSULT_SCHEDULED, null, COORDINATOR, LATER, ATTEMPTS))
			.isInstanceOf(IntakeRefusal.class)
			.hasMessage("A request that is new cannot become consultation scheduled.");
		assertUnchanged(request, RequestStatus.NEW);
	}

	@Test
	void aPersonIsNotACandidateOnlyWithAReason() {
		IntakeCase request = inStatus(RequestStatus.CONTACTED);
		assertThatThrownBy(() -> request.moveTo(RequestStatus.NOT_A_CANDIDATE, "   ", COORDINATOR, LATER, ATTEMPTS))
			.isInstanceOf(IntakeRefusal.class)
			.hasMessageStartingWith("Say why the person is not a candidate");
		assertUnchanged(request, RequestStatus.CONTACTED);

		IntakeActivity change = request.moveTo(RequestStatus.NOT_A_CANDIDATE, "  under 18 ", COORDINATOR, LATER,
				ATTEMPTS);
		assertThat(request.status()).isEqualTo(RequestStatus.NOT_A_CANDIDATE);
		assertThat(request.statusReason()).isEqualTo("under 18");
		assertThat(request.statusChangedAt()).isEqualTo(LATER);
		assertThat(change).isEqualTo(new IntakeActivity(Kind.STATUS_CHANGED, LATER, COORDINATOR,
				RequestStatus.CONTACTED, RequestStatus.NOT_A_CANDIDATE, null, null, "under 18"));
	}

	@Test
	void nobodyIsGivenUpOnBeforeTheAgreedNumberOfAttempts() {
		IntakeCase request = inStatus(RequestStatus.NEW);
		request.recordContact(ContactChannel.PHONE, ContactOutcome.NO_ANSWER, null, COORDINATOR, RECEIVED);
		request.recordContact(ContactChannel.SMS, ContactOutcome.SENT, null, COORDINATOR, RECEIVED);
		assertThatThrownBy(() -> request.moveTo(RequestStatus.NO_RESPONSE, null, COORDINATOR, LATER, ATTEMPTS))
			.isInstanceOf(IntakeRefusal.class)
			.hasMessage("Try to reach the person at least 3 times before marking the request as no response "
					+ "(2 so far).");
		assertThat(request.status()).isEqualTo(RequestStatus.NEW);

		request.recordContact(ContactChannel.EMAIL, ContactOutcome.SENT, null, COORDINATOR, RECEIVED);
		request.moveTo(RequestStatus.NO_RESPONSE, null, COORDINATOR, LATER, ATTEMPTS);
		assertThat(request.status()).isEqualTo(RequestStatus.NO_RESPONSE);
	}

	@Test
	void reachingThePersonOnANewRequestMakesItContacted() {
		IntakeCase request = inStatus(RequestStatus.NEW);
		var timeline = request.recordContact(ContactChannel.PHONE, ContactOutcome.REACHED, " Booked a call ",
				COORDINATOR, LATER);
		assertThat(request.status()).isEqualTo(RequestStatus.CONTACTED);
		assertThat(request.contactAttempts()).isEqualTo(1);
		assertThat(request.firstContactedAt()).isEqualTo(LATER);
		assertThat(timeline).extracting(IntakeActivity::kind).containsExactly(Kind.CONTACT_ATTEMPT, Kind.STATUS_CHANGED);
		assertThat(timeline.get(0).note()).isEqualTo("Booked a call");
		assertThat(timeline.get(1).fromStatus()).isEqualTo(RequestStatus.NEW);
		assertThat(timeline.get(1).toStatus()).isEqualTo(RequestStatus.CONTACTED);
	}

	@Test
	void anUnansweredCallKeepsTheRequestNewButStopsTheResponseClockAtTheFirstAttemptOnly() {
		IntakeCase request = inStatus(RequestStatus.NEW);
		var timeline = request.recordContact(ContactChannel.PHONE, ContactOutcome.NO_ANSWER, "", COORDINATOR, LATER);
		assertThat(request.status()).isEqualTo(RequestStatus.NEW);
		assertThat(timeline).singleElement().satisfies(attempt -> {
			assertThat(attempt.kind()).isEqualTo(Kind.CONTACT_ATTEMPT);
			assertThat(attempt.note()).isNull();
		});

		request.recordContact(ContactChannel.PHONE, ContactOutcome.REACHED, null, COORDINATOR, LATER.plusSeconds(600));
		assertThat(request.firstContactedAt()).isEqualTo(LATER);
		assertThat(request.contactAttempts()).isEqualTo(2);
	}

	@Test
	void aPersonWhoGetsBackInTouchAfterNoResponseIsContactedAgain() {
		IntakeCase request = inStatus(RequestStatus.NO_RESPONSE);
		request.recordContact(ContactChannel.PHONE, ContactOutcome.REACHED, null, COORDINATOR, LATER);
		assertThat(request.status()).isEqualTo(RequestStatus.CONTACTED);
	}

	@Test
	void reachingSomeoneWithAScheduledConsultationKeepsItScheduled() {
		IntakeCase request = inStatus(RequestStatus.CONSULT_SCHEDULED);
		var timeline = request.recordContact(ContactChannel.PHONE, ContactOutcome.REACHED, null, COORDINATOR, LATER);
		assertThat(request.status()).isEqualTo(RequestStatus.CONSULT_SCHEDULED);
		assertThat(timeline).hasSize(1);
	}

	@Test
	void aClosedRequestTakesNoMoreContactAttemptsAndCannotBeAssigned() {
		for (RequestStatus closed : new RequestStatus[] { RequestStatus.ENROLLED, RequestStatus.NOT_A_CANDIDATE,
				RequestStatus.DUPLICATE, RequestStatus.SPAM }) {
			IntakeCase request = inStatus(closed);
			assertThatThrownBy(() -> request.recordContact(ContactChannel.PHONE, ContactOutcome.REACHED, null,
					COORDINATOR, LATER))
				.isInstanceOf(IntakeRefusal.class)
				.hasMessageContaining("closed");
			assertThatThrownBy(() -> request.assign(COORDINATOR, COORDINATOR, LATER)).isInstanceOf(IntakeRefusal.class);
			assertUnchanged(request, closed);
			assertThat(request.assignee()).isNull();
			assertThat(closed.next()).as("%s leads nowhere", closed).isEmpty();
		}
	}

	@Test
	void anOpenRequestCanBeAssignedAndUnassigned() {
		IntakeCase request = inStatus(RequestStatus.CONTACTED);
		assertThat(request.assign(42L, COORDINATOR, LATER))
			.isEqualTo(new IntakeActivity(Kind.ASSIGNED, LATER, COORDINATOR, null, null, null, null, "42"));
		assertThat(request.assignee()).isEqualTo(42L);
		assertThat(request.assign(null, COORDINATOR, LATER).kind()).isEqualTo(Kind.UNASSIGNED);
		assertThat(request.assignee()).isNull();
	}

	@Test
	void onlyARequestHeldForReviewCanBeReleased() {
		IntakeCase inInbox = inStatus(RequestStatus.NEW);
		assertThatThrownBy(() -> inInbox.releaseFromReview(COORDINATOR, LATER)).isInstanceOf(IntakeRefusal.class)
			.hasMessage("This request is not held for review.");

		IntakeCase held = held();
		assertThat(held.releaseFromReview(COORDINATOR, LATER).kind()).isEqualTo(Kind.RELEASED_FROM_REVIEW);
		assertThat(held.needsReview()).isFalse();
		assertThat(held.status()).isEqualTo(RequestStatus.NEW);
	}

	@Test
	void aHeldRequestMarkedAsSpamLeavesTheReviewQueue() {
		IntakeCase held = held();
		held.moveTo(RequestStatus.SPAM, null, COORDINATOR, LATER, ATTEMPTS);
		assertThat(held.needsReview()).isFalse();
		assertThat(held.status().closed()).isTrue();
		assertThat(held.statusReason()).isNull();
	}

	@Test
	void aNoteMustSaySomethingAndStayUnderTwoThousandCharacters() {
		IntakeCase request = inStatus(RequestStatus.NEW);
		assertThatThrownBy(() -> request.note("  ", COORDINATOR, LATER)).isInstanceOf(IntakeRefusal.class);
		assertThatThrownBy(() -> request.note("x".repeat(2001), COORDINATOR, LATER)).isInstanceOf(IntakeRefusal.class)
			.hasMessageContaining("2001");
		assertThat(request.note("x".repeat(2000), COORDINATOR, LATER).note()).hasSize(2000);
		assertThat(request.note(" Prefers mornings ", COORDINATOR, LATER).note()).isEqualTo("Prefers mornings");
	}

	private static IntakeCase inStatus(RequestStatus status) {
		return new IntakeCase(1, status, null, null, 0, null, RECEIVED, false, 0);
	}

	private static IntakeCase held() {
		return new IntakeCase(1, RequestStatus.NEW, null, null, 0, null, RECEIVED, true, 0);
	}

	private static void assertUnchanged(IntakeCase request, RequestStatus status) {
		assertThat(request.status()).isEqualTo(status);
		assertThat(request.statusReason()).isNull();
		assertThat(request.statusChangedAt()).isEqualTo(RECEIVED);
		assertThat(request.contactAttempts()).isZero();
		assertThat(request.firstContactedAt()).isNull();
	}
}

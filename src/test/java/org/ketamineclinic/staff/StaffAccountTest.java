package org.ketamineclinic.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffAccountTest {

	private static final Instant INVITED_AT = Instant.parse("2026-12-01T17:00:00Z");

	private static final Instant ENROLLED_AT = INVITED_AT.plusSeconds(600);

	private static final Instant LATER = INVITED_AT.plusSeconds(86_400);

	private static final long ENROLMENT_STEP = 59_334_000;

	@Test
	void anInvitedAccountCannotSignInUntilItsHolderEnrols() {
		StaffAccount account = StaffAccount.invite("ana@example.org", "Ana", Set.of(StaffRole.INTAKE), INVITED_AT);
		assertThat(account.status()).isEqualTo(AccountStatus.INVITED);
		assertThat(account.totpSecret()).isNull();
		assertThat(account.passwordHash()).isNull();
	}

	@Test
	void aStaffMemberNeedsAtLeastOneRole() {
		assertThatThrownBy(() -> StaffAccount.invite("ana@example.org", "Ana", Set.of(), INVITED_AT))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void eachCodeSignsInOnceAndNeverAgain() {
		StaffAccount account = enrolled();
		assertThat(account.acceptTotpStep(ENROLMENT_STEP)).as("the code used to enrol").isFalse();
		assertThat(account.acceptTotpStep(ENROLMENT_STEP + 1)).isTrue();
		assertThat(account.acceptTotpStep(ENROLMENT_STEP + 1)).as("the same code replayed").isFalse();
		assertThat(account.acceptTotpStep(ENROLMENT_STEP)).as("an older code").isFalse();
		assertThat(account.acceptTotpStep(ENROLMENT_STEP + 3)).isTrue();
		assertThat(account.acceptTotpStep(ENROLMENT_STEP + 2)).as("a code older than the last one used").isFalse();
	}

	@Test
	void aLostAuthenticatorSendsTheHolderBackToEnrolmentAndSignsThemOut() {
		StaffAccount account = enrolled();
		account.resetMfa(LATER);
		assertThat(account.status()).isEqualTo(AccountStatus.INVITED);
		assertThat(account.totpSecret()).isNull();
		assertThat(account.sessionsValidFrom()).isEqualTo(LATER);
		assertThat(account.principal().isEnabled()).isFalse();
	}

	@Test
	void resettingTheAuthenticatorOfADisabledAccountDoesNotEnableIt() {
		StaffAccount account = enrolled();
		account.disable(LATER);
		account.resetMfa(LATER.plusSeconds(60));
		assertThat(account.status()).isEqualTo(AccountStatus.DISABLED);
	}

	@Test
	void aDisabledAccountCannotSignInAndItsSessionsEnd() {
		StaffAccount account = enrolled();
		account.disable(LATER);
		assertThat(account.status()).isEqualTo(AccountStatus.DISABLED);
		assertThat(account.sessionsValidFrom()).isEqualTo(LATER);
		assertThat(account.principal().isEnabled()).isFalse();
		assertThatThrownBy(() -> account.activate("Ana", "hash", "SECRET", ENROLMENT_STEP + 5, LATER))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anEnabledAgainAccountIsActiveIfItHadEnrolledAndInvitedIfNot() {
		StaffAccount enrolled = enrolled();
		enrolled.disable(LATER);
		enrolled.enable(LATER.plusSeconds(60));
		assertThat(enrolled.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(enrolled.sessionsValidFrom()).isEqualTo(LATER.plusSeconds(60));

		StaffAccount neverEnrolled = StaffAccount.invite("bo@example.org", "Bo", Set.of(StaffRole.NURSE), INVITED_AT);
		neverEnrolled.disable(LATER);
		neverEnrolled.enable(LATER.plusSeconds(60));
		assertThat(neverEnrolled.status()).isEqualTo(AccountStatus.INVITED);
	}

	@Test
	void enablingAnAccountThatIsNotDisabledChangesNothing() {
		StaffAccount account = enrolled();
		account.enable(LATER);
		assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(account.sessionsValidFrom()).isEqualTo(INVITED_AT);
	}

	@Test
	void newRolesTakeEffectAtTheNextSignIn() {
		StaffAccount account = enrolled();
		account.changeRoles(EnumSet.of(StaffRole.NURSE, StaffRole.ADMIN), LATER);
		assertThat(account.roles()).containsExactlyInAnyOrder(StaffRole.ADMIN, StaffRole.NURSE);
		assertThat(account.sessionsValidFrom()).isEqualTo(LATER);
	}

	@Test
	void takingAwayEveryRoleIsRefused() {
		StaffAccount account = enrolled();
		assertThatThrownBy(() -> account.changeRoles(Set.of(), LATER)).isInstanceOf(IllegalArgumentException.class);
		assertThat(account.roles()).containsExactly(StaffRole.INTAKE);
		assertThat(account.sessionsValidFrom()).isEqualTo(INVITED_AT);
	}

	@Test
	void theAccountNeverPrintsItsSecrets() {
		assertThat(enrolled().toString()).doesNotContain("hash-of-password", "GEZDGNBV");
	}

	/** Ana, a care coordinator who has chosen a password and enrolled her authenticator. */
	private static StaffAccount enrolled() {
		var account = new StaffAccount(1L, "ana@example.org", "Ana", "INTAKE", AccountStatus.INVITED, null, null, 0,
				INVITED_AT, null, INVITED_AT, 0);
		account.activate("Ana López", "hash-of-password", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", ENROLMENT_STEP,
				ENROLLED_AT);
		assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
		return account;
	}
}

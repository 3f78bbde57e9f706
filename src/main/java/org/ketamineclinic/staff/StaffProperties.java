package org.ketamineclinic.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff sign-in and session rules ({@code clinic.staff.*}); the defaults follow HIPAA 164.312 and OWASP ASVS level
 * 2 (see docs/security.md).
 *
 * @param setupLinkValidity      how long the first administrator's setup link works
 * @param invitationValidity     how long an invitation (or an enrolment link after an MFA reset) works
 * @param idleTimeout            signed out after this long without using the workspace
 * @param idleWarning            how long before that the "stay signed in?" dialog appears
 * @param absoluteTimeout        signed out this long after signing in, however busy
 * @param freeFailures           failed sign-ins in a row before an account is slowed down
 * @param longestThrottle        the longest an account is slowed down: short, so an attacker cannot lock staff out
 * @param failuresPerAddress     failed sign-ins from one address within {@code addressWindow} before it must wait
 * @param addressWindow          the window for {@code failuresPerAddress}
 * @param minimumPasswordLength  shortest password accepted (NIST 800-63B: at least 8; ASVS L2: 12)
 * @param maximumPasswordLength  longest password accepted
 * @param recoveryCodes          single-use recovery codes issued at enrolment
 */
@ConfigurationProperties("clinic.staff")
public record StaffProperties(@DefaultValue("24h") Duration setupLinkValidity,
		@DefaultValue("72h") Duration invitationValidity, @DefaultValue("15m") Duration idleTimeout,
		@DefaultValue("2m") Duration idleWarning, @DefaultValue("12h") Duration absoluteTimeout,
		@DefaultValue("5") int freeFailures, @DefaultValue("15m") Duration longestThrottle,
		@DefaultValue("50") int failuresPerAddress, @DefaultValue("15m") Duration addressWindow,
		@DefaultValue("12") int minimumPasswordLength, @DefaultValue("128") int maximumPasswordLength,
		@DefaultValue("10") int recoveryCodes) {
}

package org.ketamineclinic.staff;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting up an account, signing in with both factors, and the limits on sessions and guessing. */
@ClinicIntegrationTest
class SignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	StaffManagement management;

	@Autowired
	StaffLinks links;

	@Autowired
	AuditTrail audit;

	private StaffFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new StaffFixtures(context);
	}

	@Test
	void anInvitedColleagueChoosesAPasswordEnrolsTheirAppAndSeesTenRecoveryCodesOnce() throws Exception {
		var invited = (InvitationResult.Invited) management.invite("nora.nurse." + System.nanoTime() + "@example.org",
				"Nora Nurse", Set.of(StaffRole.NURSE));
		String token = links.issue(StaffLinks.Purpose.INVITATION, invited.account(), clock.instant(), Duration.ofHours(1));
		var browser = new StaffBrowser(mvc);

		String page = browser.get("/staff/welcome/" + token).getContentAsString();
		String secret = secretOn(page);
		var weak = browser.post("/staff/welcome/" + token, "name", "Nora Nurse", "password", "password1234",
				"passwordAgain", "password1234", "code", code(secret));
		assertThat(weak.getStatus()).isEqualTo(422);
		assertThat(weak.getContentAsString()).contains("list of common or leaked passwords");
		assertThat(secretOn(weak.getContentAsString())).as("the same secret, so the app need not be set up again")
			.isEqualTo(secret);

		var done = browser.post("/staff/welcome/" + token, "name", "Nora Nurse", "password",
				"lighthouse keeper of quiet shores", "passwordAgain", "lighthouse keeper of quiet shores", "code",
				code(secret));
		assertThat(done.getRedirectedUrl()).isEqualTo("/staff/account/recovery-codes");
		var codesPage = browser.get("/staff/account/recovery-codes");
		String codes = codesPage.getContentAsString();
		assertThat(Pattern.compile("<li><code>[a-z2-9]{5}-[a-z2-9]{5}</code></li>").matcher(codes).results().count())
			.isEqualTo(10);
		assertThat(browser.get("/staff/account/recovery-codes").getContentAsString()).doesNotContain("<li><code>");
		assertThat(browser.get("/staff/welcome/" + token).getStatus()).as("the link works once").isEqualTo(410);
	}

	@Test
	void signingInNeedsThePasswordAndThenACodeThatWorksOnlyOnce() throws Exception {
		var nurse = fixtures.create("Pat Nurse", StaffRole.NURSE);
		var browser = new StaffBrowser(mvc);

		var password = browser.post("/staff/sign-in", "email", nurse.email(), "password", StaffFixtures.PASSWORD);
		assertThat(password.getRedirectedUrl()).isEqualTo("/staff/sign-in/code");
		assertThat(browser.get("/staff").getRedirectedUrl()).contains("/staff/sign-in/code");

		var wrong = browser.post("/staff/sign-in/code", "code", "000000");
		assertThat(wrong.getContentAsString()).contains("That code did not work");
		String code = code(nurse.secret());
		assertThat(browser.post("/staff/sign-in/code", "code", code).getRedirectedUrl()).matches(".*/staff(\\?continue)?");
		assertThat(browser.get("/staff").getStatus()).isEqualTo(200);

		var again = new StaffBrowser(mvc);
		again.post("/staff/sign-in", "email", nurse.email(), "password", StaffFixtures.PASSWORD);
		assertThat(again.post("/staff/sign-in/code", "code", code).getContentAsString())
			.as("a code seen once is refused, so an overheard code cannot be replayed")
			.contains("That code did not work");
		assertThat(audit.historyOf("staff-account", Long.toString(nurse.id())))
			.extracting(row -> row.action() + "/" + row.dataCategory())
			.containsSubsequence("SIGN_IN/password_accepted", "SIGN_IN_FAILED/code_refused", "SIGN_IN/code_accepted");
	}

	@Test
	void aRecoveryCodeStandsInForThePhoneOnce() throws Exception {
		var nurse = fixtures.create("Robin Nurse", StaffRole.NURSE);
		String recovery = context.getBean(RecoveryCodes.class).replace(nurse.id(), 10).get(0);

		var browser = new StaffBrowser(mvc);
		browser.post("/staff/sign-in", "email", nurse.email(), "password", StaffFixtures.PASSWORD);
		assertThat(browser.post("/staff/sign-in/recovery", "code", recovery.toUpperCase()).getRedirectedUrl())
			.endsWith("/staff");

		var later = new StaffBrowser(mvc);
		later.post("/staff/sign-in", "email", nurse.email(), "password", StaffFixtures.PASSWORD);
		assertThat(later.post("/staff/sign-in/recovery", "code", recovery).getContentAsString())
			.contains("did not work, or it was used before");
	}

	@Test
	void repeatedWrongPasswordsSlowDownFurtherAttemptsWithoutRevealingWhetherTheAccountExists() throws Exception {
		for (String email : new String[] { fixtures.create("Guessed Nurse", StaffRole.NURSE).email(),
				"nobody." + System.nanoTime() + "@example.org" }) {
			var browser = new StaffBrowser(mvc);
			for (int i = 0; i < 5; i++) {
				assertThat(browser.post("/staff/sign-in", "email", email, "password", "wrong guess " + i)
					.getRedirectedUrl()).isEqualTo("/staff/sign-in?error");
			}
			assertThat(browser.post("/staff/sign-in", "email", email, "password", StaffFixtures.PASSWORD)
				.getRedirectedUrl()).as(email).startsWith("/staff/sign-in?wait=");
		}
	}

	@Test
	void aDisabledAccountsSessionEndsAtItsVeryNextRequest() throws Exception {
		var nurse = fixtures.create("Dana Nurse", StaffRole.NURSE);
		var browser = signedIn(nurse);
		assertThat(browser.get("/staff").getStatus()).isEqualTo(200);

		management.disable(nurse.id());

		assertThat(browser.get("/staff").getRedirectedUrl()).startsWith("/staff/sign-in");
		assertThat(new StaffBrowser(mvc).post("/staff/sign-in", "email", nurse.email(), "password",
				StaffFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/staff/sign-in?error");
	}

	@Test
	void changingOnesPasswordNeedsTheCurrentOneAndSignsOutEverywhere() throws Exception {
		var nurse = fixtures.create("Paula Nurse", StaffRole.NURSE);
		var browser = signedIn(nurse);
		var otherDevice = signedIn(nurse);

		var wrong = browser.post("/staff/account/password", "currentPassword", "not it", "newPassword",
				"a brand new passphrase here", "newPasswordAgain", "a brand new passphrase here");
		assertThat(wrong.getStatus()).isEqualTo(422);
		assertThat(wrong.getContentAsString()).contains("That is not your current password.");

		var changed = browser.post("/staff/account/password", "currentPassword", StaffFixtures.PASSWORD,
				"newPassword", "a brand new passphrase here", "newPasswordAgain", "a brand new passphrase here");
		assertThat(changed.getRedirectedUrl()).isEqualTo("/staff/sign-in?password-changed");
		assertThat(otherDevice.get("/staff").getRedirectedUrl()).startsWith("/staff/sign-in");
		assertThat(new StaffBrowser(mvc).post("/staff/sign-in", "email", nurse.email(), "password",
				"a brand new passphrase here").getRedirectedUrl()).isEqualTo("/staff/sign-in/code");
	}

	@Test
	void afterAnAdministratorResetsSignInTheOldPasswordAndAppNoLongerWork() throws Exception {
		var nurse = fixtures.create("Forgetful Nurse", StaffRole.NURSE);

		management.resetSignIn(nurse.id());

		assertThat(management.member(nurse.id()).orElseThrow().status()).isEqualTo(AccountStatus.INVITED);
		assertThat(new StaffBrowser(mvc).post("/staff/sign-in", "email", nurse.email(), "password",
				StaffFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/staff/sign-in?error");
	}

	@Test
	void fifteenMinutesWithoutActivitySignOutAndBackgroundRefreshesDoNotCountAsActivity() throws Exception {
		var nurse = fixtures.create("Idle Nurse", StaffRole.NURSE);
		var browser = signedIn(nurse);
		clock.advance(Duration.ofMinutes(10));
		assertThat(browser.get("/staff").getStatus()).isEqualTo(200);

		clock.advance(Duration.ofMinutes(16));

		assertThat(browser.get("/staff").getRedirectedUrl()).isEqualTo("/staff/sign-in?timeout");
		assertThat(audit.historyOf("staff-account", Long.toString(nurse.id())))
			.anyMatch(row -> row.action() == AuditAction.SIGN_OUT && row.dataCategory().equals("timed_out"));
	}

	private StaffBrowser signedIn(StaffFixtures.Staffer staffer) throws Exception {
		var browser = new StaffBrowser(mvc);
		browser.post("/staff/sign-in", "email", staffer.email(), "password", StaffFixtures.PASSWORD);
		browser.post("/staff/sign-in/code", "code", code(staffer.secret()));
		return browser;
	}

	private String code(String secret) {
		return StaffFixtures.code(secret, clock.instant());
	}

	private static String secretOn(String page) {
		var matcher = Pattern.compile("data-totp-secret>([A-Z2-7 ]+)<").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1).replace(" ", "");
	}
}

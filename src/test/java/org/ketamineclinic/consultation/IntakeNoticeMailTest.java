package org.ketamineclinic.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.staff.InvitationResult;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * E-mail through a real SMTP server (GreenMail): the clinic's intake team hears of each new request at once, without
 * a word of the person's details, and an invited colleague gets a link that works.
 */
@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
		"clinic.consultation.notify-every=PT0.2S", "clinic.consultation.intake-emails.bellevue=bellevue-intake@example.org" })
@AutoConfigureMockMvc
@Import(ClinicIntegrationTest.Support.class)
class IntakeNoticeMailTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffManagement staff;

	@Autowired
	MockMvc mvc;

	@Test
	void theClinicsIntakeTeamIsToldOfANewRequestWithItsReferenceAndNothingPersonal() throws Exception {
		long id = new IntakeRequests(jdbc).received("Quinn", "Private", "+14255550123", "quinn.private@example.org",
				"bellevue", Instant.now());
		jdbc.sql("update consultation_request set intake_notified_at = null where id = ?").param(id).update();
		String reference = jdbc.sql("select reference_code from consultation_request where id = ?").param(id)
			.query(String.class).single();

		MimeMessage notice = await().atMost(Duration.ofSeconds(10)).until(() -> Arrays
			.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).contains(reference))
			.findFirst()
			.orElse(null), m -> m != null);

		assertThat(subject(notice)).isEqualTo("New consultation request " + reference + " for Bellevue");
		assertThat(notice.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("bellevue-intake@example.org");
		String body = GreenMailUtil.getBody(notice);
		assertThat(body).contains("/staff/consultations", reference)
			.doesNotContain("Quinn", "Private", "555", "quinn.private", "Nothing has helped");
		await().atMost(Duration.ofSeconds(5)).until(() -> jdbc
			.sql("select intake_notified_at is not null from consultation_request where id = ?").param(id)
			.query(Boolean.class).single());
		assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(reference)))
			.as("one notice per request").hasSize(1);
	}

	@Test
	void anInvitedColleagueIsEmailedALinkThatOpensTheirSetUpPage() throws Exception {
		String email = "ivy.invited." + System.nanoTime() + "@example.org";
		var invited = staff.invite(email, "Ivy Invited", Set.of(StaffRole.THERAPIST));

		assertThat(invited).isInstanceOf(InvitationResult.Invited.class);
		assertThat(((InvitationResult.Invited) invited).mailed()).isTrue();
		MimeMessage invitation = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> recipient(m).equals(email))
			.findFirst()
			.orElseThrow();
		String link = GreenMailUtil.getBody(invitation).lines()
			.filter(line -> line.contains("/staff/welcome/"))
			.findFirst()
			.orElseThrow()
			.strip();
		String path = link.substring(link.indexOf("/staff/welcome/"));
		String page = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Set up your account", email);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

package org.ketamineclinic.consultation;

import java.time.Duration;
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
import org.ketamineclinic.TestClock;
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
		"clinic.messaging.dispatch-every=PT0.2S", "clinic.consultation.intake-emails.bellevue=bellevue-intake@example.org" })
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

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	TestClock clock;

	@Test
	void aNewRequestTellsTheClinicsIntakeTeamAndTextsThePersonOnceWithoutAWordAboutTheirHealth() throws Exception {
		// 10:00 in Bellevue: texts are not held back by quiet hours (QuietHoursTest covers the night).
		clock.set(java.time.ZonedDateTime.now(java.time.ZoneId.of("America/Los_Angeles")).withHour(10).toInstant());
		var form = consultations.newForm();
		clock.advance(Duration.ofSeconds(40));
		var result = consultations.submit(new ConsultationSubmission("Quinn", "Private", "(425) 555-0123",
				"quinn.private@example.org", "bellevue", "iv-infusions", "text", "morning",
				"Nothing has helped so far.", true, "", form.formToken(), form.submissionKey(), "203.0.113.9",
				"Mozilla/5.0 test"));
		String reference = ((SubmissionResult.Accepted) result).receipt().referenceCode();

		MimeMessage notice = await().atMost(Duration.ofSeconds(10)).until(() -> Arrays
			.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).contains(reference))
			.findFirst()
			.orElse(null), m -> m != null);

		assertThat(subject(notice)).isEqualTo("New consultation request " + reference + " for Bellevue");
		assertThat(notice.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("bellevue-intake@example.org");
		assertThat(GreenMailUtil.getBody(notice)).contains("/staff/consultations", reference)
			.doesNotContain("Quinn", "Private", "555", "quinn.private", "Nothing has helped");
		long id = jdbc.sql("select id from consultation_request where reference_code = ?").param(reference)
			.query(Long.class).single();
		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(jdbc
			.sql("select status from outbound_message where message_key = ?").param("consultation-ack:" + id)
			.query(String.class).optional().orElse("")));
		var texts = jdbc.sql("select body from outbound_message where channel = 'SMS' and conversation = ?")
			.param("consultation-request:" + id).query(String.class).list();
		assertThat(texts).as("exactly one acknowledgement").hasSize(1);
		assertThat(texts.get(0)).contains("A care coordinator will call or text you soon", "Reply STOP")
			.doesNotContain("depression", "infusion", "Quinn");
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

package org.ketamineclinic.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** A new request reaches the clinic's intake team by e-mail at once, with nothing personal in it (real SMTP). */
@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
@Import(ClinicIntegrationTest.Support.class)
class IntakeNotificationTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	TestClock clock;

	@Test
	void theClinicsIntakeTeamHearsOfANewRequestWithoutItsDetails() throws Exception {
		var receipt = submit("Morgan", "(425) 555-0133", "morgan.intake@example.org", "bellevue",
				"I have tried four medicines");

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length == 1);
		MimeMessage mail = smtp.getReceivedMessages()[0];
		String body = GreenMailUtil.getBody(mail);
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("intake.bellevue@example.org");
		assertThat(mail.getSubject()).isEqualTo("New consultation request " + receipt.referenceCode() + " for Bellevue");
		assertThat(body).contains("/staff/consultations");
		assertThat(mail.getSubject() + body).doesNotContain("Morgan")
			.doesNotContain("555-0133")
			.doesNotContain("morgan.intake")
			.doesNotContain("medicines");
	}

	@Test
	void aVirtualRequestGoesToTheCentralIntakeAddress() throws Exception {
		var receipt = submit("Riley", "(206) 555-0166", "riley.intake@example.org", "virtual", "");

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length == 1);
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("intake@example.org");
		assertThat(mail.getSubject()).contains(receipt.referenceCode());
	}

	private ConsultationReceipt submit(String name, String phone, String email, String location, String message) {
		var form = consultations.newForm();
		clock.advance(Duration.ofMinutes(1));
		var result = consultations.submit(new ConsultationSubmission(name, "T", phone, email, location, "iv-infusions",
				"phone", "any", message, false, "", form.formToken(), form.submissionKey(), "198.51.100.7", "test"));
		assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
		return ((SubmissionResult.Accepted) result).receipt();
	}
}

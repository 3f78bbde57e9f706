package org.ketamineclinic.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * The mail module's API. With {@code spring.mail.host} set, mail goes to that SMTP server; without it (development)
 * the message is written to the log instead, so a newcomer can follow an invitation link without a mail server.
 */
@Service
@EnableConfigurationProperties(MailProperties.class)
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JavaMailSender sender;

	private final MailProperties properties;

	Mailer(ObjectProvider<JavaMailSender> sender, MailProperties properties) {
		this.sender = sender.getIfAvailable();
		this.properties = properties;
	}

	/** Sends now; throws {@link MailNotSent} when the SMTP server refuses or cannot be reached. */
	public void send(OutgoingMail mail) {
		if (sender == null && mail.toPatient()) {
			// A patient's address and appointment are health information: they stay in the outbox, not in logs.
			log.warn("No SMTP server configured (spring.mail.host): an e-mail to a patient was not sent (see the "
					+ "development outbox).");
			return;
		}
		if (sender == null) {
			log.warn("No SMTP server configured (spring.mail.host): this e-mail is written to the log instead.\n"
					+ "To: {}\nSubject: {}\n\n{}", mail.to(), mail.subject(), mail.body());
			return;
		}
		try {
			if (mail.attachment() == null) {
				var message = new SimpleMailMessage();
				message.setFrom(properties.from());
				message.setTo(mail.to());
				message.setSubject(mail.subject());
				message.setText(mail.body());
				sender.send(message);
			}
			else {
				sender.send(withAttachment(mail));
			}
		}
		catch (MailException ex) {
			throw new MailNotSent(ex);
		}
	}

	private MimeMessage withAttachment(OutgoingMail mail) {
		try {
			MimeMessage message = sender.createMimeMessage();
			var helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(properties.from());
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
			var file = mail.attachment();
			helper.addAttachment(file.fileName(),
					new ByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8)), file.contentType());
			return message;
		}
		catch (MessagingException ex) {
			throw new MailNotSent(ex);
		}
	}

	public boolean sendsForReal() {
		return sender != null;
	}

	/** The e-mail did not leave: the caller decides whether to retry or to tell the person. */
	public static class MailNotSent extends RuntimeException {

		MailNotSent(Throwable cause) {
			super("The e-mail could not be sent: " + cause.getMessage(), cause);
		}
	}
}

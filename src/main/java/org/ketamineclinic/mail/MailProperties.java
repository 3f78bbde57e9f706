package org.ketamineclinic.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the platform's e-mail comes from ({@code clinic.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param from sender address
 */
@ConfigurationProperties("clinic.mail")
record MailProperties(@DefaultValue("no-reply@example.org") String from) {
}

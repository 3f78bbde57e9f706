package org.ketamineclinic.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MessagingProperties.class, TwilioProperties.class })
class MessagingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

	/** Twilio when an account is configured; otherwise texts stay in the outbox for the "Dev outbox" page. */
	@Bean
	SmsGateway smsGateway(TwilioProperties twilio) {
		if (twilio.configured()) {
			return new TwilioGateway(twilio);
		}
		log.warn("No Twilio account configured (clinic.messaging.twilio.*): texts are kept in the outbox and shown "
				+ "on /staff/dev-outbox instead of being sent.");
		return new DevSmsGateway();
	}

	@Bean
	StatusCallbackUrl statusCallbackUrl(TwilioProperties twilio) {
		return new StatusCallbackUrl(twilio.configured() ? twilio.statusCallbackUrl() : null);
	}
}

package org.ketamineclinic.messaging;

import java.util.UUID;

/**
 * Used when no Twilio account is configured (development): accepts every text without sending it anywhere. The
 * messages stay in the outbox, where the staff "Dev outbox" page shows them, like a mail catcher.
 */
class DevSmsGateway implements SmsGateway {

	@Override
	public Result send(OutgoingSms sms) {
		return new Result.Accepted("DEV" + UUID.randomUUID().toString().replace("-", ""), "delivered");
	}

	@Override
	public String name() {
		return "development";
	}
}

package org.ketamineclinic.messaging;

/** Hands one text message to an SMS provider. Implementations never retry: the dispatcher decides that. */
public interface SmsGateway {

	/**
	 * @param to             recipient, E.164
	 * @param body           the text
	 * @param statusCallback where the provider reports delivery, or null
	 */
	record OutgoingSms(String to, String body, String statusCallback) {

		@Override
		public String toString() {
			return "OutgoingSms[hidden]";
		}
	}

	/** What the provider answered. */
	sealed interface Result {

		/** Accepted; {@code providerId} is the provider's message id (Twilio's MessageSid). */
		record Accepted(String providerId, String status) implements Result {
		}

		/** Not accepted, worth trying again later (HTTP 5xx, 429, connection refused): nothing was sent. */
		record Transient(String reason) implements Result {
		}

		/**
		 * The request may have reached the provider but no answer came (a read time-out, a dropped connection): the
		 * text may or may not be on its way. Not retried automatically, so that nobody is texted twice.
		 */
		record Uncertain(String reason) implements Result {
		}

		/** Refused for good (bad number, account problem); {@code code} is the provider's error code, if any. */
		record Permanent(String reason, Integer code) implements Result {

			/** Twilio error 21610: the recipient replied STOP to this sender; they have opted out. */
			public boolean recipientOptedOut() {
				return code != null && code == 21610;
			}
		}
	}

	/** Whether the provider has a message, asked after a call whose answer never came. */
	sealed interface Lookup {

		/** It has it: the call did go through; {@code providerId} is its id there. */
		record Found(String providerId, String status) implements Lookup {
		}

		/** It answered, and has no such message: the call never reached it, and sending again texts nobody twice. */
		record NotFound() implements Lookup {
		}

		/** No answer to tell by (still unreachable, or this provider cannot be asked): ask again later. */
		record Unknown(String reason) implements Lookup {
		}
	}

	Result send(OutgoingSms sms);

	/**
	 * Looks for {@code sms} among the messages the provider took since {@code since} (never one of
	 * {@code alreadyRecorded}, the provider ids this platform has on other messages): for a call that timed out, so
	 * that the message is neither lost nor sent twice.
	 */
	default Lookup lookUp(OutgoingSms sms, java.time.Instant since, java.util.Set<String> alreadyRecorded) {
		return new Lookup.Unknown(name() + " cannot be asked about a message");
	}

	/** A short name for logs and the staff screens ("twilio", "development"). */
	String name();
}

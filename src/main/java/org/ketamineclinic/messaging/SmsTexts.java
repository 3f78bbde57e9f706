package org.ketamineclinic.messaging;

import org.ketamineclinic.web.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * The words of the texts the platform sends by itself: short (one SMS segment where possible), the clinic's name in
 * each, nothing about anyone's health, and the STOP/HELP wording where a conversation starts (CTIA).
 */
@Component
public class SmsTexts {

	private final SiteSettings site;

	SmsTexts(SiteSettings site) {
		this.site = site;
	}

	/** The first text after a consultation request with consent. */
	public String acknowledgement() {
		return "Thanks for contacting " + site.brandName() + ". A care coordinator will call or text you soon. "
				+ "Reply STOP to opt out, HELP for help.";
	}

	/**
	 * @param label what the button says
	 * @param text  the text sent
	 */
	public record Template(String label, String text) {
	}

	/** Ready replies for coordinators: short, the clinic named, nothing about health. */
	public java.util.List<Template> replyTemplates() {
		return java.util.List.of(
				new Template("We tried to call", "Hi, this is " + site.brandName() + ". We tried to call you about "
						+ "your consultation request. When is a good time to reach you?"),
				new Template("Please call us", "Hi, this is " + site.brandName() + ". Please call us at "
						+ site.mainPhoneDisplay() + " when it suits you."),
				new Template("Consultation booked", "Hi, this is " + site.brandName() + ". Your free consultation is "
						+ "booked. Reply or call " + site.mainPhoneDisplay() + " if the time no longer suits you."));
	}

	String optedOut() {
		return site.brandName() + ": you are unsubscribed and will get no more texts from us. Reply START to "
				+ "subscribe again.";
	}

	String optedIn() {
		return site.brandName() + ": you will get care texts from us again. Msg & data rates may apply. Reply STOP "
				+ "to opt out.";
	}

	String help() {
		return site.smsProgramName() + ": for help call " + site.mainPhoneDisplay() + ". Msg frequency varies. "
				+ "Msg & data rates may apply. Reply STOP to opt out.";
	}
}

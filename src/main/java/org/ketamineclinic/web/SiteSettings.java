package org.ketamineclinic.web;

import java.util.Map;

import org.ketamineclinic.content.TextPlaceholders;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What makes the platform one clinic's site: its name, phone and SMS program. Set under {@code clinic.site.*}, so
 * another clinic runs the same software under its own name.
 *
 * @param brandName      the clinic's name
 * @param mainPhone      the number people call (E.164)
 * @param smsProgramName the SMS program's name, as the disclosure and the HELP reply print it
 * @param privacyEmail   where people write about their data
 * @param baseUrl        the public address, for canonical links, the sitemap and structured data
 * @param crisis         the crisis resources every page shows
 * @param phoneRegion    region for phone numbers typed without a country code
 */
@ConfigurationProperties("clinic.site")
public record SiteSettings(@DefaultValue("Northwest Ketamine Clinics") String brandName,
		@DefaultValue("+12065550100") String mainPhone,
		@DefaultValue("Northwest Ketamine Clinics care messages") String smsProgramName,
		@DefaultValue("privacy@example.org") String privacyEmail,
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue Crisis crisis,
		@DefaultValue("US") String phoneRegion) implements TextPlaceholders {

	public SiteSettings {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Crisis resources, shown on every page and first on pages that mention suicide.
	 *
	 * @param text      the sentence people read
	 * @param lifeline  number to call or text (988 in the US)
	 * @param emergency emergency number (911 in the US)
	 */
	public record Crisis(
			@DefaultValue("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) or call 911.") String text,
			@DefaultValue("988") String lifeline, @DefaultValue("911") String emergency) {
	}

	public String absolute(String path) {
		return baseUrl + path;
	}

	/** "(206) 555-0100" for people to read. */
	public String mainPhoneDisplay() {
		return org.ketamineclinic.shared.PhoneNumber.parse(mainPhone, phoneRegion)
			.map(org.ketamineclinic.shared.PhoneNumber::national)
			.orElse(mainPhone);
	}

	public String mainPhoneHref() {
		return "tel:" + mainPhone;
	}

	@Override
	public Map<String, String> values() {
		return Map.of("brandName", brandName, "mainPhone", mainPhoneDisplay(), "smsProgramName", smsProgramName,
				"privacyEmail", privacyEmail);
	}
}

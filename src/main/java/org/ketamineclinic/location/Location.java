package org.ketamineclinic.location;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.ketamineclinic.shared.PhoneNumber;

/**
 * A clinic people can visit.
 *
 * @param slug        identifier, also the page's path
 * @param title       short name ("Seattle")
 * @param name        full name ("Northwest Ketamine Clinics – Seattle")
 * @param description meta description
 * @param address     postal address
 * @param phone       the clinic's phone number
 * @param zone        the clinic's time zone: every time at this clinic is shown in it
 * @param latitude    for structured data, or null
 * @param longitude   for structured data, or null
 * @param hours       opening hours, Monday first; days not listed are closed
 * @param parking     where to park
 * @param transit     how to come by public transport
 * @param bodyHtml    about the clinic (rendered Markdown)
 * @param updatedAt   last change
 */
public record Location(String slug, String title, String name, String description, Address address,
		PhoneNumber phone, ZoneId zone, Double latitude, Double longitude, List<OpeningHours> hours, String parking,
		String transit, String bodyHtml, Instant updatedAt) {

	/**
	 * @param street      street and number
	 * @param city        city
	 * @param region      state
	 * @param postalCode  ZIP code
	 * @param country     ISO country code
	 */
	public record Address(String street, String city, String region, String postalCode, String country) {

		public String oneLine() {
			return street + ", " + city + ", " + region + " " + postalCode;
		}
	}

	/** A plain link to a map (no embedded third-party map, so nothing is requested until the person clicks). */
	public String mapUrl() {
		return "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(address.oneLine(), StandardCharsets.UTF_8);
	}

	public Optional<OpeningHours> hoursOn(DayOfWeek day) {
		return hours.stream().filter(h -> h.day() == day).findFirst();
	}

	public boolean isOpenAt(Instant instant) {
		ZonedDateTime local = instant.atZone(zone);
		return hoursOn(local.getDayOfWeek())
			.filter(h -> !local.toLocalTime().isBefore(h.opens()) && local.toLocalTime().isBefore(h.closes()))
			.isPresent();
	}

	/** When the clinic next opens after {@code instant} (its own local time), or empty when it has no hours. */
	public Optional<ZonedDateTime> nextOpening(Instant instant) {
		ZonedDateTime local = instant.atZone(zone);
		for (int days = 0; days <= 7; days++) {
			ZonedDateTime date = local.plusDays(days);
			var open = hoursOn(date.getDayOfWeek()).map(h -> date.with(h.opens()));
			if (open.isPresent() && open.get().isAfter(local)) {
				return open;
			}
		}
		return Optional.empty();
	}
}

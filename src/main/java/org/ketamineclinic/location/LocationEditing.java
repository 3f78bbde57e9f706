package org.ketamineclinic.location;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.ketamineclinic.content.EditableContent;
import org.ketamineclinic.content.Markdown;
import org.ketamineclinic.shared.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The location module's API for editors: a clinic as title, text and structured fields (address, phone, time zone,
 * opening hours, parking, transit), checked before it is published. Publishing keeps the seed loader from
 * overwriting the edit, and moves the locations' revision after commit so every page shows it at once.
 */
@Service
public class LocationEditing {

	public static final String KIND = "location";

	private final JdbcClient jdbc;

	private final Locations locations;

	private final Markdown markdown;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	LocationEditing(JdbcClient jdbc, Locations locations, Markdown markdown) {
		this.jdbc = jdbc;
		this.locations = locations;
		this.markdown = markdown;
	}

	public Optional<EditableContent> load(String slug) {
		return jdbc.sql("""
				select slug, title, name, description, street, city, region, postal_code, country, phone_e164,
				       time_zone, latitude, longitude, hours::text as hours, details::text as details, body_md, sort_order
				from clinic_location where slug = ?""")
			.param(slug)
			.query((rs, n) -> {
				ObjectNode fields = json.createObjectNode();
				fields.put("name", rs.getString("name"));
				fields.put("street", rs.getString("street"));
				fields.put("city", rs.getString("city"));
				fields.put("region", rs.getString("region"));
				fields.put("postalCode", rs.getString("postal_code"));
				fields.put("country", rs.getString("country"));
				fields.put("phone", rs.getString("phone_e164"));
				fields.put("timeZone", rs.getString("time_zone"));
				fields.put("latitude", rs.getBigDecimal("latitude"));
				fields.put("longitude", rs.getBigDecimal("longitude"));
				fields.set("hours", json.readTree(rs.getString("hours")));
				JsonNode details = json.readTree(rs.getString("details"));
				fields.put("parking", details.path("parking").asString(""));
				fields.put("transit", details.path("transit").asString(""));
				return new EditableContent(KIND, rs.getString("slug"), rs.getString("title"),
						rs.getString("description"), json.writeValueAsString(fields), rs.getString("body_md"), null,
						rs.getInt("sort_order"));
			})
			.optional();
	}

	/** What is wrong with this version of a clinic, by field, in words; empty when it can be published. */
	public Map<String, String> problems(EditableContent clinic) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (clinic.title() == null || clinic.title().isBlank() || clinic.title().length() > 100) {
			problems.put("title", "Give the clinic a short name of up to 100 characters (\"Bellevue\").");
		}
		JsonNode fields;
		try {
			fields = json.readTree(clinic.frontMatter() == null ? "" : clinic.frontMatter());
		}
		catch (JacksonException ex) {
			problems.put("frontMatter", "The structured fields are not valid JSON: " + ex.getOriginalMessage());
			return problems;
		}
		for (String required : new String[] { "name", "street", "city", "region", "postalCode" }) {
			if (fields.path(required).asString("").isBlank()) {
				problems.put("frontMatter", "The clinic's \"" + required + "\" is missing.");
				return problems;
			}
		}
		if (PhoneNumber.parse(fields.path("phone").asString(""), "US").isEmpty()) {
			problems.put("frontMatter", "The phone number is not a valid US number.");
		}
		try {
			ZoneId.of(fields.path("timeZone").asString(""));
		}
		catch (DateTimeException ex) {
			problems.put("frontMatter", "The time zone is not known (use a name like \"America/Los_Angeles\").");
		}
		String hours = hoursProblem(fields.path("hours"));
		if (hours != null) {
			problems.put("frontMatter", hours);
		}
		return problems;
	}

	/** Replaces the clinic's live details; the caller checked {@link #problems} first. */
	@Transactional
	public void publish(EditableContent clinic) {
		JsonNode fields = json.readTree(clinic.frontMatter());
		ObjectNode details = json.createObjectNode();
		details.put("parking", fields.path("parking").asString(""));
		details.put("transit", fields.path("transit").asString(""));
		int updated = jdbc.sql("""
				update clinic_location set title = :title, name = :name, description = :description, street = :street,
				    city = :city, region = :region, postal_code = :postalCode, country = :country, phone_e164 = :phone,
				    time_zone = :zone, latitude = :latitude, longitude = :longitude, hours = cast(:hours as jsonb),
				    details = cast(:details as jsonb), body_md = :body, sort_order = :order
				where slug = :slug""")
			.param("title", clinic.title().strip())
			.param("name", fields.path("name").asString().strip())
			.param("description", clinic.description() == null ? "" : clinic.description())
			.param("street", fields.path("street").asString().strip())
			.param("city", fields.path("city").asString().strip())
			.param("region", fields.path("region").asString().strip())
			.param("postalCode", fields.path("postalCode").asString().strip())
			.param("country", fields.path("country").asString("US").isBlank() ? "US" : fields.path("country").asString())
			.param("phone", PhoneNumber.parse(fields.path("phone").asString(""), "US").orElseThrow().e164())
			.param("zone", fields.path("timeZone").asString())
			.param("latitude", decimal(fields.path("latitude")))
			.param("longitude", decimal(fields.path("longitude")))
			.param("hours", json.writeValueAsString(fields.path("hours")))
			.param("details", json.writeValueAsString(details))
			.param("body", clinic.bodyMd() == null ? "" : clinic.bodyMd())
			.param("order", clinic.sortOrder())
			.param("slug", clinic.slug())
			.update();
		if (updated != 1) {
			throw new IllegalArgumentException("No clinic called " + clinic.slug());
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				locations.refreshRevision();
			}
		});
	}

	public String previewHtml(String bodyMd) {
		return markdown.html(bodyMd == null ? "" : bodyMd);
	}

	private static String hoursProblem(JsonNode hours) {
		if (!hours.isObject()) {
			return "Opening hours must look like {\"monday\": [\"08:00\", \"17:00\"], …}.";
		}
		for (var entry : hours.properties()) {
			try {
				DayOfWeek.valueOf(entry.getKey().toUpperCase(Locale.ROOT));
				JsonNode span = entry.getValue();
				LocalTime opens = LocalTime.parse(span.path(0).asString(""));
				LocalTime closes = LocalTime.parse(span.path(1).asString(""));
				if (!closes.isAfter(opens)) {
					return "On " + entry.getKey() + " the clinic must close after it opens.";
				}
			}
			catch (IllegalArgumentException | DateTimeException ex) {
				return "Opening hours for \"" + entry.getKey() + "\" must be a weekday with [\"HH:MM\", \"HH:MM\"].";
			}
		}
		return null;
	}

	private static BigDecimal decimal(JsonNode node) {
		return node.isNumber() ? node.decimalValue() : null;
	}
}

package org.ketamineclinic.location;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ketamineclinic.content.Markdown;
import org.ketamineclinic.shared.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads {@code clinic_location} rows into {@link Location}s. */
@Repository
class LocationRows {

	private final JdbcClient jdbc;

	private final Markdown markdown;

	private final JsonMapper json = JsonMapper.builder().build();

	LocationRows(JdbcClient jdbc, Markdown markdown) {
		this.jdbc = jdbc;
		this.markdown = markdown;
	}

	List<Location> all() {
		return jdbc.sql("select *, hours::text as hours_json, details::text as details_json from clinic_location "
				+ "order by sort_order, slug").query(this::map).list();
	}

	long revision() {
		return jdbc.sql("select last_value + case when is_called then 1 else 0 end from location_revision_seq")
			.query(Long.class)
			.single();
	}

	private Location map(ResultSet rs, int row) throws SQLException {
		JsonNode details = json.readTree(rs.getString("details_json"));
		var address = new Location.Address(rs.getString("street"), rs.getString("city"), rs.getString("region"),
				rs.getString("postal_code"), rs.getString("country"));
		return new Location(rs.getString("slug"), rs.getString("title"), rs.getString("name"),
				rs.getString("description"), address, new PhoneNumber(rs.getString("phone_e164")),
				ZoneId.of(rs.getString("time_zone")), number(rs.getBigDecimal("latitude")),
				number(rs.getBigDecimal("longitude")), hours(json.readTree(rs.getString("hours_json"))),
				details.path("parking").asString(""), details.path("transit").asString(""),
				markdown.html(rs.getString("body_md")), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private static List<OpeningHours> hours(JsonNode hours) {
		List<OpeningHours> list = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			JsonNode span = hours.path(day.name().toLowerCase(Locale.ROOT));
			if (span.isArray() && span.size() == 2) {
				list.add(new OpeningHours(day, LocalTime.parse(span.get(0).asString()),
						LocalTime.parse(span.get(1).asString())));
			}
		}
		return list;
	}

	private static Double number(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}
}

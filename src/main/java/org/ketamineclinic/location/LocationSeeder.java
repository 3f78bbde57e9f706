package org.ketamineclinic.location;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.ketamineclinic.content.SeedFile;
import org.ketamineclinic.content.SeedFiles;
import org.ketamineclinic.shared.PhoneNumber;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the clinics from {@code content/locations/*.md} at start, with the same rule as the content module: a file
 * already loaded changes nothing, and a clinic edited in the database keeps its edit.
 */
@Component
@Order(1)
class LocationSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LocationSeeder.class);

	private final JdbcClient jdbc;

	private final Locations locations;

	private final ClinicSpaces spaces;

	private final JsonMapper json = JsonMapper.builder().build();

	LocationSeeder(JdbcClient jdbc, Locations locations, ClinicSpaces spaces) {
		this.jdbc = jdbc;
		this.locations = locations;
		this.spaces = spaces;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		jdbc.sql("select set_config('clinic.content_loader', 'on', true)").query().singleValue();
		int written = 0;
		var files = SeedFiles.in("locations");
		for (SeedFile file : files) {
			written += upsert(file);
			spaces.ensureSpaces(file.slug(), file.number("chairs", 0), file.number("rooms", 0));
		}
		locations.refreshRevision();
		log.info("Locations seeded: {} files, {} loaded or updated", files.size(), written);
	}

	private int upsert(SeedFile file) {
		var phone = PhoneNumber.parse(file.text("phone"), "US")
			.orElseThrow(() -> new IllegalStateException("Bad phone number in " + file.path()));
		Object hours = file.frontMatter().getOrDefault("hours", Map.of());
		var details = Map.of("parking", file.text("parking"), "transit", file.text("transit"));
		return jdbc.sql("""
				insert into clinic_location (slug, title, name, description, street, city, region, postal_code,
				    country, phone_e164, time_zone, latitude, longitude, hours, details, body_md, sort_order,
				    source_checksum)
				values (:slug, :title, :name, :description, :street, :city, :region, :postalCode, :country, :phone,
				    :zone, :latitude, :longitude, cast(:hours as jsonb), cast(:details as jsonb), :body, :order,
				    :checksum)
				on conflict (slug) do update set
				    title = excluded.title, name = excluded.name, description = excluded.description,
				    street = excluded.street, city = excluded.city, region = excluded.region,
				    postal_code = excluded.postal_code, country = excluded.country, phone_e164 = excluded.phone_e164,
				    time_zone = excluded.time_zone, latitude = excluded.latitude, longitude = excluded.longitude,
				    hours = excluded.hours, details = excluded.details, body_md = excluded.body_md,
				    sort_order = excluded.sort_order, source_checksum = excluded.source_checksum
				where clinic_location.source_checksum <> excluded.source_checksum and not clinic_location.locally_edited
				""")
			.param("slug", file.slug())
			.param("title", file.text("title"))
			.param("name", file.text("name"))
			.param("description", file.text("description"))
			.param("street", file.text("street"))
			.param("city", file.text("city"))
			.param("region", file.text("region"))
			.param("postalCode", file.text("postalCode"))
			.param("country", file.text("country").isEmpty() ? "US" : file.text("country"))
			.param("phone", phone.e164())
			.param("zone", file.text("timeZone"))
			.param("latitude", decimal(file, "latitude"))
			.param("longitude", decimal(file, "longitude"))
			.param("hours", json.writeValueAsString(hours))
			.param("details", json.writeValueAsString(details))
			.param("body", file.body())
			.param("order", file.number("order", 0))
			.param("checksum", file.checksum())
			.update();
	}

	private static java.math.BigDecimal decimal(SeedFile file, String key) {
		return file.frontMatter().get(key) instanceof Number n ? new java.math.BigDecimal(n.toString()) : null;
	}
}

package org.ketamineclinic.treatment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Treatment settings as the application binds them (no Spring context): the defaults of {@link TreatmentProperties},
 * with any setting changed as a clinic would in application.yaml, so tests read the same names.
 */
final class TreatmentSettings {

	private TreatmentSettings() {
	}

	static TreatmentProperties defaults() {
		return with();
	}

	/** The defaults with these settings changed, each "dose.ceiling-mg-per-kg=1.5" under clinic.treatment. */
	static TreatmentProperties with(String... settings) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String setting : settings) {
			String[] keyAndValue = setting.split("=", 2);
			values.put("clinic.treatment." + keyAndValue[0], keyAndValue[1]);
		}
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("clinic.treatment",
				TreatmentProperties.class);
	}
}

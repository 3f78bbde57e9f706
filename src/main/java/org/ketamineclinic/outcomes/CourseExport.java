package org.ketamineclinic.outcomes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.patient.PatientManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every course as a CSV row, for analysis elsewhere. De-identified: no record number, a study number that changes with
 * every export (so two exports cannot be joined on it), the year of the first infusion and days counted from it;
 * no other date (HIPAA safe harbor, 45 CFR 164.514(b)(2)). Identified: the medical record number and the dates.
 * Dates are the clinic's. Either way the export is recorded in the audit trail.
 */
@Service
public class CourseExport {

	static final String DEIDENTIFIED_HEADER = "study_number,start_year,clinic,program,mg_per_kg,planned_infusions,"
			+ "infusions_given,baseline,end_of_series_score,follow_up_score,response_end_of_series,"
			+ "remission_end_of_series,response_follow_up,remission_follow_up,days_to_response,last_measured_day,"
			+ "synthetic";

	static final String IDENTIFIED_HEADER = "medical_record_number,first_infusion,last_infusion,clinic,program,"
			+ "mg_per_kg,planned_infusions,infusions_given,baseline,end_of_series_score,follow_up_score,"
			+ "response_end_of_series,remission_end_of_series,response_follow_up,remission_follow_up,"
			+ "days_to_response,last_measured_day,synthetic";

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Definition definition;

	private final PatientManagement patients;

	private final Auditor auditor;

	private final Locations locations;

	CourseExport(JdbcClient jdbc, Definition definition, PatientManagement patients, Auditor auditor,
			Locations locations) {
		this.locations = locations;
		this.jdbc = jdbc;
		this.definition = definition;
		this.patients = patients;
		this.auditor = auditor;
	}

	/** Writes the courses; the audit record and the rows are one transaction, so no export goes unrecorded. */
	@Transactional
	public void write(boolean deidentified, Writer out) {
		auditor.record(AuditAction.EXPORT, "outcomes", "courses", deidentified ? "de-identified" : "identified");
		String salt = HexFormat.of().formatHex(random.generateSeed(16));
		List<Course> courses = new ArrayList<>();
		jdbc.sql("""
				select patient_id, synthetic, location, program, mg_per_kg, planned_infusions, infusions_given,
				       first_infusion_at, last_infusion_at, baseline_score, end_score, follow_up_score, response_day,
				       last_measured_day
				from outcome_course order by %s""".formatted(deidentified ? "md5(patient_id || ?)" : "first_infusion_at, patient_id"))
			.params(deidentified ? List.of(salt) : List.of())
			.query(rs -> {
				courses.add(new Course(rs.getLong("patient_id"), rs.getBoolean("synthetic"), rs.getString("location"),
						rs.getString("program"), rs.getBigDecimal("mg_per_kg").stripTrailingZeros().toPlainString(),
						rs.getInt("planned_infusions"), rs.getInt("infusions_given"),
						rs.getTimestamp("first_infusion_at").toInstant(), rs.getTimestamp("last_infusion_at").toInstant(),
						(Integer) rs.getObject("baseline_score"), (Integer) rs.getObject("end_score"),
						(Integer) rs.getObject("follow_up_score"), (Integer) rs.getObject("response_day"),
						(Integer) rs.getObject("last_measured_day")));
			});
		Map<Long, String> numbers = deidentified ? Map.of()
				: patients.recordNumbers(courses.stream().filter(c -> !c.synthetic()).map(Course::patientId).toList());
		try {
			out.write((deidentified ? DEIDENTIFIED_HEADER : IDENTIFIED_HEADER) + "\r\n");
			int study = 0;
			for (Course c : courses) {
				ZoneId zone = locations.bySlug(c.location()).map(Location::zone).orElse(ZoneOffset.UTC);
				List<Object> row = new ArrayList<>();
				if (deidentified) {
					row.add(++study);
					row.add(c.firstInfusion().atZone(zone).getYear());
				}
				else {
					row.add(c.synthetic() ? "synthetic" : numbers.getOrDefault(c.patientId(), ""));
					row.add(c.firstInfusion().atZone(zone).toLocalDate());
					row.add(c.lastInfusion().atZone(zone).toLocalDate());
				}
				row.addAll(List.of(c.location(), c.program(), c.mgPerKg(), c.planned(), c.given()));
				row.add(blank(c.baseline()));
				row.add(blank(c.endScore()));
				row.add(blank(c.followUpScore()));
				row.add(flag(definition.responds(c.baseline(), c.endScore())));
				row.add(flag(definition.remits(c.endScore())));
				row.add(flag(definition.responds(c.baseline(), c.followUpScore())));
				row.add(flag(definition.remits(c.followUpScore())));
				row.add(blank(c.responseDay()));
				row.add(blank(c.lastMeasuredDay()));
				row.add(c.synthetic());
				out.write(String.join(",", row.stream().map(String::valueOf).toList()) + "\r\n");
			}
			out.flush();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static Object blank(Integer value) {
		return value == null ? "" : value;
	}

	/** "true", "false", or empty when it cannot be told (no baseline, or not measured). */
	private static Object flag(Boolean value) {
		return value == null ? "" : value;
	}

	private record Course(long patientId, boolean synthetic, String location, String program, String mgPerKg,
			int planned, int given, java.time.Instant firstInfusion, java.time.Instant lastInfusion, Integer baseline,
			Integer endScore, Integer followUpScore, Integer responseDay, Integer lastMeasuredDay) {
	}
}

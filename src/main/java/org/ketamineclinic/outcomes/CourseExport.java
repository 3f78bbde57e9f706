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
import org.ketamineclinic.database.ReportsDatabase;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.patient.PatientManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every course as a CSV row, for analysis elsewhere. De-identified: no record number, a study number that changes with
 * every export (so two exports cannot be joined on it), the year of the first infusion and days counted from it;
 * no other date (HIPAA safe harbor, 45 CFR 164.514(b)(2)). Identified: the medical record number and the dates.
 * Dates are the clinic's. Either way the export is recorded in the audit trail. The courses are read from the reports
 * database (a read replica when there is one); the record numbers and the audit record are the primary's.
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

	private final ReportsDatabase reports;

	private final Definition definition;

	private final PatientManagement patients;

	private final Auditor auditor;

	private final Locations locations;

	CourseExport(ReportsDatabase reports, Definition definition, PatientManagement patients, Auditor auditor,
			Locations locations) {
		this.locations = locations;
		this.reports = reports;
		this.definition = definition;
		this.patients = patients;
		this.auditor = auditor;
	}

	/**
	 * Reads the courses, records the export, then writes them. The download starts only once the rows are read, so
	 * a reports database that cannot answer gets the manager an explanation rather than a file holding one; the
	 * audit record commits before the first row goes out, so no export goes unrecorded. No transaction around it:
	 * the primary's connection is not held while the report reads.
	 *
	 * @throws org.ketamineclinic.database.ReportsUnavailable when the reports database cannot answer
	 */
	public void write(boolean deidentified, Download download) {
		String salt = HexFormat.of().formatHex(random.generateSeed(16));
		List<Course> courses = reports.read(database -> courses(database, deidentified, salt));
		auditor.record(AuditAction.EXPORT, "outcomes", "courses", deidentified ? "de-identified" : "identified");
		Map<Long, String> numbers = deidentified ? Map.of()
				: patients.recordNumbers(courses.stream().filter(c -> !c.synthetic()).map(Course::patientId).toList());
		try {
			Writer out = download.start();
			out.write((deidentified ? DEIDENTIFIED_HEADER : IDENTIFIED_HEADER) + "\r\n");
			int study = 0;
			for (Course c : courses) {
				out.write(String.join(",", row(c, deidentified, ++study, numbers).stream().map(String::valueOf)
					.toList()) + "\r\n");
			}
			out.flush();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static List<Course> courses(JdbcClient database, boolean deidentified, String salt) {
		List<Course> courses = new ArrayList<>();
		database.sql("""
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
		return courses;
	}

	private List<Object> row(Course c, boolean deidentified, int study, Map<Long, String> numbers) {
		ZoneId zone = locations.bySlug(c.location()).map(Location::zone).orElse(ZoneOffset.UTC);
		List<Object> row = new ArrayList<>();
		if (deidentified) {
			row.add(study);
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
		return row;
	}

	private static Object blank(Integer value) {
		return value == null ? "" : value;
	}

	/** "true", "false", or empty when it cannot be told (no baseline, or not measured). */
	private static Object flag(Boolean value) {
		return value == null ? "" : value;
	}

	/** Where the rows go: opened only once there are rows to write (the HTTP response's headers and body). */
	@FunctionalInterface
	public interface Download {

		Writer start() throws IOException;
	}

	private record Course(long patientId, boolean synthetic, String location, String program, String mgPerKg,
			int planned, int given, java.time.Instant firstInfusion, java.time.Instant lastInfusion, Integer baseline,
			Integer endScore, Integer followUpScore, Integer responseDay, Integer lastMeasuredDay) {
	}
}

package org.ketamineclinic.patient;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chart's rows: the patient and its entry tables (V14). Staff are stored by id and shown by name. */
@Repository
class Patients {

	private static final String PATIENT_COLUMNS = """
			id, mrn, consultation_request, first_name, last_name, preferred_name, date_of_birth, sex_at_birth,
			gender_identity, pronouns, phone_e164, email, address_line, city, region, postal_code, home_clinic,
			height_cm, childbearing_potential, referring_name, referring_practice, referring_phone, referring_email,
			opened_at, opened_by, version""";

	private final JdbcClient jdbc;

	Patients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long request, String mrnPrefix, Demographics d, Instant at, long by) {
		long sequence = jdbc.sql("select nextval('patient_mrn_seq')").query(Long.class).single();
		return jdbc.sql("""
				insert into patient (mrn, consultation_request, first_name, last_name, preferred_name, date_of_birth,
				    sex_at_birth, gender_identity, pronouns, phone_e164, email, address_line, city, region, postal_code,
				    home_clinic, height_cm, childbearing_potential, referring_name, referring_practice, referring_phone,
				    referring_email, opened_at, opened_by, updated_at, updated_by)
				values (:mrn, :request, :first, :last, :preferred, :born, :sex, :gender, :pronouns, :phone, :email,
				    :address, :city, :region, :postal, :clinic, :height, :childbearing, :refName, :refPractice,
				    :refPhone, :refEmail, :at, :by, :at, :by)
				returning id""")
			.paramSource(demographics(d).addValue("mrn", MedicalRecordNumber.of(mrnPrefix, sequence))
				.addValue("request", request)
				.addValue("at", java.sql.Timestamp.from(at))
				.addValue("by", by))
			.query(Long.class)
			.single();
	}

	/** Refuses (false) when the chart changed since {@code version} was read. */
	boolean update(long id, int version, Demographics d, Instant at, long by) {
		return jdbc.sql("""
				update patient set first_name = :first, last_name = :last, preferred_name = :preferred,
				    date_of_birth = :born, sex_at_birth = :sex, gender_identity = :gender, pronouns = :pronouns,
				    phone_e164 = :phone, email = :email, address_line = :address, city = :city, region = :region,
				    postal_code = :postal, home_clinic = :clinic, height_cm = :height,
				    childbearing_potential = :childbearing, referring_name = :refName,
				    referring_practice = :refPractice, referring_phone = :refPhone, referring_email = :refEmail,
				    updated_at = :at, updated_by = :by, version = version + 1
				where id = :id and version = :version""")
			.paramSource(demographics(d).addValue("at", java.sql.Timestamp.from(at))
				.addValue("by", by)
				.addValue("id", id)
				.addValue("version", version))
			.update() == 1;
	}

	Optional<Long> byRequest(long request) {
		return jdbc.sql("select id from patient where consultation_request = ?").param(request).query(Long.class)
			.optional();
	}

	boolean exists(long id) {
		return jdbc.sql("select count(*) from patient where id = ?").param(id).query(Integer.class).single() > 0;
	}

	java.util.Map<Long, String> recordNumbers(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> numbers = new java.util.HashMap<>();
		jdbc.sql("select id, mrn from patient where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(rs -> {
				numbers.put(rs.getLong("id"), rs.getString("mrn"));
			});
		return numbers;
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select " + PATIENT_COLUMNS + " from patient where id = ?")
			.param(id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** By last or first name (prefix), MRN or date of birth; newest first when nothing is asked. */
	List<PatientRow> search(String text, int limit) {
		String query = text == null ? "" : text.strip();
		String sql = "select id, mrn, first_name, preferred_name, last_name, date_of_birth, home_clinic from patient ";
		JdbcClient.StatementSpec statement;
		if (query.isEmpty()) {
			statement = jdbc.sql(sql + "order by opened_at desc limit :limit");
		}
		else if (query.matches("\\d{4}-\\d{2}-\\d{2}")) {
			statement = jdbc.sql(sql + "where date_of_birth = cast(:q as date) order by last_name limit :limit")
				.param("q", query);
		}
		else {
			statement = jdbc.sql(sql + """
					where upper(mrn) = upper(:q) or lower(last_name) like :prefix or lower(first_name) like :prefix
					   or lower(first_name || ' ' || last_name) like :prefix
					order by lower(last_name), lower(first_name) limit :limit""")
				.param("q", query)
				.param("prefix", query.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
		}
		return statement.param("limit", limit)
			.query((rs, n) -> new PatientRow(rs.getLong("id"), rs.getString("mrn"),
					(rs.getString("preferred_name") == null ? rs.getString("first_name") : rs.getString("preferred_name"))
							+ " " + rs.getString("last_name"),
					rs.getObject("date_of_birth", java.time.LocalDate.class), rs.getString("home_clinic")))
			.list();
	}

	List<Diagnosis> diagnoses(long patient, Function<Long, String> names) {
		return jdbc.sql("""
				select id, icd10, description, noted_at, noted_by, resolved_at from patient_diagnosis
				where patient_id = ? order by resolved_at nulls first, noted_at""")
			.param(patient)
			.query((rs, n) -> new Diagnosis(rs.getLong("id"), rs.getString("icd10"), rs.getString("description"),
					instant(rs, "noted_at"), names.apply(rs.getLong("noted_by")), rs.getTimestamp("resolved_at") != null))
			.list();
	}

	List<Medication> medications(long patient, Function<Long, String> names) {
		return jdbc.sql("""
				select id, name, dose, noted_at, noted_by, stopped_at from patient_medication
				where patient_id = ? order by stopped_at nulls first, noted_at""")
			.param(patient)
			.query((rs, n) -> new Medication(rs.getLong("id"), rs.getString("name"), rs.getString("dose"),
					instant(rs, "noted_at"), names.apply(rs.getLong("noted_by")), rs.getTimestamp("stopped_at") != null))
			.list();
	}

	List<Allergy> allergies(long patient, Function<Long, String> names) {
		return jdbc.sql("""
				select id, substance, reaction, severity, noted_at, noted_by from patient_allergy
				where patient_id = ? and removed_at is null order by noted_at""")
			.param(patient)
			.query((rs, n) -> new Allergy(rs.getLong("id"), rs.getString("substance"), rs.getString("reaction"),
					AllergySeverity.valueOf(rs.getString("severity")), instant(rs, "noted_at"),
					names.apply(rs.getLong("noted_by"))))
			.list();
	}

	List<Weighing> weights(long patient, int limit, Function<Long, String> names) {
		return jdbc.sql("""
				select id, weight_kg, measured_at, measured_by from patient_weight
				where patient_id = ? order by measured_at desc, id desc limit ?""")
			.params(patient, limit)
			.query((rs, n) -> new Weighing(rs.getLong("id"), rs.getBigDecimal("weight_kg"), instant(rs, "measured_at"),
					names.apply(rs.getLong("measured_by"))))
			.list();
	}

	List<Contact> contacts(long patient) {
		return jdbc.sql("""
				select id, kind, name, relationship, phone_e164 from patient_contact
				where patient_id = ? and removed_at is null order by kind, id""")
			.param(patient)
			.query((rs, n) -> new Contact(rs.getLong("id"), ContactKind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("relationship"), rs.getString("phone_e164")))
			.list();
	}

	List<ChartDocument> documents(long patient, Function<Long, String> names) {
		return jdbc.sql("""
				select id, kind, title, file_name, content_type, size_bytes, uploaded_at, uploaded_by
				from patient_document where patient_id = ? order by uploaded_at desc, id desc""")
			.param(patient)
			.query((rs, n) -> new ChartDocument(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getString("file_name"), rs.getString("content_type"),
					rs.getInt("size_bytes"), instant(rs, "uploaded_at"), names.apply(rs.getLong("uploaded_by"))))
			.list();
	}

	Optional<StoredDocument> document(long patient, long document) {
		return jdbc.sql("""
				select patient_id, file_name, content_type, content from patient_document
				where id = ? and patient_id = ?""")
			.params(document, patient)
			.query((rs, n) -> new StoredDocument(rs.getLong("patient_id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	/** Inserts one row into an entry table; the caller names the table and columns (never user input). */
	long insertEntry(String table, Map<String, Object> values) {
		String columns = String.join(", ", values.keySet());
		String params = values.keySet().stream().map(c -> ":" + c).collect(java.util.stream.Collectors.joining(", "));
		var statement = jdbc.sql("insert into " + table + " (" + columns + ") values (" + params + ") returning id");
		for (var value : values.entrySet()) {
			Object v = value.getValue() instanceof Instant at ? java.sql.Timestamp.from(at) : value.getValue();
			statement = statement.param(value.getKey(), v);
		}
		return statement.query(Long.class).single();
	}

	/** Ends an entry (stopped, resolved, removed): it stays on the chart with who ended it and when. */
	boolean endEntry(String table, String endedColumn, String byColumn, long patient, long entry, Instant at,
			long by) {
		return jdbc.sql("update " + table + " set " + endedColumn + " = :at, " + byColumn + " = :by"
				+ " where id = :id and patient_id = :patient and " + endedColumn + " is null")
			.param("at", java.sql.Timestamp.from(at))
			.param("by", by)
			.param("id", entry)
			.param("patient", patient)
			.update() == 1;
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource demographics(Demographics d) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("first", d.firstName())
			.addValue("last", d.lastName())
			.addValue("preferred", d.preferredName())
			.addValue("born", d.dateOfBirth())
			.addValue("sex", d.sexAtBirth().name())
			.addValue("gender", d.genderIdentity())
			.addValue("pronouns", d.pronouns())
			.addValue("phone", d.phone())
			.addValue("email", d.email())
			.addValue("address", d.addressLine())
			.addValue("city", d.city())
			.addValue("region", d.region())
			.addValue("postal", d.postalCode())
			.addValue("clinic", d.homeClinic())
			.addValue("height", d.heightCm())
			.addValue("childbearing", d.childbearingPotential())
			.addValue("refName", d.referringName())
			.addValue("refPractice", d.referringPractice())
			.addValue("refPhone", d.referringPhone())
			.addValue("refEmail", d.referringEmail());
	}

	private static Row row(ResultSet rs) throws SQLException {
		var d = new Demographics(rs.getString("first_name"), rs.getString("last_name"), rs.getString("preferred_name"),
				rs.getObject("date_of_birth", java.time.LocalDate.class), SexAtBirth.valueOf(rs.getString("sex_at_birth")),
				rs.getString("gender_identity"), rs.getString("pronouns"), rs.getString("phone_e164"),
				rs.getString("email"), rs.getString("address_line"), rs.getString("city"), rs.getString("region"),
				rs.getString("postal_code"), rs.getString("home_clinic"), rs.getBigDecimal("height_cm"),
				rs.getBoolean("childbearing_potential"), rs.getString("referring_name"),
				rs.getString("referring_practice"), rs.getString("referring_phone"), rs.getString("referring_email"));
		return new Row(rs.getLong("id"), rs.getString("mrn"), rs.getLong("consultation_request"), d,
				instant(rs, "opened_at"), rs.getLong("opened_by"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	record Row(long id, String mrn, long request, Demographics demographics, Instant openedAt, long openedBy,
			int version) {
	}

	static BigDecimal kg(BigDecimal value) {
		return value.setScale(1, java.math.RoundingMode.HALF_UP);
	}
}

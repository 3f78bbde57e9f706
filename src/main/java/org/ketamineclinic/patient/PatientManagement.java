package org.ketamineclinic.patient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.RequestContact;
import org.ketamineclinic.consultation.RequestStatus;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient chart: opened from a consultation request (what the request holds is taken over, never typed again),
 * read and added to by the care team. Every read of a chart and every change is on the audit trail, in the same
 * transaction; entries are ended or corrected, never deleted.
 */
@Service
public class PatientManagement {

	static final String SUBJECT = "patient";

	private final Patients patients;

	private final ChartEntries entries;

	private final IntakeManagement intake;

	private final Locations locations;

	private final StaffManagement staff;

	private final Auditor auditor;

	private final PatientProperties settings;

	private final Clock clock;

	PatientManagement(Patients patients, ChartEntries entries, IntakeManagement intake, Locations locations,
			StaffManagement staff, Auditor auditor, PatientProperties settings, Clock clock) {
		this.patients = patients;
		this.entries = entries;
		this.intake = intake;
		this.locations = locations;
		this.staff = staff;
		this.auditor = auditor;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The medical record numbers of these charts, for exports that identify patients by them and nothing else. The
	 * caller records the export in the audit trail.
	 */
	public java.util.Map<Long, String> recordNumbers(java.util.Collection<Long> ids) {
		return patients.recordNumbers(ids);
	}

	/** The chart opened from this consultation request, if there is one. */
	public Optional<Long> chartFor(long request) {
		return patients.byRequest(request);
	}

	/** The opening form, filled in from the consultation request; refused for spam and duplicates. */
	@Transactional
	public DemographicsEntry draftFor(long request) {
		RequestContact contact = openable(request);
		auditor.record(AuditAction.VIEW, "consultation-request", Long.toString(request), "contact");
		String clinic = locations.bySlug(contact.preferredLocation()).map(Location::slug).orElse(null);
		return new DemographicsEntry(contact.firstName(), contact.lastName(), null, null, null, null, null,
				contact.phone(), contact.email(), null, null, "WA", null, clinic, null, null, null, null, null, null);
	}

	/**
	 * Opens the chart with its first weighing and emergency contact. Opening twice from one request is refused with
	 * the chart that exists ({@link ChartExists}).
	 */
	@Transactional
	public long open(long request, DemographicsEntry entry, String weightKg, ContactEntry emergency) {
		openable(request);
		var existing = patients.byRequest(request);
		if (existing.isPresent()) {
			throw new ChartExists(existing.get());
		}
		EntryCheck check = new EntryCheck();
		BigDecimal weight = check.number("weightKg", weightKg, settings.minWeightKg(), settings.maxWeightKg(),
				"the weight", "kg");
		ContactEntry contact = emergency == null ? new ContactEntry("EMERGENCY", null, null, null) : emergency;
		Map<String, Object> contactRow = entries.contact(contact, check);
		Demographics demographics = demographicsCheck().check(entry, today(), check);
		Instant now = clock.instant();
		long by = currentStaff();
		long id = patients.insert(request, settings.mrnPrefix(), demographics, now, by);
		entries.weight(id, weight, now, by);
		entries.insertContact(id, contactRow, now, by);
		auditor.record(AuditAction.CREATE, SUBJECT, Long.toString(id), "chart");
		return id;
	}

	/** The chart for a screen, recorded as viewed; without the clinical lists unless the reader's job needs them. */
	@Transactional
	public PatientChart chart(long id, boolean clinical) {
		Patients.Row row = patients.find(id).orElseThrow(() -> new NoSuchPatient(id));
		auditor.record(AuditAction.VIEW, SUBJECT, Long.toString(id), clinical ? "chart" : "demographics");
		Function<Long, String> names = names();
		PatientSummary summary = summary(row, names, clinical);
		return new PatientChart(summary, row.version(), row.openedAt(), names.apply(row.openedBy()),
				zoneOf(row),
				row.demographics().ageOn(today()),
				clinical ? patients.medications(id, names) : List.of(),
				clinical ? patients.weights(id, 20, names) : List.of(), patients.documents(id, names), clinical);
	}

	/** What treatment needs to treat safely. Not audited here: the screen showing it records its own view. */
	public PatientSummary summary(long id) {
		Patients.Row row = patients.find(id).orElseThrow(() -> new NoSuchPatient(id));
		return summary(row, names(), true);
	}

	/** Charts by name, MRN or date of birth (yyyy-mm-dd); the newest when the search is empty. Recorded. */
	@Transactional
	public List<PatientRow> search(String text) {
		List<PatientRow> rows = patients.search(text, 50);
		auditor.record(AuditAction.VIEW, SUBJECT, "list", "patient-list:" + rows.size());
		return rows;
	}

	@Transactional
	public void updateDemographics(long id, int version, DemographicsEntry entry) {
		requireChart(id);
		EntryCheck check = new EntryCheck();
		Demographics demographics = demographicsCheck().check(entry, today(), check);
		if (!patients.update(id, version, demographics, clock.instant(), currentStaff())) {
			throw new ChartRefusal("version", "Someone else changed this chart while you were editing it. "
					+ "Their changes are shown; enter yours again.");
		}
		auditor.record(AuditAction.UPDATE, SUBJECT, Long.toString(id), "demographics");
	}

	/** The entries of the chart: diagnoses, medications, allergies, weights, contacts, documents. */
	public ChartEntries entries() {
		return entries;
	}

	private PatientSummary summary(Patients.Row row, Function<Long, String> names, boolean clinical) {
		long id = row.id();
		List<Weighing> latest = clinical ? patients.weights(id, 1, names) : List.of();
		return new PatientSummary(id, row.mrn(), row.request(), row.demographics(),
				latest.isEmpty() ? null : latest.get(0), clinical ? patients.allergies(id, names) : List.of(),
				clinical ? patients.diagnoses(id, names) : List.of(), patients.contacts(id), zoneOf(row));
	}

	private RequestContact openable(long request) {
		RequestContact contact = intake.contact(request).orElseThrow(() -> new NoSuchPatient(-request));
		if (contact.status() == RequestStatus.SPAM || contact.status() == RequestStatus.DUPLICATE) {
			throw new ChartRefusal("request", "This request is marked " + contact.status().label().toLowerCase()
					+ ": a chart is opened from the person's own request.");
		}
		return contact;
	}

	private DemographicsCheck demographicsCheck() {
		return new DemographicsCheck(settings,
				locations.all().stream().map(Location::slug).collect(Collectors.toSet()));
	}

	void requireChart(long id) {
		if (!patients.exists(id)) {
			throw new NoSuchPatient(id);
		}
	}

	Function<Long, String> names() {
		Map<Long, String> names = new LinkedHashMap<>(staff.names());
		return id -> names.getOrDefault(id, "staff #" + id);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(clinicZone()));
	}

	private java.time.ZoneId zoneOf(Patients.Row row) {
		return locations.bySlug(row.demographics().homeClinic()).map(Location::zone).orElse(clinicZone());
	}

	/** The zone dates are judged in before a clinic is chosen: the clinics share one (Washington). */
	private java.time.ZoneId clinicZone() {
		return locations.all().get(0).zone();
	}

	static long currentStaff() {
		return StaffPrincipal.current().map(StaffPrincipal::id)
			.orElseThrow(() -> new IllegalStateException("Charts are written by signed-in staff"));
	}

	/** No chart with this id (or, negative, no consultation request to open one from): screens answer 404. */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	public static class NoSuchPatient extends RuntimeException {

		public NoSuchPatient(long id) {
			super(id < 0 ? "No consultation request " + -id : "No patient chart " + id);
		}
	}

	/** The request already has its chart: open that one. */
	public static class ChartExists extends RuntimeException {

		private final long patient;

		public ChartExists(long patient) {
			super("This request already has a chart");
			this.patient = patient;
		}

		public long patient() {
			return patient;
		}
	}
}

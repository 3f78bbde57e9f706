package org.ketamineclinic.treatment.web;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.ketamineclinic.treatment.InfusionSessionView;
import org.ketamineclinic.treatment.SessionAlert;
import org.ketamineclinic.treatment.SessionEvent;
import org.ketamineclinic.treatment.SessionVital;
import org.ketamineclinic.web.ClinicTimes;

/**
 * The signed infusion record as a PDF for the chart: who, what was given and how it was worked out, every reading,
 * alert and event, the discharge, the signature and any addenda. It prints what the record holds, nothing else.
 */
final class InfusionRecordPdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);

	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

	private InfusionRecordPdf() {
	}

	static byte[] render(InfusionSessionView s, String clinicName) {
		ZoneId zone = s.zone();
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.LETTER, 48, 48, 48, 48);
		PdfWriter.getInstance(document, out);
		document.addTitle("Infusion record " + s.id());
		document.open();
		document.add(new Paragraph(clinicName + ": infusion record", TITLE));
		document.add(new Paragraph("%s · MRN %s · born %s · session %d · %s".formatted(s.patientName(), s.mrn(),
				s.dateOfBirth(), s.id(), s.clinic()), BODY));
		document.add(new Paragraph("Allergies: " + (s.allergies().isEmpty() ? "none known"
				: String.join("; ", s.allergies())), BODY));

		section(document, "Order");
		document.add(new Paragraph(s.order().program() + ": " + s.order().summary() + ". Signed by "
				+ s.order().signedBy() + ", " + time(s.order().signedAt(), zone) + "."
				+ (s.order().overrideReason() == null ? "" : " Above the ceiling because: "
						+ s.order().overrideReason()), BODY));

		section(document, "Before the infusion");
		document.add(new Paragraph("Identity checked: %s. Fasting confirmed: %s. Escort: %s. Pregnancy test: %s. Weight "
			.formatted(yes(s.identityConfirmed()), yes(s.fastingConfirmed()), s.escortName(),
					s.pregnancyTest() == null ? "–" : s.pregnancyTest().label()) + plain(s.weightKg()) + " kg.", BODY));
		if (s.baseline() != null) {
			document.add(new Paragraph("Baseline: BP " + s.baseline().bloodPressure() + ", HR "
					+ s.baseline().value(s.baseline().reading().heartRate()) + ", SpO2 "
					+ s.baseline().value(s.baseline().reading().spo2()) + "%.", BODY));
		}
		if (s.bpOverrideBy() != null) {
			document.add(new Paragraph("Blood pressure above " + s.gate() + ": start authorised by " + s.bpOverrideBy()
					+ ": " + s.bpOverrideReason(), BODY));
		}

		section(document, "Dose");
		document.add(new Paragraph("%s mg = %s mL of drug, %s mL in total, at %s mL/h.".formatted(plain(s.doseMg()),
				plain(s.drugMl()), plain(s.totalMl()), plain(s.rateMlPerHour())), BODY));
		for (String step : s.doseFormula()) {
			document.add(new Paragraph("  " + step, SMALL));
		}
		if (s.doseCheckedBy() != null) {
			document.add(new Paragraph("Checked by " + s.doseCheckedBy() + ".", BODY));
		}
		document.add(new Paragraph("Started %s; ended %s%s. Given: %s mg.".formatted(time(s.startedAt(), zone),
				time(s.infusionEndedAt(), zone), s.endedEarlyReason() == null ? ""
						: " (stopped early: " + s.endedEarlyReason() + ")", plain(s.administeredMg())), BODY));

		section(document, "Vital signs");
		PdfPTable vitals = table(new float[] { 2, 1.3f, 1.5f, 1, 1, 1, 2 }, "Time", "Phase", "BP", "HR", "SpO2", "RR",
				"By");
		for (SessionVital v : s.vitals()) {
			cells(vitals, time(v.reading().takenAt(), zone), v.phase().name().toLowerCase(Locale.ROOT),
					v.bloodPressure(), v.value(v.reading().heartRate()), v.value(v.reading().spo2()),
					v.value(v.reading().respiratoryRate()), v.recordedBy());
		}
		document.add(vitals);

		if (!s.alerts().isEmpty()) {
			section(document, "Alerts");
			for (SessionAlert a : s.alerts()) {
				document.add(new Paragraph("%s %s: %s Acknowledged by %s at %s: %s%s".formatted(time(a.raisedAt(), zone),
						a.severity().name().toLowerCase(Locale.ROOT), a.message(), a.acknowledgedBy(),
						time(a.acknowledgedAt(), zone), a.action() == null ? "–" : a.action().label(),
						a.note() == null ? "" : " (" + a.note() + ")"), BODY));
			}
		}

		section(document, "Timeline");
		PdfPTable events = table(new float[] { 2, 2.5f, 5, 2 }, "Time", "Event", "Detail", "By");
		for (SessionEvent e : s.events()) {
			cells(events, time(e.at(), zone), e.kind().label(), (e.detail() == null ? "" : e.detail())
					+ (e.rateMlPerHour() == null ? "" : " " + plain(e.rateMlPerHour()) + " mL/h"), e.by());
		}
		document.add(events);

		section(document, "Discharge");
		document.add(new Paragraph("Dissociation (CADSS-6): %s of 24. Alert and oriented: %s. Escort present: %s. "
			.formatted(s.cadssTotal() == null ? "–" : s.cadssTotal(), yes(s.alertAndOriented()),
					yes(s.escortPresent())) + "No driving until tomorrow acknowledged: " + yes(s.noDrivingAcknowledged())
				+ ". Discharged " + time(s.dischargedAt(), zone) + " by " + s.dischargedBy() + ".", BODY));

		Paragraph signed = new Paragraph("Electronically signed by %s, %s. This record is locked; corrections follow as "
			.formatted(s.signedBy(), time(s.signedAt(), zone)) + "addenda.", HEADING);
		signed.setSpacingBefore(12);
		document.add(signed);
		for (var addendum : s.addenda()) {
			document.add(new Paragraph("Addendum by %s, %s. Why: %s. %s".formatted(addendum.by(),
					time(addendum.at(), zone), addendum.reason(), addendum.text()), BODY));
		}
		document.close();
		return out.toByteArray();
	}

	private static void section(Document document, String title) {
		Paragraph heading = new Paragraph(title, HEADING);
		heading.setSpacingBefore(10);
		heading.setSpacingAfter(3);
		document.add(heading);
	}

	private static PdfPTable table(float[] widths, String... headers) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(header, HEADING));
			cell.setHorizontalAlignment(Element.ALIGN_LEFT);
			table.addCell(cell);
		}
		return table;
	}

	private static void cells(PdfPTable table, String... values) {
		for (String value : List.of(values)) {
			table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, SMALL)));
		}
	}

	private static String time(Instant at, ZoneId zone) {
		return ClinicTimes.of(at, zone);
	}

	private static String plain(java.math.BigDecimal value) {
		return value == null ? "–" : value.stripTrailingZeros().toPlainString();
	}

	private static String yes(Boolean value) {
		return Boolean.TRUE.equals(value) ? "yes" : "no";
	}
}

package org.ketamineclinic.substances.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

import org.ketamineclinic.substances.VialReceipt;

/** The receipt form as typed; kept as text so that a 422 shows back exactly what the person entered. */
public record ReceiveForm(String location, String concentration, String volumeMl, String vials, String lot,
		String expiresOn, String supplierName, String supplierDeaNumber, String receivedOn) {

	static ReceiveForm blank(String location, LocalDate today) {
		return new ReceiveForm(location, "", "10", "1", "", "", "", "", today.toString());
	}

	/** The receipt, with what could not be read added to {@code problems} (and a null in its place). */
	VialReceipt receipt(long by, Map<String, String> problems) {
		BigDecimal concentration = number(this.concentration, "concentration", "Choose the strength printed on the vial.",
				problems);
		BigDecimal volume = number(volumeMl, "volumeMl", "Give each vial's volume in mL, for example 10 or 5.5.",
				problems);
		int count = 0;
		if (vials != null && vials.strip().matches("\\d{1,4}")) {
			count = Integer.parseInt(vials.strip());
		}
		return new VialReceipt(location, concentration, volume, count, lot, date(expiresOn), supplierName,
				supplierDeaNumber, date(receivedOn), by);
	}

	private static BigDecimal number(String typed, String field, String problem, Map<String, String> problems) {
		try {
			return new BigDecimal(typed == null ? "" : typed.strip());
		}
		catch (NumberFormatException ex) {
			problems.put(field, problem);
			return null;
		}
	}

	private static LocalDate date(String typed) {
		try {
			return typed == null ? null : LocalDate.parse(typed.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}
}

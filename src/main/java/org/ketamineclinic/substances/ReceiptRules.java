package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a receipt must satisfy before its vials enter the ledger, field by field, so a form can say what to fix.
 */
final class ReceiptRules {

	private ReceiptRules() {
	}

	/** Problems by field name (the form's), in the form's order; empty when the receipt can be recorded. */
	static Map<String, String> problems(VialReceipt receipt, SubstanceProperties settings, boolean clinicExists,
			LocalDate today) {
		var problems = new LinkedHashMap<String, String>();
		if (!clinicExists) {
			problems.put("location", "Choose the clinic that keeps the vials.");
		}
		if (receipt.concentration() == null || settings.concentrations().stream()
			.noneMatch(c -> c.compareTo(receipt.concentration()) == 0)) {
			problems.put("concentration", "Choose the strength printed on the vial.");
		}
		BigDecimal volume = receipt.volumeMl();
		if (volume == null || volume.signum() <= 0 || volume.compareTo(BigDecimal.valueOf(100)) > 0
				|| volume.stripTrailingZeros().scale() > 2) {
			problems.put("volumeMl", "Give each vial's volume in mL, for example 10 or 5.5.");
		}
		if (receipt.vials() < 1 || receipt.vials() > settings.maxVialsPerReceipt()) {
			problems.put("vials", "Give the number of vials, from 1 to " + settings.maxVialsPerReceipt() + ".");
		}
		if (receipt.lot() == null || receipt.lot().isBlank() || receipt.lot().strip().length() > 40) {
			problems.put("lot", "Give the lot number printed on the vials (up to 40 characters).");
		}
		if (receipt.expiresOn() == null) {
			problems.put("expiresOn", "Give the expiry date printed on the vials.");
		}
		else if (receipt.receivedOn() != null && !receipt.expiresOn().isAfter(receipt.receivedOn())) {
			problems.put("expiresOn", "These vials had expired when they arrived: do not receive them into stock.");
		}
		if (receipt.supplierName() == null || receipt.supplierName().isBlank()
				|| receipt.supplierName().strip().length() > 120) {
			problems.put("supplierName", "Give the supplier's name (up to 120 characters).");
		}
		if (DeaNumber.normalise(receipt.supplierDeaNumber()) == null) {
			problems.put("supplierDeaNumber", "This is not a valid DEA number: two letters and seven digits, the last a "
					+ "check digit. Copy it again from the invoice.");
		}
		if (receipt.receivedOn() == null || receipt.receivedOn().isAfter(today)
				|| receipt.receivedOn().isBefore(today.minusDays(30))) {
			problems.put("receivedOn", "Give the day the vials arrived: today or within the last 30 days.");
		}
		return problems;
	}
}

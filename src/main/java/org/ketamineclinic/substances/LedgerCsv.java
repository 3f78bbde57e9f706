package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The ledger as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled). Text
 * that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) is prefixed with a quote
 * mark: a lot number or a waste note typed by someone must never execute on the inspector's computer. Amounts are
 * written by the ledger itself as plain numbers, so a negative amount stays a number.
 */
final class LedgerCsv {

	static final List<String> HEADER = List.of("recorded_at_utc", "clinic", "vial_id", "lot", "entry", "mg", "ml",
			"vial_balance_mg", "vial_balance_ml", "draw_id", "session_reference", "patient_id", "recorded_by",
			"witness", "note");

	private LedgerCsv() {
	}

	static String write(List<LedgerLine> lines, Map<Long, String> names) {
		var csv = new StringBuilder();
		row(csv, HEADER);
		for (LedgerLine l : lines) {
			row(csv, List.of(l.at().toString(), text(l.location()), Long.toString(l.vialId()), text(l.lot()),
					l.entry(), number(l.mg()), number(l.ml()), number(l.balanceMg()), number(l.balanceMl()),
					l.drawId() == null ? "" : l.drawId().toString(), text(l.sessionReference()),
					l.patientId() == null ? "" : l.patientId().toString(), text(person(names, l.by())),
					l.witnessId() == null ? "" : text(person(names, l.witnessId())), text(l.note())));
		}
		return csv.toString();
	}

	/** Guards text against formula injection; {@link #quoted} then makes it one field. */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return formula ? "'" + value : value;
	}

	static String quoted(String field) {
		if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
			return "\"" + field.replace("\"", "\"\"") + "\"";
		}
		return field;
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static String person(Map<Long, String> names, long id) {
		return names.getOrDefault(id, "staff") + " (#" + id + ")";
	}

	private static void row(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(quoted(fields.get(i)));
		}
		csv.append("\r\n");
	}
}

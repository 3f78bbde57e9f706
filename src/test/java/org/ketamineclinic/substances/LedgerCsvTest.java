package org.ketamineclinic.substances;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The CSV an inspector opens in a spreadsheet: well-formed, and nothing typed into the ledger runs as a formula. */
class LedgerCsvTest {

	@Test
	void cellsThatASpreadsheetWouldRunAsAFormulaArePrefixedWithAQuote() {
		assertThat(LedgerCsv.text("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(LedgerCsv.text("+1+1")).isEqualTo("'+1+1");
		assertThat(LedgerCsv.text("-2+3")).isEqualTo("'-2+3");
		assertThat(LedgerCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(LedgerCsv.text("LOT-123")).isEqualTo("LOT-123");
	}

	@Test
	void fieldsWithCommasQuotesOrLineBreaksAreQuotedAsRfc4180Says() {
		assertThat(LedgerCsv.quoted("a, b")).isEqualTo("\"a, b\"");
		assertThat(LedgerCsv.quoted("the \"sharps\" bin")).isEqualTo("\"the \"\"sharps\"\" bin\"");
		assertThat(LedgerCsv.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(LedgerCsv.quoted("plain")).isEqualTo("plain");
	}

	@Test
	void aWasteNoteWithAFormulaIsNeutralisedButAmountsStayNumbers() {
		var line = new LedgerLine(Instant.parse("2026-12-07T17:00:00Z"), 12, "seattle", "=cmd|' /C calc'!A0", "DRAWN",
				new BigDecimal("-35.00"), new BigDecimal("-0.70"), new BigDecimal("465.00"), new BigDecimal("9.30"), 4L,
				"S-1", 42L, 7, null, "=1+2, then");
		String csv = LedgerCsv.write(List.of(line), Map.of(7L, "Nina Nurse"));
		String[] rows = csv.split("\r\n");
		assertThat(rows[0]).startsWith("recorded_at_utc,clinic,vial_id,lot,entry,mg,ml");
		assertThat(rows[1]).isEqualTo("2026-12-07T17:00:00Z,seattle,12,'=cmd|' /C calc'!A0,DRAWN,-35.00,-0.70,465.00,"
				+ "9.30,4,S-1,42,Nina Nurse (#7),,\"'=1+2, then\"");
	}
}

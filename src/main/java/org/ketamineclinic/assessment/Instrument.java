package org.ketamineclinic.assessment;

import java.util.List;
import java.util.Optional;

/**
 * A questionnaire as data: its published wording, items in the order they are asked, and the LOINC codes of the panel
 * and of the total score (null where the instrument has no such code, as for the C-SSRS screener, which yields a risk
 * level rather than a total).
 */
public record Instrument(InstrumentCode code, String title, String instructions, List<Item> items, String panelLoinc,
		String totalLoinc) {

	public Instrument {
		items = List.copyOf(items);
	}

	public Optional<Item> item(String key) {
		return items.stream().filter(item -> item.key().equals(key)).findFirst();
	}
}

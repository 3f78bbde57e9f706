package org.ketamineclinic.substances.web;

import java.util.List;
import java.util.Map;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.substances.Discrepancy;

/**
 * What every ledger screen shows around its content: the clinic chosen, the other clinics, and the alert banner of open
 * count discrepancies.
 *
 * @param clinic        the clinic whose ledger this is
 * @param clinics       all clinics, to switch
 * @param discrepancies open discrepancies at every clinic (an alert wherever one looks)
 * @param names         staff names by account id
 * @param admin         whether the viewer may resolve discrepancies
 */
public record LedgerFrame(Location clinic, List<Location> clinics, List<Discrepancy> discrepancies,
		Map<Long, String> names, boolean admin) {

	public String nameOf(long staffId) {
		return names.getOrDefault(staffId, "Staff member " + staffId);
	}

	public String nameOf(Long staffId) {
		return staffId == null ? "" : nameOf(staffId.longValue());
	}

	public String clinicName(String slug) {
		return clinics.stream().filter(c -> c.slug().equals(slug)).map(Location::title).findFirst().orElse(slug);
	}
}

package org.ketamineclinic.substances.web;

import java.time.LocalDate;
import java.util.List;

import org.ketamineclinic.substances.LotBalance;
import org.ketamineclinic.substances.VialOnHand;

/**
 * The ledger's home for one clinic.
 *
 * @param vials         vials on hand, soonest expiry first
 * @param lots          running balance per lot
 * @param nextInventory when the next inventory is due, or null when the initial one has not been taken
 * @param today         today at the clinic
 */
public record LedgerHome(List<VialOnHand> vials, List<LotBalance> lots, LocalDate nextInventory, LocalDate today) {

	public List<VialOnHand> expiring() {
		return vials.stream().filter(v -> v.expired() || v.expiringSoon()).toList();
	}

	public boolean inventoryOverdue() {
		return nextInventory == null || !nextInventory.isAfter(today);
	}
}

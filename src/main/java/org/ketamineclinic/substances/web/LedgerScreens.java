package org.ketamineclinic.substances.web;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.substances.DailyCounts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** The parts every ledger screen shares: the staff page, the clinic chosen, the discrepancy banner, who is acting. */
@Component
class LedgerScreens {

	private final StaffPages pages;

	private final Locations locations;

	private final DailyCounts counts;

	private final StaffManagement staff;

	LedgerScreens(StaffPages pages, Locations locations, DailyCounts counts, StaffManagement staff) {
		this.pages = pages;
		this.locations = locations;
		this.counts = counts;
		this.staff = staff;
	}

	/** The clinic named in the request, the first clinic when none is named; 404 for one that does not exist. */
	Location clinic(String slug) {
		if (slug == null || slug.isBlank()) {
			return locations.all().get(0);
		}
		return locations.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	void frame(String title, Location clinic, HttpServletRequest http, Model model) {
		model.addAttribute("page", pages.page(title, http));
		model.addAttribute("frame", new LedgerFrame(clinic, locations.all(), counts.open(null), staff.names(),
				me().has(StaffRole.ADMIN)));
	}

	static StaffPrincipal me() {
		return StaffPrincipal.current().orElseThrow();
	}
}

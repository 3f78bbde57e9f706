package org.ketamineclinic.staff;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.web.SiteSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link StaffPage} for the current request; the menu shows only what the person's roles allow. */
@Component
public class StaffPages {

	private final SiteSettings site;

	private final StaffProperties properties;

	private final ResourceUrlProvider resources;

	private final ObjectProvider<UrgentNotices> urgent;

	StaffPages(SiteSettings site, StaffProperties properties, ResourceUrlProvider resources,
			ObjectProvider<UrgentNotices> urgent) {
		this.urgent = urgent;
		this.site = site;
		this.properties = properties;
		this.resources = resources;
	}

	public StaffPage page(String title, HttpServletRequest request) {
		StaffPrincipal user = StaffPrincipal.current()
			.orElseThrow(() -> new IllegalStateException("Staff screens need a signed-in staff member"));
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new StaffPage(title, request.getRequestURI(), user, menu(user), csrf == null ? "_csrf" : csrf.getParameterName(),
				csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(), csrf == null ? "" : csrf.getToken(),
				site.brandName(), url("/css/site.css"), url("/js/staff.js"), url("/webjars/htmx.org/dist/htmx.min.js"),
				properties.idleTimeout().toSeconds(), properties.idleWarning().toSeconds(),
				urgent.orderedStream().flatMap(notices -> notices.openFor(user).stream()).toList());
	}

	/** For the screens before someone is signed in (sign-in, the one-time link's page): no menu, no user. */
	public StaffPage.Plain plain(String title, HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new StaffPage.Plain(title, site.brandName(), url("/css/site.css"), url("/js/staff.js"),
				csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken());
	}

	private static List<StaffPage.MenuItem> menu(StaffPrincipal user) {
		var menu = new ArrayList<StaffPage.MenuItem>();
		menu.add(new StaffPage.MenuItem("Home", "/staff"));
		if (user.has(StaffRole.INTAKE)) {
			menu.add(new StaffPage.MenuItem("Consultation requests", "/staff/consultations"));
			menu.add(new StaffPage.MenuItem("Messages", "/staff/messages"));
		}
		if (user.has(StaffRole.INTAKE) || user.has(StaffRole.NURSE) || user.has(StaffRole.PRESCRIBER)
				|| user.has(StaffRole.THERAPIST)) {
			menu.add(new StaffPage.MenuItem("Schedule", "/staff/schedule"));
			menu.add(new StaffPage.MenuItem("Patients", "/staff/patients"));
		}
		if (user.has(StaffRole.NURSE) || user.has(StaffRole.PRESCRIBER) || user.has(StaffRole.THERAPIST)) {
			menu.add(new StaffPage.MenuItem("Safety alerts", "/staff/safety"));
		}
		if (user.has(StaffRole.THERAPIST) || user.has(StaffRole.PRESCRIBER)) {
			menu.add(new StaffPage.MenuItem("Psychotherapy", "/staff/psychotherapy"));
		}
		menu.add(new StaffPage.MenuItem("My appointments", "/staff/schedule/mine"));
		if (user.has(StaffRole.MANAGER) || user.has(StaffRole.ADMIN)) {
			menu.add(new StaffPage.MenuItem("Roster", "/staff/schedule/roster"));
		}
		if (user.has(StaffRole.NURSE) || user.has(StaffRole.PRESCRIBER) || user.has(StaffRole.ADMIN)) {
			menu.add(new StaffPage.MenuItem("Controlled substances", "/staff/controlled-substances"));
		}
		if (user.has(StaffRole.INTAKE) || user.has(StaffRole.MANAGER)) {
			menu.add(new StaffPage.MenuItem("Intake metrics", "/staff/metrics/intake"));
		}
		if (user.has(StaffRole.MANAGER) || user.has(StaffRole.ADMIN)) {
			menu.add(new StaffPage.MenuItem("Outcomes", "/staff/outcomes"));
		}
		if (user.has(StaffRole.ADMIN) || user.has(StaffRole.CONTENT_EDITOR)) {
			menu.add(new StaffPage.MenuItem("Site content", "/staff/content"));
		}
		if (user.has(StaffRole.ADMIN)) {
			menu.add(new StaffPage.MenuItem("Staff accounts", "/staff/accounts"));
			menu.add(new StaffPage.MenuItem("Audit trail", "/staff/audit"));
		}
		menu.add(new StaffPage.MenuItem("My account", "/staff/account"));
		return menu;
	}

	private String url(String path) {
		String versioned = resources.getForLookupPath(path);
		return versioned == null ? path : versioned;
	}
}

package org.ketamineclinic.site;

import java.util.ArrayList;
import java.util.List;

import org.ketamineclinic.web.PageMeta.Crumb;

/** Breadcrumb trails, always starting at Home. */
final class Trail {

	private Trail() {
	}

	static List<Crumb> of(String... namesAndPaths) {
		List<Crumb> trail = new ArrayList<>();
		trail.add(new Crumb("Home", "/"));
		for (int i = 0; i + 1 < namesAndPaths.length; i += 2) {
			trail.add(new Crumb(namesAndPaths[i], namesAndPaths[i + 1]));
		}
		return trail;
	}
}

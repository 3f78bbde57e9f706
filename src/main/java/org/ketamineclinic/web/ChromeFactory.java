package org.ketamineclinic.web;

import java.util.List;

import org.ketamineclinic.location.Locations;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the page chrome from the settings and the current list of clinics. */
@Component
public class ChromeFactory {

	private static final List<Chrome.NavItem> NAV = List.of(new Chrome.NavItem("Depression", "/conditions/depression"),
			new Chrome.NavItem("Programs", "/programs"), new Chrome.NavItem("What to expect", "/what-to-expect"),
			new Chrome.NavItem("Articles", "/articles"), new Chrome.NavItem("Locations", "/locations"),
			new Chrome.NavItem("FAQ", "/faq"));

	private final SiteSettings settings;

	private final Locations locations;

	private final ResourceUrlProvider resources;

	/** The chrome changes only with the clinics: build it once per revision of their details. */
	private volatile Snapshot snapshot = new Snapshot(-1, null);

	private record Snapshot(long revision, Chrome chrome) {
	}

	ChromeFactory(SiteSettings settings, Locations locations, ResourceUrlProvider resources) {
		this.settings = settings;
		this.locations = locations;
		this.resources = resources;
	}

	public Chrome chrome() {
		long revision = locations.revision();
		Snapshot cached = snapshot;
		if (cached.revision() != revision) {
			cached = new Snapshot(revision, build());
			snapshot = cached;
		}
		return cached.chrome();
	}

	private Chrome build() {
		var clinics = locations.all()
			.stream()
			.map(l -> new Chrome.FooterClinic(l.name(), "/locations/" + l.slug(), l.address().oneLine(),
					l.phone().national(), l.phone().telUri()))
			.toList();
		return new Chrome(settings, NAV, clinics, asset("/css/site.css"), asset("/js/site.js"));
	}

	private String asset(String path) {
		String url = resources.getForLookupPath(path);
		return url == null ? path : url;
	}
}

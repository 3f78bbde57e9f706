package org.ketamineclinic.web;

import java.util.List;

/**
 * The parts of every page around its content: header navigation, footer clinics, crisis line, asset links.
 *
 * @param settings  the clinic's settings
 * @param nav       main navigation
 * @param clinics   the clinics listed in the footer
 * @param cssUrl    fingerprinted stylesheet URL
 * @param jsUrl     fingerprinted script URL
 */
public record Chrome(SiteSettings settings, List<NavItem> nav, List<FooterClinic> clinics, String cssUrl,
		String jsUrl) {

	/**
	 * @param label text
	 * @param path  target; also decides which item is the current page
	 */
	public record NavItem(String label, String path) {

		public boolean isCurrent(String currentPath) {
			return currentPath != null && (currentPath.equals(path) || currentPath.startsWith(path + "/"));
		}
	}

	/**
	 * @param name      clinic name
	 * @param path      its page
	 * @param address   one-line address
	 * @param phone     number as people read it
	 * @param phoneHref tel: link
	 */
	public record FooterClinic(String name, String path, String address, String phone, String phoneHref) {
	}
}

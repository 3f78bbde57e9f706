package org.ketamineclinic.staff;

import java.util.List;

/**
 * What every staff screen's layout needs: who is signed in, what they may open, and the session's timing for the
 * "stay signed in?" dialog. Modules with staff screens get one from {@link StaffPages}.
 *
 * @param title          the screen's title
 * @param path           the current path, to mark the current menu entry
 * @param user           the signed-in staff member
 * @param menu           the screens this person may open
 * @param csrfParameter  form field name of the CSRF token
 * @param csrfHeader     header name of the CSRF token, for scripts
 * @param csrfToken      the token
 * @param brandName      the clinic network's name
 * @param cssUrl         fingerprinted stylesheet
 * @param jsUrl          fingerprinted staff script
 * @param htmxUrl        htmx, served by the app
 * @param idleSeconds    signed out after this many seconds without activity
 * @param warningSeconds the dialog shows this many seconds before that
 * @param urgent         what this person must see on every screen until someone deals with it
 */
public record StaffPage(String title, String path, StaffPrincipal user, List<MenuItem> menu, String csrfParameter,
		String csrfHeader, String csrfToken, String brandName, String cssUrl, String jsUrl, String htmxUrl,
		long idleSeconds, long warningSeconds, List<UrgentNotice> urgent) {

	/**
	 * Whether {@code item} is the menu entry of this screen: the one whose path matches most closely, so that
	 * "My appointments" (/staff/schedule/mine) is current there and "Schedule" (/staff/schedule) is not as well.
	 */
	public boolean isCurrent(MenuItem item) {
		return menu.stream()
			.filter(entry -> entry.isCurrent(path))
			.max(java.util.Comparator.comparingInt(entry -> entry.path().length()))
			.map(item::equals)
			.orElse(false);
	}

	/** One entry of the staff menu. */
	public record MenuItem(String label, String path) {

		public boolean isCurrent(String currentPath) {
			// "Home" is current only on the home screen; every other entry also for the screens beneath it.
			return currentPath.equals(path) || (!"/staff".equals(path) && currentPath.startsWith(path + "/"));
		}
	}

	/** The layout of the screens before someone is signed in. */
	public record Plain(String title, String brandName, String cssUrl, String jsUrl, String csrfParameter,
			String csrfToken) {
	}
}

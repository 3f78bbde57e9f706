package org.ketamineclinic.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The menu marks exactly one entry as the current screen: the one that matches the address most closely. */
class StaffPageTest {

	private static final List<StaffPage.MenuItem> MENU = List.of(new StaffPage.MenuItem("Home", "/staff"),
			new StaffPage.MenuItem("Schedule", "/staff/schedule"),
			new StaffPage.MenuItem("My appointments", "/staff/schedule/mine"));

	private static List<String> current(String path) {
		var page = new StaffPage("t", path, null, MENU, "_csrf", "X-CSRF-TOKEN", "", "Clinic", "", "", "", 900, 120,
				java.util.List.of());
		return MENU.stream().filter(page::isCurrent).map(StaffPage.MenuItem::label).toList();
	}

	@Test
	void myAppointmentsIsCurrentOnItsOwnNotTogetherWithTheSchedule() {
		assertThat(current("/staff/schedule/mine")).containsExactly("My appointments");
	}

	@Test
	void aClinicCalendarBelongsToTheSchedule() {
		assertThat(current("/staff/schedule/clinics/seattle")).containsExactly("Schedule");
	}

	@Test
	void homeIsCurrentOnlyOnTheHomeScreen() {
		assertThat(current("/staff")).containsExactly("Home");
		assertThat(current("/staff/account")).isEmpty();
	}
}

package org.ketamineclinic.treatment;

import java.util.Map;
import java.util.function.Function;

import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffPrincipal;
import org.springframework.stereotype.Component;

/** Who is acting, and staff names for the records shown (records keep ids; people read names). */
@Component
class Staff {

	private final StaffManagement staff;

	Staff(StaffManagement staff) {
		this.staff = staff;
	}

	static long current() {
		return StaffPrincipal.current().map(StaffPrincipal::id)
			.orElseThrow(() -> new IllegalStateException("Treatment records are written by signed-in staff"));
	}

	Function<Long, String> names() {
		Map<Long, String> names = staff.names();
		return id -> id == null ? null : names.getOrDefault(id, "staff #" + id);
	}
}

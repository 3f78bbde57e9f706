package org.ketamineclinic.staff;

import java.util.List;

/**
 * Implemented by modules with urgent work for clinicians (the staff module cannot depend on them): what this person
 * should see at the top of every screen now. Called on every staff page, so it must be a cheap query.
 */
public interface UrgentNotices {

	List<UrgentNotice> openFor(StaffPrincipal user);
}

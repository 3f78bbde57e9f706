package org.ketamineclinic.consultation.web;

import java.util.List;
import java.util.Map;

import org.ketamineclinic.consultation.ProgramInterest;
import org.ketamineclinic.consultation.RequestStatus;
import org.ketamineclinic.staff.StaffMember;

/**
 * What the inbox's filters offer.
 *
 * @param locations    slug → clinic name
 * @param programs     programs
 * @param statuses     statuses
 * @param coordinators active care coordinators
 */
public record Choices(List<Map.Entry<String, String>> locations, List<ProgramInterest> programs,
		List<RequestStatus> statuses, List<StaffMember> coordinators) {
}

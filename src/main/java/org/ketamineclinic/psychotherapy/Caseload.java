package org.ketamineclinic.psychotherapy;

import java.util.List;

/**
 * The signed-in staff member's own work: the patients whose care team they are on, their unsigned drafts, and for
 * prescribers the recent notes that flag a safety concern.
 */
public record Caseload(List<CaseloadPatient> patients, List<NoteListing> drafts, List<NoteListing> concerns) {
}

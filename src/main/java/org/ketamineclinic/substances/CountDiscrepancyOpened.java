package org.ketamineclinic.substances;

/**
 * A physical count differed from the book: the administrators are told at once. Carries the id only.
 *
 * @param discrepancyId the open discrepancy
 */
public record CountDiscrepancyOpened(long discrepancyId) {
}

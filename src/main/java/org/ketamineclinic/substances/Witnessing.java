package org.ketamineclinic.substances;

/**
 * How ketamine was wasted and who saw it: a second, different person co-signs every waste (DOMAIN.md §8).
 *
 * @param how       how it was wasted ("into a drug disposal bag"; "vial broke on the floor")
 * @param witnessId the colleague who watched
 * @param attested  the witness confirmed seeing it
 */
record Witnessing(String how, long witnessId, boolean attested) {
}

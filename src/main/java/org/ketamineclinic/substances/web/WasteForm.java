package org.ketamineclinic.substances.web;

/**
 * A waste as typed: the rest of a draw (with {@code drawId} and {@code mg}), or everything left in the vial.
 *
 * @param drawId    the draw, or empty for the whole vial
 * @param mg        how much of the draw, or empty for the whole vial
 * @param how       how it was wasted
 * @param witnessId     the colleague who watched
 * @param witnessIdCode the code the witness's authenticator shows: their signature that they saw it
 */
public record WasteForm(String drawId, String mg, String how, String witnessId, String witnessIdCode) {

	static WasteForm blank() {
		return new WasteForm("", "", "", "", "");
	}

	boolean wholeVial() {
		return drawId == null || drawId.isBlank();
	}
}

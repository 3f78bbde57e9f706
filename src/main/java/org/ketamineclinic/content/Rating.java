package org.ketamineclinic.content;

/**
 * A rating on an evidence card, such as the level of evidence (CANMAT 1–4, 1 strongest) or the magnitude of effect
 * (1 small – 3 large). Shown as a meter with its words beside it, never as colour alone.
 *
 * @param scale  the scale's name, e.g. "CANMAT"
 * @param value  the rating on that scale
 * @param label  the rating in words
 * @param figure the measured figure behind it, e.g. "85% mean reduction (MADRS)", or empty
 */
public record Rating(String scale, int value, String label, String figure) {

	/** Strength of the evidence on 0–4, larger is stronger (CANMAT level 1 → 4). */
	public int levelStrength() {
		return value <= 0 ? 0 : Math.max(0, 5 - value);
	}
}

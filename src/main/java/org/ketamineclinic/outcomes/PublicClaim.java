package org.ketamineclinic.outcomes;

/**
 * The figure the public site may print, measured at the clinics, with what it means and how many it counts.
 *
 * @param value    "62%"
 * @param label    what the figure counts, in the words of the page
 * @param footnote the definition, n and interval, printed under it
 */
public record PublicClaim(String value, String label, String footnote) {
}

package org.ketamineclinic.content;

/**
 * A key figure shown as a tile: "30.9%" "of people with MDD ... have treatment-resistant depression".
 *
 * @param value     the figure as printed
 * @param label     what it counts
 * @param source    where it comes from, in words
 * @param sourceUrl link to the source, or empty
 */
public record Statistic(String value, String label, String source, String sourceUrl) {
}

package org.ketamineclinic.substances;

import java.util.List;

/**
 * What a daily count found.
 *
 * @param vialsCounted  how many vials were counted
 * @param discrepancies the discrepancies it opened (empty when every vial matched the book)
 */
public record CountResult(int vialsCounted, List<Long> discrepancies) {
}

package org.ketamineclinic.location;

import java.time.LocalDate;

/**
 * A day a clinic is closed although its weekly hours say open.
 *
 * @param location the clinic's slug
 * @param date     the day, in the clinic's zone
 * @param reason   why ("Thanksgiving")
 */
public record Closure(String location, LocalDate date, String reason) {
}

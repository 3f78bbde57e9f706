package org.ketamineclinic.consultation;

import java.util.List;

/**
 * One clinic's (or online visits') time to first contact, week by week and for the whole period.
 *
 * @param slug   the location's slug ("virtual" for online visits)
 * @param name   its name as staff know it
 * @param weeks  every week of the period, oldest first, including weeks without requests
 * @param period the whole period together
 */
public record LocationResponses(String slug, String name, List<WeeklyResponse> weeks, ResponseFigures period) {
}

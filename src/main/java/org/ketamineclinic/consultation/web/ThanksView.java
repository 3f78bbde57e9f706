package org.ketamineclinic.consultation.web;

import java.util.List;

import org.ketamineclinic.location.Location;

/**
 * What the thank-you page shows.
 *
 * @param referenceCode the request's code, or null when the page is opened without a fresh request
 * @param askedToCall   true when the request went over a limit and the person should call as well
 * @param clinics       the clinics whose hours tell when we will call (the chosen one, or all for virtual)
 * @param nextContact   for each clinic, when its team is next at work, in words
 */
public record ThanksView(String referenceCode, boolean askedToCall, List<Location> clinics, List<String> nextContact) {
}

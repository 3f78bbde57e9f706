package org.ketamineclinic.treatment;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Informed consent ({@code clinic.treatment.consent.*}).
 *
 * @param linkValidity how long a link sent to the patient to sign from their own device works (7 days)
 */
public record ConsentSettings(@DefaultValue("7d") Duration linkValidity) {
}

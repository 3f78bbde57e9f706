/**
 * Outcomes: whether treatment works across the clinics, measured. Response and remission rates at the end of the
 * series and four weeks later (with n and a 95% interval), time to response, the exports, and the figure the public
 * site may claim. Fed by what assessment and treatment announce; it reads none of their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package org.ketamineclinic.outcomes;

/**
 * Screening, consent, orders and monitored infusion sessions: so far the dose calculation (mg/kg to mg, mL and pump
 * rate) and the vital-sign alert rules a monitored session applies after each reading.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Treatment")
package org.ketamineclinic.treatment;

/**
 * Takes requests for a free consultation from the public site, screens them for spam without losing any, and
 * announces each one ({@link org.ketamineclinic.consultation.ConsultationRequested}) to the intake team's modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation requests")
package org.ketamineclinic.consultation;

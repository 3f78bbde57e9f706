/**
 * Appointments at the clinics: who and what is free when, booking without double booking, the infusion-series
 * planner, calendars, and reminders through the messaging outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package org.ketamineclinic.scheduling;

/**
 * Ketamine-assisted psychotherapy: each patient's therapist and care team, and structured notes of preparation,
 * dosing and integration sessions, shown only to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Psychotherapy")
package org.ketamineclinic.psychotherapy;

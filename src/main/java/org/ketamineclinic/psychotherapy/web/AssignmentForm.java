package org.ketamineclinic.psychotherapy.web;

/** Puts a colleague on the patient's care team: who, and in which part (THERAPIST, NURSE, PRESCRIBER). */
record AssignmentForm(String staffId, String careRole) {
}

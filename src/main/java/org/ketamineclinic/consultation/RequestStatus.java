package org.ketamineclinic.consultation;

/** Where a consultation request is in the intake pipeline. Later stages arrive with the intake workspace. */
enum RequestStatus {

	NEW
}

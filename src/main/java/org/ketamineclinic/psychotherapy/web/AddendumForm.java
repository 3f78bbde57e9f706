package org.ketamineclinic.psychotherapy.web;

/** An addendum to a signed note: why it is needed, and what it says. */
record AddendumForm(String addendumReason, String addendumText) {

	@Override
	public String toString() {
		return "AddendumForm[]";
	}
}

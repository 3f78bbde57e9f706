package org.ketamineclinic.psychotherapy;

/** A checked addendum: why it was needed and what it says. */
record AddendumText(String reason, String text) {
}

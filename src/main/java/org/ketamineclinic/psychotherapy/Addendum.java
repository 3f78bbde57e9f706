package org.ketamineclinic.psychotherapy;

import java.time.Instant;

/** A correction or addition appended to a signed note: who, when, why, and what. */
public record Addendum(long id, Instant writtenAt, String writtenBy, String reason, String text) {
}

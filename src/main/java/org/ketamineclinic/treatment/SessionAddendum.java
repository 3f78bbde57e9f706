package org.ketamineclinic.treatment;

import java.time.Instant;

/** A correction or addition to a signed record: who, when, why and what. The record itself is unchanged. */
public record SessionAddendum(long id, String by, Instant at, String reason, String text) {
}

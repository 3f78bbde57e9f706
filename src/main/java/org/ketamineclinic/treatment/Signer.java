package org.ketamineclinic.treatment;

import java.time.Instant;

/** Who signed, and when: an electronic signature confirmed with the signer's own authenticator code. */
public record Signer(long id, String name, Instant at) {
}

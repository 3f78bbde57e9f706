package org.ketamineclinic.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReferenceCodeTest {

	@Test
	void isShortReadableAndFreeOfEasilyConfusedLetters() {
		for (int i = 0; i < 1_000; i++) {
			String code = ReferenceCode.next();
			assertThat(code).hasSize(12).matches("KC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
		}
	}

	@Test
	void isRandomNotCounted() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			codes.add(ReferenceCode.next());
		}
		// 40 random bits: 10,000 draws collide with a probability of about 5 in 100 million.
		assertThat(codes).hasSize(10_000);
	}
}

package org.ketamineclinic.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Base32Test {

	@Test
	void encodesTheRfc4648TestVectorsWithoutPadding() {
		assertThat(encode("")).isEmpty();
		assertThat(encode("f")).isEqualTo("MY");
		assertThat(encode("fo")).isEqualTo("MZXQ");
		assertThat(encode("foo")).isEqualTo("MZXW6");
		assertThat(encode("foob")).isEqualTo("MZXW6YQ");
		assertThat(encode("fooba")).isEqualTo("MZXW6YTB");
		assertThat(encode("foobar")).isEqualTo("MZXW6YTBOI");
	}

	@Test
	void decodesTheRfc4648TestVectorsWithOrWithoutPadding() {
		assertThat(decode("MZXW6YTBOI")).isEqualTo("foobar");
		assertThat(decode("MZXW6YTBOI======")).isEqualTo("foobar");
		assertThat(decode("MZXW6YQ=")).isEqualTo("foob");
		assertThat(decode("MY======")).isEqualTo("f");
	}

	@Test
	void aSecretTypedByHandInLowerCaseWithSpacesOrDashesStillDecodes() {
		assertThat(decode("mzxw 6ytb-oi")).isEqualTo("foobar");
	}

	@Test
	void lettersOutsideTheAlphabetAreRefused() {
		// 0, 1, 8 and 9 are left out of Base32 because they look like O, I, B and g.
		assertThatThrownBy(() -> Base32.decode("MZXW0YTB")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Base32.decode("MZXW1YTB")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void everyByteSurvivesARoundTrip() {
		var random = new Random(6238);
		for (int length = 0; length <= 40; length++) {
			byte[] bytes = new byte[length];
			random.nextBytes(bytes);
			assertThat(Base32.decode(Base32.encode(bytes))).as("%d bytes", length).isEqualTo(bytes);
		}
		byte[] all = new byte[256];
		for (int i = 0; i < all.length; i++) {
			all[i] = (byte) i;
		}
		assertThat(Base32.decode(Base32.encode(all))).isEqualTo(all);
	}

	private static String encode(String text) {
		return Base32.encode(text.getBytes(StandardCharsets.US_ASCII));
	}

	private static String decode(String text) {
		return new String(Base32.decode(text), StandardCharsets.US_ASCII);
	}
}

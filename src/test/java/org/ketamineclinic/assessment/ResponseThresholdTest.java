package org.ketamineclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseThresholdTest {

	@Test
	void aResponseIsAtLeastTheConfiguredShareBelowTheBaseline() {
		var half = new AssessmentProperties.Outcome(0.5, 5);
		assertThat(half.responseAtOrBelow(14)).isEqualTo(7);
		assertThat(half.responseAtOrBelow(15)).as("7.5 is not a whole score: 7 is 53% lower, 8 only 47%").isEqualTo(7);
	}

	@Test
	void thresholdsAreWholeNumberArithmeticNotFloatingPoint() {
		// 10 × (1 − 0.3) is 6.999… in floating point: a 30% reduction from 10 is 7 all the same.
		assertThat(new AssessmentProperties.Outcome(0.3, 5).responseAtOrBelow(10)).isEqualTo(7);
	}
}

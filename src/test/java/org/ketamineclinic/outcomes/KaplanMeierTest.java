package org.ketamineclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class KaplanMeierTest {

	@Test
	void aPatientLastMeasuredBeforeRespondingLeavesTheRiskSetInsteadOfCountingAsNeverResponding() {
		TreeMap<Integer, int[]> days = new TreeMap<>();
		days.put(2, new int[] { 1, 0 }); // of 6: one responds on day 2
		days.put(4, new int[] { 0, 1 }); // one last measured on day 4 without a response
		days.put(7, new int[] { 2, 0 }); // of the 4 left, two respond on day 7
		days.put(14, new int[] { 1, 1 }); // of the 2 left, one responds, one is censored
		KaplanMeier curve = KaplanMeier.of(days);

		assertThat(curve.patients()).isEqualTo(6);
		assertThat(curve.steps()).extracting(KaplanMeier.Step::atRisk).containsExactly(6, 5, 4, 2);
		assertThat(curve.steps().get(0).notYetResponded()).isCloseTo(5.0 / 6, within(1e-9));
		assertThat(curve.steps().get(1).notYetResponded()).isCloseTo(5.0 / 6, within(1e-9));
		assertThat(curve.steps().get(2).notYetResponded()).isCloseTo(5.0 / 6 * 2 / 4, within(1e-9));
		assertThat(curve.steps().get(3).notYetResponded()).isCloseTo(5.0 / 12 / 2, within(1e-9));
		assertThat(curve.median()).isEqualTo(7);
	}

	@Test
	void whenFewerThanHalfEverRespondThereIsNoMedian() {
		TreeMap<Integer, int[]> days = new TreeMap<>();
		days.put(3, new int[] { 1, 0 });
		days.put(21, new int[] { 0, 3 });
		assertThat(KaplanMeier.of(days).median()).isNull();
	}
}

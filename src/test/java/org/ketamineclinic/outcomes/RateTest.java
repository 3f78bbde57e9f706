package org.ketamineclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The 95% Wilson score interval, against reference values: Newcombe, Statistics in Medicine 1998;17:857–872, table I
 * (81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605; 0/20 → 0–0.1611; 1/29 → 0.0061–0.1718), and the symmetric 5/10.
 */
class RateTest {

	@Test
	void theWilsonIntervalMatchesNewcombesPublishedValues() {
		assertInterval(new Rate(81, 263), 0.2553, 0.3662);
		assertInterval(new Rate(15, 148), 0.0624, 0.1605);
		assertInterval(new Rate(0, 20), 0.0, 0.1611);
		assertInterval(new Rate(1, 29), 0.0061, 0.1718);
		assertInterval(new Rate(5, 10), 0.2366, 0.7634);
	}

	@Test
	void aRateIsPrintedAsWholePercentWithItsInterval() {
		Rate rate = new Rate(81, 263);
		assertThat(rate.percent()).isEqualTo("31%");
		assertThat(rate.interval()).isEqualTo("26–37%");
	}

	@Test
	void nobodyMeasuredIsNoFigureAtAll() {
		Rate none = new Rate(0, 0);
		assertThat(none.measured()).isFalse();
		assertThat(none.percent()).isEqualTo("–");
		assertThat(none.interval()).isEqualTo("–");
	}

	@Test
	void moreThanAllIsNoProportion() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Rate(3, 2));
	}

	private static void assertInterval(Rate rate, double low, double high) {
		assertThat(rate.low()).isCloseTo(low, within(0.00006));
		assertThat(rate.high()).isCloseTo(high, within(0.00006));
	}
}

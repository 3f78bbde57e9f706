package org.ketamineclinic.outcomes;

/**
 * A proportion with its 95% Wilson score interval, which stays inside 0–100% and behaves for small n and for rates
 * near 0 or 1, where the textbook normal interval does not (Brown, Cai and DasGupta, Statistical Science 2001).
 *
 * @param count how many had the outcome
 * @param n     out of how many
 */
public record Rate(int count, int n) {

	/** The normal quantile for a two-sided 95% interval. */
	static final double Z = 1.959963984540054;

	public Rate {
		if (n < 0 || count < 0 || count > n) {
			throw new IllegalArgumentException(count + " of " + n + " is not a proportion");
		}
	}

	public boolean measured() {
		return n > 0;
	}

	public double proportion() {
		return n == 0 ? 0 : (double) count / n;
	}

	public double low() {
		return n == 0 ? 0 : centre() - halfWidth();
	}

	public double high() {
		return n == 0 ? 1 : centre() + halfWidth();
	}

	private double centre() {
		double p = proportion();
		return (p + Z * Z / (2.0 * n)) / (1 + Z * Z / n);
	}

	private double halfWidth() {
		double p = proportion();
		return Z / (1 + Z * Z / n) * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n));
	}

	/** "62%", or an en dash when nobody was measured. */
	public String percent() {
		return n == 0 ? "–" : whole(proportion());
	}

	/** "58–66%". */
	public String interval() {
		return n == 0 ? "–" : Math.round(low() * 100) + "–" + whole(high());
	}

	Rate plus(Rate other) {
		return new Rate(count + other.count, n + other.n);
	}

	static String whole(double fraction) {
		return Math.round(fraction * 100) + "%";
	}
}

package org.ketamineclinic.outcomes;

/**
 * The outcomes of one group of patients (a clinic, a program, a dose, a baseline severity, or everyone): response
 * and remission at the end of the series and at follow-up, each for everyone who started and for completers.
 *
 * @param started everyone in the group who started a series with a baseline score
 */
public record GroupOutcome(String label, int started, TimePoint endOfSeries, TimePoint followUp) {

	/**
	 * @param intentionToTreat everyone whose time point has passed; those not measured count as not better
	 * @param completers       those who had every infusion and were measured at the time point
	 */
	public record TimePoint(Rates intentionToTreat, Rates completers) {

		TimePoint plus(TimePoint other) {
			return new TimePoint(intentionToTreat.plus(other.intentionToTreat), completers.plus(other.completers));
		}

		public Rates of(Population population) {
			return population == Population.COMPLETERS ? completers : intentionToTreat;
		}
	}

	public record Rates(Rate response, Rate remission) {

		static final Rates NONE = new Rates(new Rate(0, 0), new Rate(0, 0));

		Rates plus(Rates other) {
			return new Rates(response.plus(other.response), remission.plus(other.remission));
		}
	}

	static GroupOutcome empty(String label) {
		return new GroupOutcome(label, 0, new TimePoint(Rates.NONE, Rates.NONE), new TimePoint(Rates.NONE, Rates.NONE));
	}

	GroupOutcome plus(GroupOutcome other) {
		return new GroupOutcome(label, started + other.started, endOfSeries.plus(other.endOfSeries),
				followUp.plus(other.followUp));
	}
}

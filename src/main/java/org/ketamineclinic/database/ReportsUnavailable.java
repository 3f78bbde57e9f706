package org.ketamineclinic.database;

/**
 * A report could not be read: the reports database did not answer in time, or the report ran past its statement
 * timeout. Everything else on the platform still works; the manager is told to try again later.
 */
public class ReportsUnavailable extends RuntimeException {

	private final boolean tooSlow;

	ReportsUnavailable(boolean tooSlow, Throwable cause) {
		super(tooSlow ? "The report ran past the reports database's statement timeout"
				: "The reports database could not be reached", cause);
		this.tooSlow = tooSlow;
	}

	/** True when the report itself took too long, rather than the database not answering. */
	public boolean tooSlow() {
		return tooSlow;
	}
}

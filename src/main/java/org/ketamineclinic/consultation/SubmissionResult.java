package org.ketamineclinic.consultation;

import java.util.List;

/** What became of a submission: stored (possibly as a repeat of one already stored), or sent back to be corrected. */
public sealed interface SubmissionResult {

	/**
	 * The request is stored (or was already, for a double submit).
	 *
	 * @param receipt what the person is told
	 */
	record Accepted(ConsultationReceipt receipt) implements SubmissionResult {
	}

	/**
	 * Nothing was stored; the form comes back with these errors, in the order of the form's fields.
	 *
	 * @param errors the fields to correct
	 */
	record Invalid(List<FieldError> errors) implements SubmissionResult {
	}
}

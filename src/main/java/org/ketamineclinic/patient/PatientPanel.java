package org.ketamineclinic.patient;

import java.time.ZoneId;
import java.util.Optional;

/**
 * A part of a patient's clinical screens that another module draws (the questionnaire trend, for one): the chart page
 * and the infusion session show every panel. The module that knows the data renders it with its own template, so the
 * screens that show it need not depend on that module, which depends on them.
 */
public interface PatientPanel {

	/**
	 * The panel's HTML for this patient, or empty when there is nothing to show. Called only for clinicians, who may
	 * see clinical data; a panel that reads patient data records the read in the audit trail itself.
	 *
	 * @param zone the patient's clinic's zone, in which the screen shows times
	 */
	Optional<String> html(long patientId, ZoneId zone);
}

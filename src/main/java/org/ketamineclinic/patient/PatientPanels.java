package org.ketamineclinic.patient;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Every module's panels for a patient's clinical screens, in their declared order. */
@Service
public class PatientPanels {

	private final ObjectProvider<PatientPanel> panels;

	PatientPanels(ObjectProvider<PatientPanel> panels) {
		this.panels = panels;
	}

	public List<String> clinical(long patientId, ZoneId zone) {
		return panels.orderedStream().map(panel -> panel.html(patientId, zone)).flatMap(Optional::stream).toList();
	}
}

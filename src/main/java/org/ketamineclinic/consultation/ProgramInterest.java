package org.ketamineclinic.consultation;

/** The program a person is interested in. */
public enum ProgramInterest implements Choice {

	IV_INFUSIONS("iv-infusions", "IV ketamine infusions"),
	KETAMINE_THERAPY("ketamine-therapy", "Ketamine + Therapy (ketamine-assisted psychotherapy)"),
	NOT_SURE("not-sure", "Not sure yet");

	private final String code;

	private final String label;

	ProgramInterest(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public String label() {
		return label;
	}
}

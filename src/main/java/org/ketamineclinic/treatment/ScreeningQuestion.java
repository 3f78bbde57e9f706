package org.ketamineclinic.treatment;

/**
 * The yes/no questions of eligibility screening (DOMAIN.md §2). An exclusion makes the recommendation "not eligible";
 * a review flag makes it "needs review". Either way a prescriber decides: the system never approves anyone.
 */
public enum ScreeningQuestion {

	PSYCHOSIS(Kind.EXCLUSION, "History of psychosis (schizophrenia, schizoaffective disorder, psychotic features)"),
	VASCULAR(Kind.EXCLUSION, "Aneurysmal vascular disease, arteriovenous malformation or intracerebral haemorrhage"),
	UNCONTROLLED_HYPERTENSION(Kind.EXCLUSION, "Uncontrolled hypertension"),
	PREGNANT_OR_BREASTFEEDING(Kind.EXCLUSION, "Pregnant or breastfeeding"),
	KETAMINE_HYPERSENSITIVITY(Kind.EXCLUSION, "Known hypersensitivity to ketamine"),
	RAISED_INTRACRANIAL_PRESSURE(Kind.EXCLUSION, "Raised intracranial pressure"),
	UNTREATED_HYPERTHYROIDISM(Kind.EXCLUSION, "Untreated hyperthyroidism"),
	SUBSTANCE_USE(Kind.REVIEW, "Substance use disorder, especially past ketamine misuse"),
	CARDIOVASCULAR(Kind.REVIEW, "Cardiovascular disease"),
	BRAIN_INJURY(Kind.REVIEW, "Recent traumatic brain injury"),
	SLEEP_APNOEA(Kind.REVIEW, "Sleep apnoea"),
	OPIOIDS_OR_BENZODIAZEPINES(Kind.REVIEW, "Takes opioids or benzodiazepines");

	/** What a "yes" means for the recommendation. */
	public enum Kind {
		EXCLUSION, REVIEW
	}

	private final Kind kind;

	private final String label;

	ScreeningQuestion(Kind kind, String label) {
		this.kind = kind;
		this.label = label;
	}

	public Kind kind() {
		return kind;
	}

	public String label() {
		return label;
	}

	public boolean exclusion() {
		return kind == Kind.EXCLUSION;
	}
}

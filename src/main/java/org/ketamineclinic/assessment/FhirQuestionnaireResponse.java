package org.ketamineclinic.assessment;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One stored questionnaire as a FHIR R4 QuestionnaireResponse: every answered item under its key, answers coded with
 * their LOINC answer codes where the instrument has them. R4 gives a response item no code element (HL7's JSON schema
 * refuses one): an item's LOINC code belongs on the Questionnaire, which this export does not carry.
 */
final class FhirQuestionnaireResponse {

	private FhirQuestionnaireResponse() {
	}

	static ObjectNode of(AnsweredQuestionnaire answered, ObjectNode subject) {
		Instrument instrument = Instruments.of(answered.instrument());
		ObjectNode response = FhirTerms.NODES.objectNode().put("resourceType", "QuestionnaireResponse");
		response.putObject("identifier")
			.put("system", FhirTerms.RESPONSE_IDS)
			.put("value", Long.toString(answered.id()));
		response.put("questionnaire", FhirTerms.questionnaire(instrument));
		response.put("status", status(instrument, answered));
		response.set("subject", subject);
		response.put("authored", answered.submittedAt().toString());
		ArrayNode items = response.putArray("item");
		for (Item item : instrument.items()) {
			Integer value = answered.answers().get(item.key());
			if (value != null) {
				ObjectNode node = items.addObject().put("linkId", item.key()).put("text", item.text());
				node.putArray("answer").add(answer(item, value));
			}
		}
		if (items.isEmpty()) {
			response.remove("item");
		}
		return response;
	}

	/**
	 * "completed" when every question shown was answered; "stopped" for one kept although unfinished, as happens when
	 * a worrying answer is stored and escalated before the rest were given.
	 */
	private static String status(Instrument instrument, AnsweredQuestionnaire answered) {
		return Scoring.score(instrument, answered.answers()).missing().isEmpty() ? "completed" : "stopped";
	}

	private static ObjectNode answer(Item item, int value) {
		ObjectNode answer = FhirTerms.NODES.objectNode();
		Option option = item.options().stream().filter(o -> o.value() == value).findFirst().orElse(null);
		if (option == null || option.loincAnswer() == null) {
			return answer.put("valueInteger", value);
		}
		answer.set("valueCoding", FhirTerms.coding(FhirTerms.LOINC, option.loincAnswer(), option.label()));
		return answer;
	}
}

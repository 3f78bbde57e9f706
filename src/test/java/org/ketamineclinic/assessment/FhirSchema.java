package org.ketamineclinic.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * HL7's FHIR R4 JSON schema (fhir.schema.json, draft-06), vendored under src/test/resources/fhir/ (see the README
 * there for where it came from), loaded once: it is 3 MB.
 */
final class FhirSchema {

	private static final Schema R4 = load();

	private FhirSchema() {
	}

	/** What the schema finds wrong with a FHIR JSON document; empty when it is valid. */
	static List<String> problems(String json) {
		List<Error> errors = R4.validate(json, InputFormat.JSON);
		return errors.stream().map(Error::toString).toList();
	}

	/**
	 * HL7 declares draft-06 but names the schema's base URI with draft-04's {@code id}, which the validator's draft-06
	 * dialect refuses as an unknown keyword; draft-06 spells it {@code $id}, so it is renamed on loading rather than
	 * in the vendored file, which stays as HL7 published it.
	 */
	private static Schema load() {
		try (InputStream in = FhirSchema.class.getResourceAsStream("/fhir/fhir.schema.json")) {
			ObjectNode schema = (ObjectNode) JsonMapper.builder().build().readTree(in);
			schema.set("$id", schema.remove("id"));
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6).getSchema(schema);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

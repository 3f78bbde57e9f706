package org.ketamineclinic.outcomes;

import org.ketamineclinic.assessment.AssessmentProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OutcomesConfiguration {

	/** One definition for the whole module, from both modules' settings. */
	@Bean
	Definition outcomeDefinition(OutcomesProperties outcomes, AssessmentProperties assessment) {
		return Definition.of(outcomes, assessment);
	}
}

package org.ketamineclinic;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on PostgreSQL (the test JVM's embedded server, or {@code CLINIC_TEST_DB_URL}), with MockMvc
 * and a movable clock. Every test using it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(ClinicIntegrationTest.Support.class)
public @interface ClinicIntegrationTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Support {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}

		@Bean
		AnnouncedConsultations announcedConsultations(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
			return new AnnouncedConsultations(jdbc);
		}
	}
}

package org.ketamineclinic.staff;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffProperties.class)
class StaffConfiguration {

	/**
	 * Argon2id at OWASP's recommended minimum (19 MiB of memory, 2 iterations, 1 lane): each guess costs an
	 * attacker memory as well as time.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
	}
}

package org.ketamineclinic.staff;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.web.http.DefaultCookieSerializer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffProperties.class)
class StaffConfiguration {

	static final String SESSION_COOKIE = "CLINIC_STAFF_SESSION";

	/**
	 * Argon2id at OWASP's recommended minimum (19 MiB of memory, 2 iterations, 1 lane): each guess costs an
	 * attacker memory as well as time.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
	}

	/**
	 * The staff session cookie: HttpOnly, SameSite=Lax, Secure whenever the request came over HTTPS, and sent only
	 * to the staff workspace, so public pages never see it. Declared here rather than through server.servlet
	 * properties, which Spring Boot applies only when it runs its own web server.
	 */
	@Bean
	DefaultCookieSerializer staffSessionCookie() {
		var cookie = new DefaultCookieSerializer();
		cookie.setCookieName(SESSION_COOKIE);
		cookie.setCookiePath("/staff");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}
}

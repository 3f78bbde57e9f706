package org.ketamineclinic.web;

import java.util.List;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Security of the public site: CSRF tokens on every form, strict security headers on every response, and only the
 * health and metrics endpoints of the actuator reachable (metrics only on the management port). Staff sign-in comes with the staff module.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain publicSite(HttpSecurity http, List<FormsKeepingInput> formsKeepingInput) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			// Health for the load balancer; Prometheus's scrape on the management port, which listens on loopback only
			// (management.server.address): metrics carry counts and timings, never personal data.
			.requestMatchers(EndpointRequest.to("health", "prometheus"))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.denyAll()
			.anyRequest()
			.permitAll())
			// The token lives in a cookie, not a server session: public pages stay stateless across instances.
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
				// Providers' webhooks prove their origin by signature (see the messaging module), not by a token.
				.ignoringRequestMatchers("/webhooks/**"))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new CsrfRejection(formsKeepingInput)))
			// One set of headers for every response (see SecurityHeaders). Pages set their own caching: public pages
			// revalidate by ETag, forms are never stored.
			.headers(headers -> headers.defaultsDisabled().addHeaderWriter(new SecurityHeaders()));
		return http.build();
	}
}

package org.ketamineclinic.staff.web;

import java.time.Clock;

import org.ketamineclinic.staff.StaffProperties;
import org.ketamineclinic.staff.StaffSignIn;
import org.ketamineclinic.web.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Security of the staff workspace ({@code /staff/**}): every screen needs a password and an authenticator code
 * (Spring Security's multi-factor support), plus the role the screen is for (docs/security.md). Sessions live in
 * PostgreSQL; CSRF tokens are kept in the session.
 */
@Configuration(proxyBeanMethods = false)
@EnableMultiFactorAuthentication(authorities = {})
class StaffSecurityConfiguration {

	static final String SIGN_IN = "/staff/sign-in";

	static final String CODE = "/staff/sign-in/code";

	@Bean
	SecurityContextRepository staffSecurityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	RequestCache staffRequestCache() {
		var cache = new HttpSessionRequestCache();
		// Only screens are worth returning to after signing in; not background refreshes or scripts.
		cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
				&& request.getHeader("HX-Request") == null && !request.getRequestURI().startsWith(SIGN_IN));
		return cache;
	}

	@Bean
	@Order(1)
	SecurityFilterChain staffWorkspace(HttpSecurity http, StaffSignIn signIn, StaffProperties properties, Clock clock,
			SecurityContextRepository contextRepository, RequestCache requestCache) throws Exception {
		AuthorizationManagerFactory<RequestAuthorizationContext> bothFactors = AuthorizationManagerFactories
			.<RequestAuthorizationContext>multiFactor()
			.requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, StaffSignIn.TOTP_FACTOR)
			.build();
		http.securityMatcher("/staff", "/staff/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(SIGN_IN, "/staff/welcome/**")
				.permitAll()
				.requestMatchers(CODE, "/staff/sign-in/recovery")
				.hasAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
				.requestMatchers("/staff/accounts", "/staff/accounts/**", "/staff/audit", "/staff/audit/**")
				.access(bothFactors.hasRole("ADMIN"))
				.requestMatchers("/staff/consultations", "/staff/consultations/**", "/staff/messages", "/staff/messages/**")
				.access(bothFactors.hasRole("INTAKE"))
				.requestMatchers("/staff/metrics/**")
				.access(bothFactors.hasAnyRole("INTAKE", "MANAGER"))
				.requestMatchers("/staff/content", "/staff/content/**")
				.access(bothFactors.hasAnyRole("ADMIN", "CONTENT_EDITOR"))
				// Controlled substances (DEA Schedule III): the clinicians who handle ketamine and the administrators;
				// only an administrator resolves a count discrepancy.
				.requestMatchers("/staff/controlled-substances/discrepancies/*/resolve")
				.access(bothFactors.hasRole("ADMIN"))
				.requestMatchers("/staff/controlled-substances", "/staff/controlled-substances/**")
				.access(bothFactors.hasAnyRole("NURSE", "PRESCRIBER", "ADMIN"))
				// Scheduling (docs/security.md): the roster is the managers'; booking, moving and cancelling the
				// coordinators'; arrivals the coordinators' and nurses'; calendars everyone's who treats patients.
				.requestMatchers("/staff/schedule/mine", "/staff/schedule/mine/**")
				.access(bothFactors.authenticated())
				.requestMatchers("/staff/schedule/roster", "/staff/schedule/roster/**")
				.access(bothFactors.hasAnyRole("MANAGER", "ADMIN"))
				.requestMatchers("/staff/schedule/appointments/*/check-in", "/staff/schedule/appointments/*/no-show",
						"/staff/schedule/appointments/*/complete")
				.access(bothFactors.hasAnyRole("INTAKE", "NURSE"))
				.requestMatchers("/staff/schedule/book", "/staff/schedule/book/**", "/staff/schedule/series/**",
						"/staff/schedule/tasks", "/staff/schedule/tasks/**", "/staff/schedule/appointments/*/move",
						"/staff/schedule/appointments/*/cancel")
				.access(bothFactors.hasRole("INTAKE"))
				.requestMatchers("/staff/schedule", "/staff/schedule/**")
				.access(bothFactors.hasAnyRole("INTAKE", "NURSE", "PRESCRIBER", "THERAPIST"))
				// The chart (docs/security.md): diagnoses are the prescribers'; medications, allergies and weights the
				// nurses' and prescribers'; demographics, contacts and documents are kept by coordinators too;
				// therapists read.
				.requestMatchers("/staff/patients/*/diagnoses", "/staff/patients/*/diagnoses/**")
				.access(bothFactors.hasRole("PRESCRIBER"))
				.requestMatchers("/staff/patients/*/medications", "/staff/patients/*/medications/**",
						"/staff/patients/*/allergies", "/staff/patients/*/allergies/**", "/staff/patients/*/weights")
				.access(bothFactors.hasAnyRole("NURSE", "PRESCRIBER"))
				.requestMatchers(HttpMethod.POST, "/staff/patients/search")
				.access(bothFactors.hasAnyRole("INTAKE", "NURSE", "PRESCRIBER", "THERAPIST"))
				.requestMatchers("/staff/patients/new")
				.access(bothFactors.hasAnyRole("INTAKE", "NURSE", "PRESCRIBER"))
				.requestMatchers(HttpMethod.POST, "/staff/patients/**")
				.access(bothFactors.hasAnyRole("INTAKE", "NURSE", "PRESCRIBER"))
				.requestMatchers("/staff/patients", "/staff/patients/**")
				.access(bothFactors.hasAnyRole("INTAKE", "NURSE", "PRESCRIBER", "THERAPIST"))
				// Treatment (docs/security.md): nurses and prescribers; a prescriber signs decisions and orders.
				.requestMatchers("/staff/treatment/screenings/*/decision", "/staff/treatment/patients/*/orders",
						"/staff/treatment/patients/*/orders/**", "/staff/treatment/orders/**")
				.access(bothFactors.hasRole("PRESCRIBER"))
				.requestMatchers("/staff/treatment", "/staff/treatment/**")
				.access(bothFactors.hasAnyRole("NURSE", "PRESCRIBER"))
				// Safety alerts: every clinician sees and acknowledges them; nurses and prescribers send questionnaires.
				.requestMatchers("/staff/safety", "/staff/safety/**")
				.access(bothFactors.hasAnyRole("NURSE", "PRESCRIBER", "THERAPIST"))
				.requestMatchers(HttpMethod.POST, "/staff/assessment/**")
				.access(bothFactors.hasAnyRole("NURSE", "PRESCRIBER"))
				.requestMatchers("/staff/assessment/patients/*/tablet")
				.access(bothFactors.hasAnyRole("NURSE", "PRESCRIBER"))
				.requestMatchers("/staff/assessment/**")
				.access(bothFactors.hasAnyRole("NURSE", "PRESCRIBER", "THERAPIST"))
				// Outcomes (docs/security.md): aggregate figures and course-level exports are the managers'.
				.requestMatchers("/staff/outcomes", "/staff/outcomes/**")
				.access(bothFactors.hasAnyRole("MANAGER", "ADMIN"))
				// Psychotherapy notes (docs/security.md): the job opens the door, the patient's care team decides
				// which notes (object level, in the psychotherapy module).
				.requestMatchers("/staff/psychotherapy", "/staff/psychotherapy/**")
				.access(bothFactors.hasAnyRole("THERAPIST", "PRESCRIBER", "NURSE"))
				.anyRequest()
				.access(bothFactors.authenticated()))
			.securityContext(context -> context.securityContextRepository(contextRepository))
			.requestCache(cache -> cache.requestCache(requestCache))
			.formLogin(form -> form.loginPage(SIGN_IN)
				.loginProcessingUrl(SIGN_IN)
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler((request, response, authentication) -> {
					signIn.passwordAccepted(Long.parseLong(authentication.getName()));
					response.sendRedirect(CODE);
				})
				.failureHandler((request, response, exception) -> {
					String email = request.getParameter("email");
					signIn.passwordRefused(email, request.getRemoteAddr());
					request.getSession().setAttribute(SignInController.TYPED_EMAIL, email);
					response.sendRedirect(SIGN_IN + "?error");
				}))
			.logout(logout -> logout.logoutUrl("/staff/sign-out")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getName().matches("\\d+")) {
						signIn.signedOut(Long.parseLong(authentication.getName()), false);
					}
				})
				.logoutSuccessUrl(SIGN_IN + "?signed-out"))
			.exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
					new LoginUrlAuthenticationEntryPoint(CODE), StaffSignIn.TOTP_FACTOR))
			.addFilterBefore(new SignInThrottleFilter(signIn), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new SessionGuard(signIn, properties, clock), AuthorizationFilter.class)
			// The site's security headers, and no caching anywhere: staff screens hold personal data.
			.headers(headers -> headers.defaultsDisabled().cacheControl(cache -> {
			}).addHeaderWriter(new SecurityHeaders()));
		return http.build();
	}
}

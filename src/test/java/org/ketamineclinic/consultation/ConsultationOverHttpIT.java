package org.ketamineclinic.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The form over real HTTP, where the servlet container follows forwards and error pages as in production. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClinicIntegrationTest.Support.class)
class ConsultationOverHttpIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aFormWhoseSecurityTokenExpiredComesBackFilledInAndNothingIsStored() throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("firstName", "Robin");
		fields.put("lastName", "Q");
		fields.put("phone", "(253) 555-0177");
		fields.put("email", "robin@example.org");
		fields.put("location", "tacoma");
		fields.put("program", "not-sure");
		fields.put("contactMethod", "phone");
		fields.put("bestTime", "any");
		fields.put("message", "Please call after 3 pm");
		fields.put("submissionKey", "6b0f7c3e-2a57-4c1e-9d55-0c6a1c2f4b10");
		String body = fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));

		// No CSRF cookie or token: as after a browser restart between opening the form and sending it.
		var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/consultation"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("this form timed out")
			.contains("value=\"Robin\"")
			.contains("value=\"(253) 555-0177\"")
			.contains("Please call after 3 pm")
			.contains("name=\"_csrf\"");
		assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN="));
		assertThat(jdbc.sql("select count(*) from consultation_request where email = 'robin@example.org'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anUnknownPageIsTheFriendly404() throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no/such/page")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We can't find that page").contains("988");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}
}

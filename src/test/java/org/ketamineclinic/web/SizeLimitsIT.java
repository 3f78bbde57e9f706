package org.ketamineclinic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a real server, where Tomcat enforces the body limits (MockMvc does not): a form post over
 * {@code server.tomcat.max-http-form-post-size} and an upload over {@code spring.servlet.multipart.*} get 413 and
 * the site's own error page, never a stack trace or a silently emptied form, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClinicIntegrationTest.Support.class)
class SizeLimitsIT {

	private static final int KB = 1024;

	private static final int MB = 1024 * KB;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aCompleteConsultationFormPaddedBeyond512KilobytesIsRefusedWith413AndNotStored() throws Exception {
		int before = count("consultation_request");
		var form = http.send(HttpRequest.newBuilder(uri("/consultation")).build(), HttpResponse.BodyHandlers.ofString());
		String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
			.findFirst().orElseThrow().split(";", 2)[0];
		// Everything a valid request needs, with its security token: without the limit it would be stored.
		String fields = "firstName=Robin&lastName=Q&phone=" + enc("(253) 555-0178") + "&email=robin.large%40example.org"
				+ "&location=virtual&program=not-sure&contactMethod=phone&bestTime=any&website="
				+ "&formToken=" + enc(hidden(form.body(), "formToken")) + "&submissionKey=" + UUID.randomUUID()
				+ "&_csrf=" + enc(hidden(form.body(), "_csrf"));

		for (int size : new int[] { 513 * KB, 3 * MB }) {
			var response = http.send(post("/consultation", "application/x-www-form-urlencoded", cookie,
					HttpRequest.BodyPublishers.ofString(fields + "&padding=" + "x".repeat(size))),
					HttpResponse.BodyHandlers.ofString());
			assertTooLarge(response, size + " bytes");
		}
		// Without a Content-Length (chunked), Tomcat counts as it reads.
		byte[] chunked = (fields + "&padding=" + "x".repeat(600 * KB)).getBytes(StandardCharsets.UTF_8);
		var response = http.send(post("/consultation", "application/x-www-form-urlencoded", cookie,
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked))),
				HttpResponse.BodyHandlers.ofString());
		assertTooLarge(response, "chunked");
		assertThat(count("consultation_request")).isEqualTo(before);
	}

	@Test
	void aDocumentUploadOverTheLimitsIsRefusedWith413AndNotStored() throws Exception {
		int before = count("patient_document");
		// Over max-request-size (6 MB), and over max-file-size (5 MB) inside a request under 6 MB.
		for (int size : new int[] { 7 * MB, 12 * MB, 5 * MB + 512 * KB }) {
			String boundary = "----clinic" + size;
			byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n--"
					+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
					+ "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.UTF_8);
			byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
			byte[] body = new byte[head.length + size + tail.length];
			System.arraycopy(head, 0, body, 0, head.length);
			System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
			var response = http.send(post("/staff/patients/1/documents", "multipart/form-data; boundary=" + boundary,
					null, HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofString());
			assertTooLarge(response, size + " bytes");
		}
		assertThat(count("patient_document")).isEqualTo(before);
	}

	private static void assertTooLarge(HttpResponse<String> response, String what) {
		assertThat(response.statusCode()).as(what).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).as(what)
			.contains("<html lang=\"en\">")
			.contains("<title>That was more than we can accept")
			.contains("<h1>That was more than we can accept</h1>")
			.contains("choose a smaller file")
			.contains("id=\"main\"")
			.contains("Error 413")
			.doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("Apache Tomcat");
	}

	private HttpRequest post(String path, String type, String cookie, HttpRequest.BodyPublisher body) {
		var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", type).POST(body);
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return request.build();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String hidden(String html, String name) {
		Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(m.find()).as("hidden field " + name).isTrue();
		return m.group(1).replace("&#43;", "+").replace("&amp;", "&");
	}
}

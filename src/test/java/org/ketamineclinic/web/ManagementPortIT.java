package org.ketamineclinic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * On a real server: the load balancer's probes answer on the application's port, Prometheus's metrics only on the
 * management port, with the clinic's own figures beside the JVM's and the requests'.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClinicIntegrationTest.Support.class)
class ManagementPortIT {

	@LocalServerPort
	int port;

	@Value("${local.management.port}")
	int managementPort;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void probesOnTheApplicationsPortMetricsOnlyOnTheManagementPort() throws Exception {
		assertThat(managementPort).isNotEqualTo(port);
		assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
		HttpResponse<String> ready = get(port, "/readyz");
		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(ready.body()).contains("UP");
		assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(404);

		HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("clinic_outbox_waiting ").contains("clinic_outbox_oldest_waiting_seconds ")
			.contains("clinic_intake_awaiting_first_contact ").contains("clinic_consultation_requests_total ")
			.contains("clinic_safety_alerts_open ").contains("clinic_safety_alerts_oldest_open_seconds ")
			.contains("jvm_memory_used_bytes").contains("hikaricp_connections_active");
		assertThat(get(managementPort, "/actuator/env").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(int to, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}

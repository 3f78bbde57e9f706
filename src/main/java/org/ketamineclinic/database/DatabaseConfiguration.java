package org.ketamineclinic.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource for the whole platform. PostgreSQL everywhere: the embedded server speaks the same SQL as
 * production, so dev, tests and production never disagree about the database.
 * <p>
 * The reports' pool ({@link ReportsDatabase}) is deliberately not a DataSource bean: Flyway, Spring Data JDBC,
 * Spring Session, the event registry and the readiness probe's database check can only ever find the primary, and a
 * replica's outage never takes an instance out of the load balancer.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties,
			@Value("${clinic.data-dir:./data}") Path dataDir) {
		return properties.external() ? EmbeddedPostgresServer.none()
				: EmbeddedPostgresServer.start(properties, dataDir);
	}

	@Bean
	DataSource dataSource(DatabaseProperties properties, EmbeddedPostgresServer embedded) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("clinic");
		config.setMaximumPoolSize(properties.poolSize());
		connectToPrimary(config, properties, embedded);
		// Fail fast at start when the database is unreachable, but let a running app ride out a restart of it.
		config.setInitializationFailTimeout(30_000);
		config.setConnectionTimeout(properties.connectionWait().toMillis());
		return new HikariDataSource(config);
	}

	@Bean
	ReportsDatabase reportsDatabase(DatabaseProperties properties, EmbeddedPostgresServer embedded,
			ObjectProvider<MeterRegistry> meters) {
		DatabaseProperties.Reports reports = properties.reports();
		HikariConfig config = new HikariConfig();
		config.setPoolName("clinic-reports");
		connectToPrimary(config, properties, embedded);
		if (reports.replica()) {
			config.setJdbcUrl(reports.url());
			config.setUsername(reports.userOr(config.getUsername()));
			config.setPassword(reports.passwordOr(config.getPassword()));
		}
		config.setMaximumPoolSize(reports.poolSize());
		// No connection kept open while nobody runs a report: N idle instances hold nothing on the replica.
		config.setMinimumIdle(0);
		// Start without reaching the replica: an instance whose replica is down still starts and serves everything
		// but the reports.
		config.setInitializationFailTimeout(-1);
		config.setConnectionTimeout(reports.connectionTimeout().toMillis());
		config.setReadOnly(true);
		// Enforced by the server, not only announced to the driver (which ignores read-only outside a transaction):
		// a report cannot write, and a query running past the timeout is cancelled and its connection freed.
		config.setConnectionInitSql("select set_config('default_transaction_read_only', 'on', false), "
				+ "set_config('statement_timeout', '" + reports.statementTimeout().toMillis() + "', false)");
		meters.ifAvailable(registry -> config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry)));
		return new ReportsDatabase(new HikariDataSource(config), reports.replica());
	}

	private static void connectToPrimary(HikariConfig config, DatabaseProperties properties,
			EmbeddedPostgresServer embedded) {
		if (properties.external()) {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
		}
		else {
			config.setJdbcUrl(embedded.jdbcUrl());
			config.setUsername(EmbeddedPostgresServer.USER);
		}
	}
}

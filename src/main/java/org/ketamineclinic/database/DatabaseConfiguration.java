package org.ketamineclinic.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource for the whole platform. PostgreSQL everywhere: the embedded server speaks the same SQL as
 * production, so dev, tests and production never disagree about the database.
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
		if (properties.external()) {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
		}
		else {
			config.setJdbcUrl(embedded.jdbcUrl());
			config.setUsername(EmbeddedPostgresServer.USER);
		}
		// Fail fast at start when the database is unreachable, but let a running app ride out a restart of it.
		config.setInitializationFailTimeout(30_000);
		config.setConnectionTimeout(properties.connectionWait().toMillis());
		return new HikariDataSource(config);
	}
}

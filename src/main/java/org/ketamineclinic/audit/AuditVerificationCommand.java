package org.ketamineclinic.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line check of the audit chain: {@code java -jar app.jar --audit-verify} starts the platform on its
 * database, walks the chain, prints the result and exits with 0 when the chain is intact, 3 when it is broken.
 */
@Component
class AuditVerificationCommand implements ApplicationRunner {

	static final String OPTION = "audit-verify";

	private static final Logger log = LoggerFactory.getLogger(AuditVerificationCommand.class);

	private final AuditTrail trail;

	private final ConfigurableApplicationContext context;

	AuditVerificationCommand(AuditTrail trail, ConfigurableApplicationContext context) {
		this.trail = trail;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		ChainVerification result = trail.verify();
		if (result.intact()) {
			log.info("Audit chain intact: {} rows checked, from the anchor after row {}", result.rowsChecked(),
					result.startsAfter());
		}
		else {
			log.error("Audit chain broken at row {}: {} ({} rows checked, from the anchor after row {})",
					result.firstBrokenId(), result.reason(), result.rowsChecked(), result.startsAfter());
		}
		int code = result.intact() ? 0 : 3;
		System.exit(SpringApplication.exit(context, () -> code));
	}
}

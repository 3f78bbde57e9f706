package org.ketamineclinic.staff;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Staff sessions live in PostgreSQL (Spring Session JDBC), shared by every app instance; ending a person's
 * sessions there ends them everywhere at once.
 */
@Component
class StaffSessions {

	private final FindByIndexNameSessionRepository<? extends Session> repository;

	StaffSessions(FindByIndexNameSessionRepository<? extends Session> repository) {
		this.repository = repository;
	}

	void endAllOf(long account) {
		// The session index holds the principal's name, which is the account id (see StaffPrincipal).
		repository.findByPrincipalName(Long.toString(account)).keySet().forEach(repository::deleteById);
	}
}

package org.ketamineclinic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ketamineclinic.consultation.ConsultationRequested;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Stands in for the modules to come (intake, messaging): listens to {@link ConsultationRequested} as they will,
 * after commit, and notes whether the request was already readable from another connection when it arrived.
 */
public class AnnouncedConsultations {

	private final JdbcClient jdbc;

	private final Map<Long, Boolean> committedWhenAnnounced = new ConcurrentHashMap<>();

	AnnouncedConsultations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ConsultationRequested event) {
		boolean committed = jdbc.sql("select count(*) from consultation_request where id = ?")
			.param(event.consultationRequestId())
			.query(Integer.class)
			.single() == 1;
		committedWhenAnnounced.put(event.consultationRequestId(), committed);
	}

	public Boolean committedWhenAnnounced(long id) {
		return committedWhenAnnounced.get(id);
	}
}

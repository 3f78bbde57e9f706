package org.ketamineclinic.scheduling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code resource_booking} table: what each appointment holds. Its exclusion constraint is the guarantee against
 * double booking, across threads and app instances alike; the search only proposes what looks free.
 */
@Repository
class Bookings {

	private final JdbcClient jdbc;

	Bookings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What these resources hold between {@code from} and {@code to}. */
	Busy busy(Collection<String> resources, Instant from, Instant to) {
		Busy busy = new Busy();
		if (resources.isEmpty()) {
			return busy;
		}
		jdbc.sql("""
				select resource, lower(during) as starts, upper(during) as ends from resource_booking
				where during && tstzrange(?, ?) and resource = any(string_to_array(?, ','))""")
			.params(Timestamp.from(from), Timestamp.from(to), String.join(",", resources))
			.query(rs -> {
				busy.add(rs.getString("resource"), rs.getTimestamp("starts").toInstant(),
						rs.getTimestamp("ends").toInstant());
			});
		return busy;
	}

	/**
	 * Holds resources for an appointment; throws {@link SlotTaken} when any of them was taken meanwhile (by another
	 * coordinator, or on another app instance): the constraint decides, and the caller's transaction is rolled back.
	 */
	void hold(long appointment, List<String> resources, Instant from, Instant to) {
		// Two bookings racing for the same chair would each wait for the other inside the exclusion check, a deadlock
		// PostgreSQL breaks only after a second. Taking a transaction lock per resource first, always in the same
		// order, makes the second wait for the first to commit and then be refused at once.
		for (String resource : resources.stream().sorted().toList()) {
			try {
				jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(resource).query().singleValue();
				jdbc.sql("insert into resource_booking (appointment_id, resource, during) values (?, ?, tstzrange(?, ?))")
					.params(appointment, resource, Timestamp.from(from), Timestamp.from(to))
					.update();
			}
			catch (DataIntegrityViolationException ex) {
				if (isOverlap(ex)) {
					throw new SlotTaken(List.of());
				}
				throw ex;
			}
			catch (org.springframework.dao.PessimisticLockingFailureException ex) {
				// A deadlock all the same (another writer outside this path): the booking lost, as in a race.
				throw new SlotTaken(List.of());
			}
		}
	}

	void release(long appointment) {
		jdbc.sql("delete from resource_booking where appointment_id = ?").param(appointment).update();
	}

	private static boolean isOverlap(DataIntegrityViolationException ex) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof java.sql.SQLException sql && "23P01".equals(sql.getSQLState())) {
				return true;
			}
			cause = cause.getCause();
		}
		return false;
	}
}

package org.ketamineclinic.psychotherapy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Care-team assignments (V18): appended, and ended once; never deleted. */
@Repository
class CareTeamRows {

	private final JdbcClient jdbc;

	CareTeamRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** False when the person already holds that part for the patient. */
	boolean insert(long patientId, long staffId, CareRole role, Instant at, long by) {
		return jdbc.sql("""
				insert into kap_care_team_member (patient_id, staff_id, care_role, assigned_at, assigned_by)
				values (?, ?, ?, ?, ?)
				on conflict (patient_id, staff_id, care_role) where ended_at is null do nothing""")
			.params(patientId, staffId, role.name(), Timestamp.from(at), by)
			.update() == 1;
	}

	/** False when there is no such current assignment for this patient. */
	boolean end(long patientId, long memberId, Instant at, long by) {
		return jdbc.sql("""
				update kap_care_team_member set ended_at = ?, ended_by = ?
				where id = ? and patient_id = ? and ended_at is null""")
			.params(Timestamp.from(at), by, memberId, patientId)
			.update() == 1;
	}

	/** Current assignments first (by part, then since when), then ended ones, newest first. */
	List<CareTeamMember> ofPatient(long patientId, Function<Long, String> names) {
		return jdbc.sql("""
				select * from kap_care_team_member where patient_id = ?
				order by ended_at is not null, ended_at desc, care_role desc, assigned_at""")
			.param(patientId)
			.query((rs, n) -> {
				Long endedBy = rs.getObject("ended_by", Long.class);
				return new CareTeamMember(rs.getLong("id"), patientId, rs.getLong("staff_id"),
						names.apply(rs.getLong("staff_id")), CareRole.valueOf(rs.getString("care_role")),
						KapSessions.instant(rs, "assigned_at"), names.apply(rs.getLong("assigned_by")),
						KapSessions.instant(rs, "ended_at"), endedBy == null ? null : names.apply(endedBy));
			})
			.list();
	}

	/** The parts one staff member currently plays in one patient's care. */
	Set<CareRole> partsOf(long patientId, long staffId) {
		var parts = EnumSet.noneOf(CareRole.class);
		jdbc.sql("""
				select care_role from kap_care_team_member
				where patient_id = ? and staff_id = ? and ended_at is null""")
			.params(patientId, staffId)
			.query(String.class)
			.list()
			.forEach(role -> parts.add(CareRole.valueOf(role)));
		return parts;
	}

	/** Patient id → the part a staff member plays, for every patient whose team they are currently on. */
	List<Map.Entry<Long, CareRole>> patientsOf(long staffId) {
		return jdbc.sql("""
				select patient_id, care_role from kap_care_team_member
				where staff_id = ? and ended_at is null order by assigned_at""")
			.param(staffId)
			.query((rs, n) -> Map.entry(rs.getLong("patient_id"), CareRole.valueOf(rs.getString("care_role"))))
			.list();
	}
}

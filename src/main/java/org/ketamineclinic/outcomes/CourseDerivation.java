package org.ketamineclinic.outcomes;

/**
 * The one statement that works out courses from the infusions and measures: for one patient when a fact arrives, for
 * all when the definitions change. A course is the order the patient's first infusion ran under; its time points
 * are counted from that first infusion, but the follow-up from the last: four weeks after the series, whenever
 * it ended.
 */
final class CourseDerivation {

	private CourseDerivation() {
	}

	/** @param infusionFilter restricts the infusions considered ("where patient_id = :patient"), or empty for all */
	static String sql(String infusionFilter) {
		return """
				insert into outcome_course (patient_id, synthetic, order_id, location, program, mg_per_kg,
				    planned_infusions, infusions_given, first_infusion_at, last_infusion_at, baseline_score,
				    end_score, follow_up_score, response_day, last_measured_day)
				select f.patient_id, f.patient_id < 0, f.order_id, f.location, f.program, f.mg_per_kg,
				       f.planned_infusions, g.given, f.started_at, g.last_at, b.total, e.total, u.total, r.day, l.day
				from (select distinct on (patient_id) * from outcome_infusion %s
				      order by patient_id, started_at, session_id) f
				cross join lateral (
				    select cast(count(*) as int) as given, max(i.started_at) as last_at from outcome_infusion i
				    where i.patient_id = f.patient_id and i.order_id = f.order_id) g
				left join lateral (
				    select m.total from outcome_measure m
				    where m.patient_id = f.patient_id and m.instrument = :instrument
				      and m.taken_at <= f.started_at and m.taken_at >= f.started_at - make_interval(secs => :baseline)
				    order by m.taken_at desc limit 1) b on true
				left join lateral (
				    select m.total from outcome_measure m
				    where m.patient_id = f.patient_id and m.instrument = :instrument
				      and m.taken_at between f.started_at + make_interval(secs => :end - :window)
				                         and f.started_at + make_interval(secs => :end + :window)
				    order by abs(extract(epoch from m.taken_at - f.started_at) - :end), m.taken_at limit 1) e on true
				left join lateral (
				    select m.total from outcome_measure m
				    where m.patient_id = f.patient_id and m.instrument = :instrument
				      and m.taken_at between g.last_at + make_interval(secs => :followUp - :window)
				                         and g.last_at + make_interval(secs => :followUp + :window)
				    order by abs(extract(epoch from m.taken_at - g.last_at) - :followUp), m.taken_at limit 1) u on true
				left join lateral (
				    select cast(floor(min(extract(epoch from m.taken_at - f.started_at)) / 86400) as int) as day
				    from outcome_measure m
				    where m.patient_id = f.patient_id and m.instrument = :instrument and b.total > 0
				      and m.taken_at > f.started_at
				      and m.taken_at <= g.last_at + make_interval(secs => :followUp + :window)
				      and m.total <= b.total * :kept / 10000) r on true
				left join lateral (
				    select cast(floor(max(extract(epoch from m.taken_at - f.started_at)) / 86400) as int) as day
				    from outcome_measure m
				    where m.patient_id = f.patient_id and m.instrument = :instrument
				      and m.taken_at > f.started_at
				      and m.taken_at <= g.last_at + make_interval(secs => :followUp + :window)) l on true
				on conflict (patient_id) do update set order_id = excluded.order_id, location = excluded.location,
				    program = excluded.program, mg_per_kg = excluded.mg_per_kg,
				    planned_infusions = excluded.planned_infusions, infusions_given = excluded.infusions_given,
				    first_infusion_at = excluded.first_infusion_at, last_infusion_at = excluded.last_infusion_at,
				    baseline_score = excluded.baseline_score, end_score = excluded.end_score,
				    follow_up_score = excluded.follow_up_score, response_day = excluded.response_day,
				    last_measured_day = excluded.last_measured_day""".formatted(infusionFilter);
	}
}

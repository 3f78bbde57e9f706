-- The reference for bench/outcomes.sh: the end-of-series response rate of everyone who started (intention to
-- treat), in one hand-written aggregate straight from the raw facts (outcome_infusion, outcome_measure), without
-- the derived outcome_course the dashboard reads. Same definitions as CourseDerivation and OutcomeAnalytics with
-- the default settings (clinic.outcomes.*, clinic.assessment.outcome.response-reduction = 0.5):
--   - a patient's course starts at their first infusion (earliest started_at, then session_id);
--   - baseline: the last PHQ-9 at most 30 days before it (up to and including the first infusion);
--   - end of series: the PHQ-9 nearest first + 21 days within 7 days either side (a tie: the earlier one);
--   - response: end score <= floor(baseline * 0.5); nobody measured then counts as not responding;
--   - counted: patients with a baseline > 0 whose end-of-series window has closed (first + 28 days <= now).
-- Intervals are in hours, not days: "1 day" added to a timestamptz is a calendar day in the session's time zone
-- (23 or 25 hours across a DST change), while the app adds exact 86,400-second days.
-- Prints "responded|started" (the dashboard's "X of Y who started").
select count(*) filter (where e.total <= floor(b.total * 0.5)) as responded, count(*) as started
from (select distinct on (patient_id) patient_id, started_at from outcome_infusion
      order by patient_id, started_at, session_id) f
cross join lateral (
    select m.total from outcome_measure m
    where m.patient_id = f.patient_id and m.instrument = 'PHQ9'
      and m.taken_at <= f.started_at and m.taken_at >= f.started_at - interval '720 hours'
    order by m.taken_at desc limit 1) b
left join lateral (
    select m.total from outcome_measure m
    where m.patient_id = f.patient_id and m.instrument = 'PHQ9'
      and m.taken_at between f.started_at + interval '336 hours' and f.started_at + interval '672 hours'
    order by abs(extract(epoch from m.taken_at - f.started_at) - 1814400), m.taken_at limit 1) e on true
where b.total > 0 and f.started_at <= now() - interval '672 hours';

-- Test data for bench/scheduling.sh (run by psql with -v first_day=YYYY-MM-DD -v days=N -v pool=N): the three
-- seeded clinics with 8 infusion chairs each, 8 nurses per clinic on shift whenever the clinic is open, and `days`
-- days of infusions from first_day on, about 75 % of chair time booked. Every booking holds its chair, a nurse's
-- capacity and its person, like the app's own bookings, and no resource is held twice at once (the exclusion
-- constraint checks it as the rows go in). Plus `pool` fresh consultation requests without appointments (ids from
-- 2,000,001), for the search and the bookings of the run. Deterministic: the same first_day gives the same data.
\set ON_ERROR_STOP 1
begin;

-- Chairs up to 8 per clinic, named like the location seeder's ("Chair 5").
insert into treatment_space (location_slug, kind, name)
select c.slug, 'CHAIR', 'Chair ' || n
from clinic_location c cross join generate_series(1, 8) n
where c.slug in ('seattle', 'bellevue', 'tacoma')
on conflict (location_slug, kind, name) do nothing;

-- 8 nurses per clinic, as the demonstration roster creates them (invited, cannot sign in, count for availability),
-- on shift during every opening day's hours.
insert into staff_account (email, display_name, roles, status, created_at, sessions_valid_from)
select 'bench-nurse-' || n || '.' || c.slug || '@demo.invalid', 'Bench Nurse ' || n || ' (' || c.title || ')', 'NURSE',
    'INVITED', now(), now()
from clinic_location c cross join generate_series(1, 8) n
where c.slug in ('seattle', 'bellevue', 'tacoma');

insert into staff_shift (staff_id, role, location_slug, weekday, starts, ends)
select s.id, 'NURSE', c.slug, w.n, (c.hours -> w.day ->> 0)::time, (c.hours -> w.day ->> 1)::time
from clinic_location c
join staff_account s on s.email like 'bench-nurse-%.' || c.slug || '@demo.invalid'
cross join (values (1, 'monday'), (2, 'tuesday'), (3, 'wednesday'), (4, 'thursday'), (5, 'friday'), (6, 'saturday'),
    (7, 'sunday')) w(n, day)
where c.slug in ('seattle', 'bellevue', 'tacoma') and c.hours ? w.day;

-- The bookings. Per clinic, day and chair: n bookings of 2 h, n drawn so that 75 % of the day is booked on average
-- (Seattle's 10 h weekday: 4 or 3; Bellevue's 9 h: 4 or 3; Tacoma's 8 h: 3; Seattle's 5 h Saturday: 2 or 1),
-- back to back except for the free time, which falls in up to two gaps at drawn places, cut on the 15-minute grid.
-- Chair k's bookings take nurse k; a person is one chair's booking number i of one week (a person's bookings are
-- all on one chair, so never at the same time).
create temporary table bench_booking on commit drop as
with clinic as (
    select slug, row_number() over (order by slug) as ci, time_zone, hours
    from clinic_location where slug in ('seattle', 'bellevue', 'tacoma')
), open_day as (
    select c.slug, c.ci, c.time_zone, d::date as day, (d::date - :'first_day'::date) / 7 as week,
        (c.hours -> lower(to_char(d, 'FMDay')) ->> 0)::time as opens,
        (c.hours -> lower(to_char(d, 'FMDay')) ->> 1)::time as closes
    from clinic c
    cross join generate_series(:'first_day'::date, :'first_day'::date + (:days - 1), interval '1 day') d
    where c.hours ? lower(to_char(d, 'FMDay'))
), chair_day as (
    select o.*, k as chair, (extract(epoch from o.closes - o.opens) / 60)::int as len,
        abs(hashtext(o.slug || ':' || o.day || ':' || k)::bigint) as h
    from open_day o cross join generate_series(1, 8) k
), counted as (
    select *, least(len / 120, floor(0.75 * len / 120.0 + (h % 1000) / 1000.0)::int) as n from chair_day
), gaps as (
    select *, len - 120 * n as free,
        15 * ((h / 1000) % ((len - 120 * n) / 15 + 1)) as gap1,
        (h / 7919) % (n + 1) as at1, (h / 104729) % (n + 1) as at2
    from counted
)
select g.slug, g.ci, g.time_zone, g.day, g.chair, i,
    ((g.day + g.opens) + make_interval(mins => (120 * i + case when g.at1 <= i then g.gap1 else 0 end
        + case when g.at2 <= i then g.free - g.gap1 else 0 end)::int)) at time zone g.time_zone as starts_at,
    1000000 + ((g.ci - 1) * 8 + g.chair - 1) * 60 * 6 + g.week * 6 + i as person
from gaps g cross join lateral generate_series(0, g.n - 1) i;

-- The people booked: consultation requests as the public form stores them (intake notices go out when a request
-- is submitted, so none is queued for these).
insert into consultation_request (id, reference_code, submission_key, fingerprint, status, first_name, last_name,
    phone_e164, email, preferred_location, program_interest, contact_method, best_time, message, sms_consent,
    needs_review, review_reasons, rate_limited, client_ip_hash, received_at, status_changed_at)
select p.id, 'BY-' || p.id, gen_random_uuid(), repeat('0', 64), 'CONTACTED', 'Bench', 'Person ' || p.id,
    '+1206' || lpad((p.id % 10000000)::text, 7, '0'), 'person' || p.id || '@bench.invalid', p.slug, 'iv-infusions',
    'phone', 'any', null, false, false, '', false, repeat('0', 64), now(), now()
from (select distinct person as id, slug from bench_booking
      union all
      select 2000000 + g, 'seattle' from generate_series(1, :pool) g) p;

create temporary table bench_appointment on commit drop as
select row_number() over (order by b.starts_at, b.slug, b.chair) as id, b.*,
    'chair:' || sp.id as chair_key, 'staff:' || st.id || ':1' as nurse_key
from bench_booking b
join (select id, location_slug, row_number() over (partition by location_slug order by length(name), name) as k
      from treatment_space where kind = 'CHAIR' and active) sp on sp.location_slug = b.slug and sp.k = b.chair
join staff_account st on st.email = 'bench-nurse-' || b.chair || '.' || b.slug || '@demo.invalid';

insert into appointment (id, type, location_slug, zone, starts_at, ends_at, mode, status, consultation_request,
    booked_at, status_changed_at)
select id, 'INFUSION', slug, time_zone, starts_at, starts_at + interval '2 hours', 'IN_PERSON', 'BOOKED', person,
    now(), now()
from bench_appointment;

insert into resource_booking (appointment_id, resource, during)
select a.id, r.resource, tstzrange(a.starts_at, a.starts_at + interval '2 hours')
from bench_appointment a
cross join lateral (values (a.chair_key), (a.nurse_key), ('person:' || a.person)) r(resource);

select setval('appointment_id_seq', (select max(id) from appointment));
select setval('consultation_request_id_seq', (select max(id) from consultation_request));
commit;
analyze;

-- The monitored infusion session (treatment module): one per infusion, from the pre-infusion checklist to the
-- nurse's signature. A signed session is locked: the triggers refuse any change to it or to its readings, alerts and
-- events; corrections are addenda.

create table infusion_session (
    id                    bigserial     primary key,
    patient_id            bigint        not null,
    order_id              bigint        not null references treatment_order (id),
    -- The infusion appointment (scheduling module), when the session was opened from the schedule.
    appointment_id        bigint        unique,
    clinic                varchar(60)   not null,
    opened_by             bigint        not null,
    opened_at             timestamptz   not null,
    -- Pre-infusion checklist.
    identity_confirmed    boolean       not null default false,
    fasting_confirmed     boolean       not null default false,
    escort_name           varchar(120),
    escort_phone          varchar(16),
    pregnancy_test        varchar(16)   check (pregnancy_test in ('NOT_REQUIRED', 'NEGATIVE_TODAY', 'NEGATIVE_ON_FILE')),
    weight_kg             numeric(5,1),
    checklist_by          bigint,
    checklist_at          timestamptz,
    -- The start gate: a baseline blood pressure above the limit needs a prescriber's override with a reason.
    bp_override_by        bigint,
    bp_override_reason    text,
    bp_override_at        timestamptz,
    -- The dose of this infusion, from today's weight, with the formula as shown.
    dose_mg               numeric(7,1),
    drug_ml               numeric(7,2),
    total_ml              numeric(7,2),
    rate_ml_per_hour      numeric(7,1),
    dose_formula          text,
    dose_checked_by       bigint,
    dose_checked_at       timestamptz,
    -- The controlled-substance ledger's draw for this infusion (substances module).
    substance_draw_id     bigint,
    started_at            timestamptz,
    infusion_ended_at     timestamptz,
    ended_early_reason    text,
    administered_mg       numeric(7,1),
    -- Dissociation afterwards (CADSS-6: six items scored 0-4).
    cadss_items           varchar(20),
    cadss_total           integer       check (cadss_total between 0 and 24),
    -- Discharge checklist.
    alert_and_oriented    boolean,
    escort_present        boolean,
    no_driving_acknowledged boolean,
    discharged_at         timestamptz,
    discharged_by         bigint,
    signed_by             bigint,
    signed_at             timestamptz,
    version               integer       not null default 0
);

create index infusion_session_patient on infusion_session (patient_id, opened_at desc);

create table infusion_vital (
    id             bigserial    primary key,
    session_id     bigint       not null references infusion_session (id),
    phase          varchar(10)  not null check (phase in ('BASELINE', 'DURING', 'AFTER')),
    taken_at       timestamptz  not null,
    systolic       integer      check (systolic > 0),
    diastolic      integer      check (diastolic > 0),
    heart_rate     integer      check (heart_rate > 0),
    spo2           integer      check (spo2 between 0 and 100),
    respiratory_rate integer    check (respiratory_rate > 0),
    recorded_by    bigint       not null
);

create index infusion_vital_session on infusion_vital (session_id, taken_at);

create table infusion_alert (
    id               bigserial    primary key,
    session_id       bigint       not null references infusion_session (id),
    vital_id         bigint       not null references infusion_vital (id),
    kind             varchar(32)  not null,
    severity         varchar(12)  not null,
    message          text         not null,
    raised_at        timestamptz  not null,
    acknowledged_by  bigint,
    acknowledged_at  timestamptz,
    action           varchar(20),
    action_note      text
);

create index infusion_alert_session on infusion_alert (session_id, raised_at);

-- Start, pause, resume, rate changes, stop, end, adverse events: the session's timeline.
create table infusion_event (
    id             bigserial    primary key,
    session_id     bigint       not null references infusion_session (id),
    kind           varchar(20)  not null,
    at             timestamptz  not null,
    rate_ml_per_hour numeric(7,1),
    detail         text,
    severity       varchar(12),
    action         varchar(20),
    alert_id       bigint       references infusion_alert (id),
    recorded_by    bigint       not null
);

create index infusion_event_session on infusion_event (session_id, at, id);

create table infusion_addendum (
    id          bigserial    primary key,
    session_id  bigint       not null references infusion_session (id),
    written_by  bigint       not null,
    written_at  timestamptz  not null,
    reason      text         not null,
    text        text         not null
);

create trigger infusion_addendum_fixed before update or delete on infusion_addendum
    for each row execute function treatment_refuse_change();

create function infusion_session_locked() returns trigger language plpgsql as $$
begin
    if old.signed_at is not null then
        raise exception 'A signed infusion record cannot be changed: write an addendum' using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger infusion_session_locked before update or delete on infusion_session
    for each row execute function infusion_session_locked();

-- Readings, alerts and events belong to the record: none is added, changed or removed once it is signed.
create function infusion_part_locked() returns trigger language plpgsql as $$
declare
    session bigint := case when tg_op = 'DELETE' then old.session_id else new.session_id end;
begin
    if exists (select 1 from infusion_session where id = session and signed_at is not null) then
        raise exception 'A signed infusion record cannot be changed: write an addendum' using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger infusion_vital_locked before insert or update or delete on infusion_vital
    for each row execute function infusion_part_locked();
create trigger infusion_alert_locked before insert or update or delete on infusion_alert
    for each row execute function infusion_part_locked();
create trigger infusion_event_locked before insert or update or delete on infusion_event
    for each row execute function infusion_part_locked();

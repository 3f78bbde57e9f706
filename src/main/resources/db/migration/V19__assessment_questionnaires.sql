-- Questionnaires and safety alerts (assessment module). Responses are kept as given: never changed.

create table assessment_link (
    id           bigserial    primary key,
    patient_id   bigint       not null,
    -- The instruments asked, comma-separated codes (PHQ9,GAD7,CSSRS_SCREENER).
    instruments  varchar(80)  not null,
    token_hash   char(64)     not null unique,
    created_by   bigint,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    used_at      timestamptz
);

create table assessment_response (
    id              bigserial    primary key,
    patient_id      bigint       not null,
    instrument      varchar(20)  not null,
    answers         jsonb        not null,
    total           integer,
    band            varchar(40),
    risk            varchar(12),
    safety_concern  boolean      not null,
    source          varchar(8)   not null check (source in ('LINK', 'TABLET')),
    link_id         bigint       references assessment_link (id),
    submitted_at    timestamptz  not null
);

create index assessment_response_patient on assessment_response (patient_id, instrument, submitted_at);

create function assessment_response_fixed() returns trigger language plpgsql as $$
begin
    raise exception 'A questionnaire response is kept as it was given' using errcode = 'P0001';
end $$;

create trigger assessment_response_fixed before update or delete on assessment_response
    for each row execute function assessment_response_fixed();

-- A safety concern stays open, and on every clinician's screen, until someone acknowledges it with what they did.
create table safety_alert (
    id                 bigserial    primary key,
    patient_id         bigint       not null,
    reasons            text         not null,
    raised_at          timestamptz  not null,
    escalations        integer      not null default 0,
    last_escalated_at  timestamptz,
    acknowledged_by    bigint,
    acknowledged_at    timestamptz,
    action_note        text,
    check ((acknowledged_at is null) = (action_note is null))
);

create index safety_alert_open on safety_alert (raised_at) where acknowledged_at is null;

create table safety_alert_response (
    alert_id     bigint not null references safety_alert (id),
    response_id  bigint not null references assessment_response (id),
    primary key (alert_id, response_id)
);

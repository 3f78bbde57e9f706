-- Double booking is made impossible by the database itself: an exclusion constraint over (resource, time range),
-- which needs btree_gist for the equality part. On an external server the extension must be allowed (README).
create extension if not exists btree_gist;

-- Who works where and when, as a weekly pattern in the clinic's local time.
create table staff_shift (
    id             bigserial   primary key,
    staff_id       bigint      not null,
    role           varchar(24) not null,
    location_slug  varchar(60) not null,
    weekday        smallint    not null check (weekday between 1 and 7),
    starts         time        not null,
    ends           time        not null,
    check (ends > starts)
);

create index staff_shift_location on staff_shift (location_slug, weekday);

-- A booked series of infusions, booked all at once and kept together.
create table infusion_series (
    id                    bigserial   primary key,
    consultation_request  bigint      not null,
    program               varchar(16) not null,
    infusions             smallint    not null,
    created_at            timestamptz not null,
    created_by            bigint
);

-- An appointment. Times are UTC instants; zone is the clinic's, in which it is shown and reminded.
-- The person is, until the patient chart exists, their consultation request.
create table appointment (
    id                    bigserial    primary key,
    type                  varchar(32)  not null,
    location_slug         varchar(60)  not null,
    zone                  varchar(64)  not null,
    starts_at             timestamptz  not null,
    ends_at               timestamptz  not null,
    mode                  varchar(12)  not null,
    status                varchar(16)  not null,
    consultation_request  bigint       not null,
    series_id             bigint       references infusion_series (id),
    series_position       smallint,
    booked_by             bigint,
    booked_at             timestamptz  not null,
    confirmed_at          timestamptz,
    status_changed_at     timestamptz  not null,
    status_changed_by     bigint,
    status_reason         varchar(200),
    version               integer      not null default 0,
    check (ends_at > starts_at)
);

create index appointment_location_time on appointment (location_slug, starts_at);
create index appointment_request on appointment (consultation_request, starts_at);
create index appointment_series on appointment (series_id);

-- What an appointment holds and when: a chair ("chair:12"), a room ("room:3"), or one of a staff member's
-- parallel capacities ("staff:7:1"; a nurse may monitor several chairs when the clinic allows it). Rows of a
-- cancelled appointment are deleted, which frees the time.
create table resource_booking (
    appointment_id  bigint      not null references appointment (id) on delete cascade,
    resource        varchar(40) not null,
    during          tstzrange   not null,
    primary key (appointment_id, resource),
    constraint resource_booking_no_overlap exclude using gist (resource with =, during with &&)
);

-- Things a coordinator must do that a patient asked for by text ("R" = please reschedule).
create table scheduling_task (
    id              bigserial    primary key,
    appointment_id  bigint       not null references appointment (id),
    kind            varchar(24)  not null,
    created_at      timestamptz  not null,
    done_at         timestamptz,
    done_by         bigint
);

create index scheduling_task_open on scheduling_task (created_at) where done_at is null;

-- A staff member's calendar feed: only the token's hash is stored; revoking deletes it.
create table calendar_feed (
    staff_id    bigint      primary key,
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null
);

-- Links sent to a person to pick their own consultation time; used once, then spent.
create table booking_link (
    id                    bigserial   primary key,
    token_hash            char(64)    not null unique,
    consultation_request  bigint      not null,
    location_slug         varchar(60) not null,
    created_at            timestamptz not null,
    created_by            bigint      not null,
    expires_at            timestamptz not null,
    used_at               timestamptz,
    -- What the link booked: its page then shows the time booked.
    appointment_id        bigint      references appointment (id)
);

-- Reminders queued in the messaging outbox for an appointment, so moving or cancelling it can cancel them.
create table appointment_reminder (
    message_key     varchar(200) primary key,
    appointment_id  bigint       not null references appointment (id),
    send_at         timestamptz  not null,
    unique (appointment_id, send_at)
);

create index appointment_reminder_appointment on appointment_reminder (appointment_id);

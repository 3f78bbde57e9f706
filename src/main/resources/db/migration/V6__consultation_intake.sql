-- The staff side of a consultation request: who works it, how far it got, and everything that happened to it.
alter table consultation_request
    add column assignee            bigint,
    add column status_reason       varchar(200),
    add column contact_attempts    integer     not null default 0,
    add column first_contacted_at  timestamptz,
    add column status_changed_at   timestamptz,
    -- Set once the location's intake team was e-mailed; null rows are the notification queue.
    add column intake_notified_at  timestamptz;

update consultation_request set status_changed_at = received_at, intake_notified_at = received_at;

alter table consultation_request alter column status_changed_at set not null;

create index consultation_request_inbox on consultation_request (received_at desc);
create index consultation_request_assignee on consultation_request (assignee, status);
create index consultation_request_email on consultation_request (lower(email));
create index consultation_request_notify on consultation_request (received_at) where intake_notified_at is null;

-- The timeline of a request: created, assigned, status changes, contact attempts and notes. Append-only by
-- intent: history is corrected by a new entry, never by rewriting an old one.
create table consultation_activity (
    id                    bigserial    primary key,
    consultation_request  bigint       not null references consultation_request (id),
    occurred_at           timestamptz  not null,
    -- Staff account id; null for what the system did (the request arriving).
    actor                 bigint,
    kind                  varchar(24)  not null,
    from_status           varchar(24),
    to_status             varchar(24),
    channel               varchar(16),
    outcome               varchar(24),
    note                  varchar(2000)
);

create index consultation_activity_request on consultation_activity (consultation_request, occurred_at);

-- Requests for a free consultation: personal health information. Kept whole, even when they look like spam
-- (needs_review), so that no real person's request is ever lost.
create table consultation_request (
    id                 bigserial primary key,
    reference_code     varchar(16)  not null unique,
    submission_key     uuid         not null unique,
    -- Hash of the person's entries: catches the same request sent again from a reloaded form.
    fingerprint        char(64)     not null,
    status             varchar(24)  not null,
    first_name         varchar(100) not null,
    last_name          varchar(100) not null,
    phone_e164         varchar(16)  not null,
    email              varchar(254) not null,
    preferred_location varchar(60)  not null,
    program_interest   varchar(32)  not null,
    contact_method     varchar(16)  not null,
    best_time          varchar(16)  not null,
    message            varchar(2000),
    sms_consent        boolean      not null,
    needs_review       boolean      not null,
    review_reasons     varchar(200) not null,
    rate_limited       boolean      not null,
    -- Keyed hash of the sender's IP address: enough to count requests, not enough to identify anyone.
    client_ip_hash     char(64)     not null,
    received_at        timestamptz  not null,
    version            integer      not null default 0
);

create index consultation_request_ip_time on consultation_request (client_ip_hash, received_at);
create index consultation_request_phone_time on consultation_request (phone_e164, received_at);
create index consultation_request_fingerprint on consultation_request (fingerprint, received_at);
create index consultation_request_status_time on consultation_request (status, received_at);

-- Evidence of consent to text messages, as the person saw it: the messaging module reads this ledger.
create table sms_consent_evidence (
    id                   bigserial primary key,
    consultation_request bigint       not null unique references consultation_request (id),
    phone_e164           varchar(16)  not null,
    purpose              varchar(24)  not null,
    disclosure_version   varchar(40)  not null,
    disclosure_text      text         not null,
    given_at             timestamptz  not null,
    ip_address           varchar(45)  not null,
    user_agent           varchar(512) not null,
    page_version         varchar(80)  not null
);

create index sms_consent_evidence_phone on sms_consent_evidence (phone_e164, given_at);

-- Secret for signing form tokens and hashing IP addresses, shared by every app instance on this database.
create table consultation_secret (
    name       varchar(40) primary key,
    secret     bytea       not null,
    created_at timestamptz not null default now()
);

-- Consent to texts, per phone number and purpose, as a ledger: events are only ever added, and the current state is
-- the latest event. Kept at least 5 years (TCPA); nothing in the app deletes rows.
create table sms_consent_event (
    id           bigserial    primary key,
    phone_e164   varchar(16)  not null,
    purpose      varchar(16)  not null check (purpose in ('CARE', 'MARKETING')),
    kind         varchar(16)  not null check (kind in ('GIVEN', 'REVOKED', 'RESTORED')),
    source       varchar(24)  not null,
    -- Where the evidence is: "consultation-request:42", the inbound message's id, a staff note.
    reference    varchar(200) not null,
    occurred_at  timestamptz  not null,
    recorded_by  bigint
);

create index sms_consent_event_phone on sms_consent_event (phone_e164, purpose, id desc);

create function sms_consent_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'sms_consent_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger sms_consent_event_no_update_or_delete before update or delete on sms_consent_event
    for each row execute function sms_consent_event_append_only();

-- The outbox: every text and e-mail, written in the transaction that causes it, sent by the dispatcher. The key
-- makes a message unique ("consultation-ack:42"): queuing it twice keeps one row, so it is never sent twice.
create table outbound_message (
    id               bigserial    primary key,
    message_key      varchar(200) not null unique,
    channel          varchar(8)   not null check (channel in ('SMS', 'EMAIL')),
    purpose          varchar(16)  not null,
    recipient        varchar(254) not null,
    recipient_zone   varchar(64),
    subject          varchar(300),
    body             text         not null,
    conversation     varchar(100),
    status           varchar(16)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    provider         varchar(20),
    provider_id      varchar(64)  unique,
    last_error       varchar(500),
    created_at       timestamptz  not null,
    created_by       bigint,
    sent_at          timestamptz,
    updated_at       timestamptz  not null
);

create index outbound_message_due on outbound_message (next_attempt_at) where status in ('QUEUED', 'WAITING', 'RETRY');
create index outbound_message_conversation on outbound_message (conversation, created_at);
create index outbound_message_recipient on outbound_message (recipient, created_at);

-- Texts people sent us, once each (the provider's id is unique: a webhook delivered twice is stored once).
create table inbound_message (
    id            bigserial    primary key,
    provider_id   varchar(64)  not null unique,
    from_e164     varchar(16)  not null,
    to_e164       varchar(16)  not null,
    body          text         not null,
    keyword       varchar(16),
    conversation  varchar(100),
    received_at   timestamptz  not null
);

create index inbound_message_conversation on inbound_message (conversation, received_at);
create index inbound_message_from on inbound_message (from_e164, received_at);
create index inbound_message_unmatched on inbound_message (received_at) where conversation is null and keyword is null;

-- Retention (issue 8): the audit trail is kept six years, consent records five years after a newer record replaced
-- them (clinic.retention.*). Until now nothing could delete either; the guards below now let through exactly what
-- retention may remove, and nothing else.

-- audit: where the chain now begins. Before the oldest rows are removed, the same transaction records here the
-- range it removes and the hash of its last row; verification then starts from the newest anchor instead of the
-- genesis. The removal is also written to the chain itself (actor 'retention', subject 'audit-trail', subject id
-- '<first_id>-<through_id>'), so an anchor added behind the application's back to hide rows deleted after it has no
-- record in the chain to vouch for it.
create table audit_anchor (
    id              bigserial    primary key,
    first_id        bigint       not null,
    through_id      bigint       not null unique,
    through_hash    char(64)     not null,
    removed_rows    bigint       not null,
    oldest_removed  timestamptz  not null,
    newest_removed  timestamptz  not null,
    -- Rows from this instant on were kept: the retention period counted back from the run.
    cutoff          timestamptz  not null,
    recorded_at     timestamptz  not null,
    check (first_id >= 1 and through_id >= first_id and removed_rows = through_id - first_id + 1)
);

create function audit_anchor_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_anchor is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger audit_anchor_no_update_or_delete before update or delete on audit_anchor
    for each row execute function audit_anchor_append_only();

create trigger audit_anchor_no_truncate before truncate on audit_anchor
    for each statement execute function audit_anchor_append_only();

-- The audit trail stays append-only, except that a row an anchor already covers may be deleted: retention anchors
-- first and deletes after, in one transaction. Updates and TRUNCATE are refused as before.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.id <= (select coalesce(max(through_id), 0) from audit_anchor) then
            return old;
        end if;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

-- messaging: the consent ledger stays append-only, except that an event a later event for the same number and
-- purpose has replaced may be deleted. The latest event decides whether a number may be texted, so it can never be
-- removed, however old: an opt-out nobody reversed stays an opt-out.
create or replace function sms_consent_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if exists (select 1 from sms_consent_event later
                   where later.phone_e164 = old.phone_e164 and later.purpose = old.purpose and later.id > old.id) then
            return old;
        end if;
    end if;
    raise exception 'sms_consent_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger sms_consent_event_no_truncate before truncate on sms_consent_event
    for each statement execute function sms_consent_event_append_only();

-- Retention looks for old events by when they happened.
create index sms_consent_event_time on sms_consent_event (occurred_at);

-- retention: one row per day the job ran. Every instance tries at the scheduled time; the one whose insert of the
-- day's row succeeds does the work, the others see the row and leave it. The counts are what an operator reads.
create table retention_run (
    run_on           date         primary key,
    started_at       timestamptz  not null,
    finished_at      timestamptz,
    audit_removed    bigint       not null default 0,
    consent_removed  bigint       not null default 0,
    -- Why the audit trail was left alone (its chain is broken where retention would remove rows), or null.
    problem          varchar(300)
);

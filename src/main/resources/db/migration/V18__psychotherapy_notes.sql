-- Ketamine-assisted psychotherapy (psychotherapy module): each patient's care team, and the notes of preparation,
-- dosing and integration sessions. Patients, staff and appointments belong to other modules and are kept by id,
-- without foreign keys across modules. Nothing here is ever deleted: assignments are ended, notes are signed and
-- then only added to (addenda). The triggers make that hold for the application's own connection too.

create table kap_care_team_member (
    id           bigserial    primary key,
    patient_id   bigint       not null,
    staff_id     bigint       not null,
    care_role    varchar(12)  not null check (care_role in ('THERAPIST', 'NURSE', 'PRESCRIBER')),
    assigned_at  timestamptz  not null,
    assigned_by  bigint       not null,
    ended_at     timestamptz,
    ended_by     bigint,
    check ((ended_at is null) = (ended_by is null))
);

-- One current assignment per person and role; ended ones stay as history.
create unique index kap_care_team_current on kap_care_team_member (patient_id, staff_id, care_role)
    where ended_at is null;
create index kap_care_team_staff on kap_care_team_member (staff_id) where ended_at is null;

create table kap_session (
    id                 bigserial    primary key,
    patient_id         bigint       not null,
    kind               varchar(12)  not null check (kind in ('PREPARATION', 'DOSING', 'INTEGRATION')),
    starts_at          timestamptz  not null,
    duration_minutes   integer      not null check (duration_minutes between 1 and 720),
    therapist_id       bigint       not null,
    -- The infusion appointment the session went with (scheduling module), when there was one.
    appointment_id     bigint,
    intentions         text,
    set_and_setting    text,
    experience         text,
    observations       text,
    integration_plan   text,
    risk_observations  text,
    safety_concern     boolean      not null default false,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    signed_at          timestamptz,
    signed_by          bigint,
    version            integer      not null default 0,
    check ((signed_at is null) = (signed_by is null)),
    check (not safety_concern or risk_observations is not null)
);

create index kap_session_patient on kap_session (patient_id, starts_at desc);
create index kap_session_unsigned on kap_session (therapist_id) where signed_at is null;
create index kap_session_concern on kap_session (signed_at) where safety_concern;

create table kap_addendum (
    id          bigserial    primary key,
    session_id  bigint       not null references kap_session (id),
    written_at  timestamptz  not null,
    written_by  bigint       not null,
    reason      text         not null,
    body        text         not null
);

create index kap_addendum_session on kap_addendum (session_id, id);

-- A signed note is a legal record: once signed_at is set, the row does not change at all, and no note is deleted.
create function kap_session_signed_is_final() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or tg_op = 'TRUNCATE' then
        raise exception 'kap_session notes are never deleted' using errcode = 'insufficient_privilege';
    end if;
    if old.signed_at is not null then
        raise exception 'kap_session % is signed: add an addendum instead', old.id
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;

create trigger kap_session_final before update or delete on kap_session
    for each row execute function kap_session_signed_is_final();
create trigger kap_session_no_truncate before truncate on kap_session
    for each statement execute function kap_session_signed_is_final();

-- Addenda are appended to signed notes only, and never changed or removed.
create function kap_addendum_append_only() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        raise exception 'kap_addendum is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end if;
    if not exists (select 1 from kap_session where id = new.session_id and signed_at is not null) then
        raise exception 'an addendum needs a signed note' using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger kap_addendum_guard before insert or update or delete on kap_addendum
    for each row execute function kap_addendum_append_only();
create trigger kap_addendum_no_truncate before truncate on kap_addendum
    for each statement execute function kap_addendum_append_only();

-- An assignment is ended once (ended_at, ended_by) and otherwise never changes; it is never deleted.
create function kap_care_team_history_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or tg_op = 'TRUNCATE' then
        raise exception 'care-team assignments are ended, never deleted' using errcode = 'insufficient_privilege';
    end if;
    if old.ended_at is not null or new.patient_id <> old.patient_id or new.staff_id <> old.staff_id
            or new.care_role <> old.care_role or new.assigned_at <> old.assigned_at
            or new.assigned_by <> old.assigned_by then
        raise exception 'a care-team assignment can only be ended' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;

create trigger kap_care_team_guard before update or delete on kap_care_team_member
    for each row execute function kap_care_team_history_kept();
create trigger kap_care_team_no_truncate before truncate on kap_care_team_member
    for each statement execute function kap_care_team_history_kept();

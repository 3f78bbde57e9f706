-- Screening, informed consent and orders (treatment module). What a prescriber signed, and what a patient signed,
-- never changes afterwards: the application does not try, and the triggers below refuse if anything does.

create function treatment_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'A signed % record cannot be changed or deleted: add a new record instead', tg_table_name
        using errcode = 'P0001';
end $$;

-- Eligibility screening: the answers, the system's recommendation with its reasons, and the prescriber's decision.
create table treatment_screening (
    id                    bigserial    primary key,
    patient_id            bigint       not null,
    -- Question key -> true/false, as asked (DOMAIN.md section 2); the keys are ScreeningQuestion names.
    answers               jsonb        not null,
    failed_trials         integer      not null check (failed_trials between 0 and 50),
    able_to_consent       boolean      not null,
    resting_systolic      integer      check (resting_systolic between 40 and 300),
    resting_diastolic     integer      check (resting_diastolic between 20 and 200),
    age_years             integer      not null,
    depressive_diagnosis  boolean      not null,
    recommendation        varchar(16)  not null check (recommendation in ('ELIGIBLE', 'NEEDS_REVIEW', 'NOT_ELIGIBLE')),
    reasons               text         not null,
    recorded_by           bigint       not null,
    recorded_at           timestamptz  not null,
    decision              varchar(12)  check (decision in ('APPROVED', 'DECLINED')),
    decision_note         text,
    decided_by            bigint,
    decided_at            timestamptz,
    check ((decision is null) = (decided_at is null) and (decision is null) = (decided_by is null))
);

create index treatment_screening_patient on treatment_screening (patient_id, recorded_at desc);

create function treatment_screening_signed() returns trigger language plpgsql as $$
begin
    if old.decided_at is not null then
        raise exception 'A signed screening cannot be changed: record a new screening' using errcode = 'P0001';
    end if;
    if tg_op = 'UPDATE' and (new.answers <> old.answers or new.recommendation <> old.recommendation
            or new.reasons <> old.reasons or new.failed_trials <> old.failed_trials) then
        raise exception 'A screening''s answers are kept as recorded: record a new screening' using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger treatment_screening_signed before update or delete on treatment_screening
    for each row execute function treatment_screening_signed();

-- Consent documents, versioned: a new version is a new row, and consent is current only for the newest version.
create table consent_document (
    id            bigserial    primary key,
    kind          varchar(40)  not null,
    version       varchar(20)  not null,
    title         varchar(200) not null,
    body_md       text         not null,
    published_at  timestamptz  not null,
    unique (kind, version)
);

create trigger consent_document_fixed before update or delete on consent_document
    for each row execute function treatment_refuse_change();

-- One-time links a patient signs from their own device; only the token's SHA-256 is stored.
create table consent_link (
    id           bigserial    primary key,
    patient_id   bigint       not null,
    document_id  bigint       not null references consent_document (id),
    token_hash   char(64)     not null unique,
    created_by   bigint       not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    used_at      timestamptz
);

create table consent_signature (
    id            bigserial    primary key,
    patient_id    bigint       not null,
    document_id   bigint       not null references consent_document (id),
    typed_name    varchar(200) not null,
    signed_at     timestamptz  not null,
    ip_address    varchar(45)  not null,
    user_agent    varchar(512) not null,
    method        varchar(8)   not null check (method in ('TABLET', 'LINK')),
    -- The staff member who handed over the tablet, or who sent the link.
    staff_id      bigint       not null,
    link_id       bigint       references consent_link (id)
);

create index consent_signature_patient on consent_signature (patient_id, signed_at desc);

create trigger consent_signature_fixed before update or delete on consent_signature
    for each row execute function treatment_refuse_change();

-- A prescriber's order for a program: the dose in mg/kg and how it is given; mg, mL and the pump rate are worked
-- out at each infusion from the weight measured that day.
create table treatment_order (
    id                    bigserial     primary key,
    patient_id            bigint        not null,
    program               varchar(40)   not null,
    infusions             integer       not null check (infusions between 1 and 12),
    mg_per_kg             numeric(5,3)  not null check (mg_per_kg > 0),
    weight_basis          varchar(8)    not null check (weight_basis in ('ACTUAL', 'IDEAL')),
    infusion_minutes      integer       not null check (infusion_minutes > 0),
    concentration_mg_per_ml numeric(6,2) not null check (concentration_mg_per_ml > 0),
    diluent_ml            numeric(6,1)  not null check (diluent_ml >= 0),
    override_reason       text,
    -- The calculation as signed, from the weight on the chart that day: what the prescriber saw.
    weight_kg_at_order    numeric(5,1)  not null,
    calculation           text          not null,
    signed_by             bigint        not null,
    signed_at             timestamptz   not null,
    discontinued_at       timestamptz,
    discontinued_by       bigint,
    discontinue_reason    text
);

create index treatment_order_patient on treatment_order (patient_id, signed_at desc);

-- Only the discontinuation may be filled in later; the order itself stays as signed.
create function treatment_order_signed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.discontinued_at is not null
            or (new.program, new.infusions, new.mg_per_kg, new.weight_basis, new.infusion_minutes,
                new.concentration_mg_per_ml, new.diluent_ml, new.calculation, new.signed_by, new.signed_at)
            is distinct from (old.program, old.infusions, old.mg_per_kg, old.weight_basis, old.infusion_minutes,
                old.concentration_mg_per_ml, old.diluent_ml, old.calculation, old.signed_by, old.signed_at) then
        raise exception 'A signed order cannot be changed: discontinue it and sign a new one' using errcode = 'P0001';
    end if;
    return new;
end $$;

create trigger treatment_order_signed before update or delete on treatment_order
    for each row execute function treatment_order_signed();

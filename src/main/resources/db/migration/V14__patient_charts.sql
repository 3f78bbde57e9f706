-- The patient chart (patient module): identity and demographics, taken over from the consultation request it was
-- opened from, and the clinical background every other record leans on. Entries are added, and ended or corrected
-- with who and when; nothing a clinician wrote is deleted.

create sequence patient_mrn_seq start with 100001;

create table patient (
    id                    bigserial    primary key,
    -- Medical record number: the number people and paper carry, never the database id.
    mrn                   varchar(16)  not null unique,
    -- The consultation request the chart was opened from (consultation module; by id, no foreign key across modules).
    consultation_request  bigint       not null unique,
    first_name            varchar(100) not null,
    last_name             varchar(100) not null,
    preferred_name        varchar(100),
    date_of_birth         date         not null,
    sex_at_birth          varchar(8)   not null check (sex_at_birth in ('FEMALE', 'MALE')),
    gender_identity       varchar(60),
    pronouns              varchar(40),
    phone_e164            varchar(16)  not null,
    email                 varchar(254) not null,
    address_line          varchar(200),
    city                  varchar(100),
    region                varchar(60),
    postal_code           varchar(16),
    home_clinic           varchar(60)  not null,
    height_cm             numeric(5,1) not null check (height_cm > 0),
    childbearing_potential boolean     not null,
    referring_name        varchar(120),
    referring_practice    varchar(160),
    referring_phone       varchar(16),
    referring_email       varchar(254),
    opened_at             timestamptz  not null,
    opened_by             bigint       not null,
    updated_at            timestamptz  not null,
    updated_by            bigint       not null,
    version               integer      not null default 0
);

create index patient_name on patient (lower(last_name), lower(first_name));

-- Emergency contacts and escorts (the responsible adult who takes the patient home after an infusion).
create table patient_contact (
    id            bigserial    primary key,
    patient_id    bigint       not null references patient (id),
    kind          varchar(12)  not null check (kind in ('EMERGENCY', 'ESCORT')),
    name          varchar(120) not null,
    relationship  varchar(60)  not null,
    phone_e164    varchar(16)  not null,
    added_at      timestamptz  not null,
    added_by      bigint       not null,
    removed_at    timestamptz,
    removed_by    bigint
);

create index patient_contact_patient on patient_contact (patient_id);

create table patient_diagnosis (
    id           bigserial    primary key,
    patient_id   bigint       not null references patient (id),
    icd10        varchar(8)   not null,
    description  varchar(200) not null,
    noted_at     timestamptz  not null,
    noted_by     bigint       not null,
    resolved_at  timestamptz,
    resolved_by  bigint
);

create index patient_diagnosis_patient on patient_diagnosis (patient_id);

create table patient_medication (
    id           bigserial    primary key,
    patient_id   bigint       not null references patient (id),
    name         varchar(120) not null,
    dose         varchar(120) not null,
    noted_at     timestamptz  not null,
    noted_by     bigint       not null,
    stopped_at   timestamptz,
    stopped_by   bigint
);

create index patient_medication_patient on patient_medication (patient_id);

create table patient_allergy (
    id           bigserial    primary key,
    patient_id   bigint       not null references patient (id),
    substance    varchar(120) not null,
    reaction     varchar(200) not null,
    severity     varchar(12)  not null check (severity in ('MILD', 'MODERATE', 'SEVERE')),
    noted_at     timestamptz  not null,
    noted_by     bigint       not null,
    removed_at   timestamptz,
    removed_by   bigint
);

create index patient_allergy_patient on patient_allergy (patient_id);

create table patient_weight (
    id           bigserial    primary key,
    patient_id   bigint       not null references patient (id),
    weight_kg    numeric(5,1) not null check (weight_kg > 0),
    measured_at  timestamptz  not null,
    measured_by  bigint       not null
);

create index patient_weight_patient on patient_weight (patient_id, measured_at desc);

-- Uploaded documents (referral letters, outside records), kept in the database: never in a directory the web server
-- serves, checked by their content (not their name) on the way in.
create table patient_document (
    id            bigserial    primary key,
    patient_id    bigint       not null references patient (id),
    kind          varchar(20)  not null,
    title         varchar(160) not null,
    file_name     varchar(160) not null,
    content_type  varchar(40)  not null,
    size_bytes    integer      not null,
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   bigint       not null
);

create index patient_document_patient on patient_document (patient_id, uploaded_at desc);

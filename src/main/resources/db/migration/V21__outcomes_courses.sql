-- Outcomes (outcomes module): its own copy of what assessment and treatment announce, shaped for the analytics.
-- Filled by their events (ids, then the facts read through their APIs) (InfusionGiven, QuestionnaireCompleted), never by reading their tables; derived columns are
-- worked out again whenever a fact arrives or the definitions change.

-- One questionnaire total, as measured.
create table outcome_measure (
    response_id  bigint       primary key,
    patient_id   bigint       not null,
    instrument   varchar(20)  not null,
    total        integer      not null check (total >= 0),
    taken_at     timestamptz  not null
);

create index outcome_measure_patient on outcome_measure (patient_id, instrument, taken_at);

-- One infusion that was given, with the order it ran under.
create table outcome_infusion (
    session_id         bigint        primary key,
    patient_id         bigint        not null,
    order_id           bigint        not null,
    location           varchar(60)   not null,
    program            varchar(40)   not null,
    mg_per_kg          numeric(5,3)  not null,
    planned_infusions  integer       not null,
    started_at         timestamptz   not null
);

create index outcome_infusion_patient on outcome_infusion (patient_id, started_at);

-- A patient's first treatment course: the order under which their first infusion ran.
-- Synthetic (demonstration or benchmark) courses have negative patient ids, which no real patient ever has.
create table outcome_course (
    patient_id          bigint        primary key,
    synthetic           boolean       not null default false check (synthetic = (patient_id < 0)),
    order_id            bigint        not null,
    location            varchar(60)   not null,
    program             varchar(40)   not null,
    mg_per_kg           numeric(5,3)  not null,
    planned_infusions   integer       not null check (planned_infusions > 0),
    infusions_given     integer       not null check (infusions_given > 0),
    first_infusion_at   timestamptz   not null,
    last_infusion_at    timestamptz   not null,
    -- Derived under the definitions in outcome_definition: the baseline before the first infusion, the score
    -- nearest each time point within its window, the first day a response was measured and the last day measured.
    baseline_score      integer,
    end_score           integer,
    follow_up_score     integer,
    response_day        integer,
    last_measured_day   integer
);

create index outcome_course_started on outcome_course (first_infusion_at);

-- The definitions the derived columns were worked out under (one row): when the settings change, all are again.
create table outcome_definition (
    only_row    boolean  primary key default true check (only_row),
    definition  text     not null
);

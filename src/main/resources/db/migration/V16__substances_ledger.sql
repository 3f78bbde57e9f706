-- The controlled-substance ledger for ketamine (DEA Schedule III, DOMAIN.md §8; 21 CFR 1304). Every row is kept: the
-- application only inserts, and the trigger at the end refuses UPDATE, DELETE and TRUNCATE, so a correction is always
-- a new entry with its reason. The CHECK constraints are the last line of defence behind the module's own rules.

-- One row per vial received: who sent it (with their DEA registration), what is in it, where it is kept.
create table substance_vial (
    id                       bigserial     primary key,
    location_slug            varchar(60)   not null,
    product                  varchar(80)   not null check (product <> ''),
    concentration_mg_per_ml  numeric(8,2)  not null check (concentration_mg_per_ml > 0),
    volume_ml                numeric(8,2)  not null check (volume_ml > 0),
    lot                      varchar(40)   not null check (lot <> ''),
    expires_on               date          not null,
    supplier_name            varchar(120)  not null check (supplier_name <> ''),
    supplier_dea_number      char(9)       not null check (supplier_dea_number ~ '^[A-Z]{2}[0-9]{7}$'),
    received_on              date          not null,
    received_by              bigint        not null,
    recorded_at              timestamptz   not null
);

create index substance_vial_location on substance_vial (location_slug, lot);

-- Every change to a vial's contents, with the running balance after it. seq numbers a vial's movements 1, 2, 3…:
-- two writers that both read the same last balance would both take the same next seq, and the unique constraint
-- refuses the second (the module also locks the vial, so this only guards against a bug).
create table substance_movement (
    id                bigserial     primary key,
    vial_id           bigint        not null references substance_vial (id),
    seq               integer       not null check (seq >= 1),
    kind              varchar(16)   not null check (kind in ('RECEIVED', 'DRAWN', 'VIAL_WASTED', 'COUNT_ADJUSTED')),
    change_mg         numeric(10,2) not null,
    change_ml         numeric(10,2) not null,
    balance_mg        numeric(10,2) not null check (balance_mg >= 0),
    balance_ml        numeric(10,2) not null check (balance_ml >= 0),
    recorded_by       bigint        not null,
    recorded_at       timestamptz   not null,
    how               varchar(200),
    witness_id        bigint,
    witness_attested  boolean       not null default false,
    reason            varchar(2000),
    discrepancy_id    bigint,
    unique (vial_id, seq),
    check ((kind = 'RECEIVED') = (seq = 1)),
    check (kind <> 'RECEIVED' or (change_mg > 0 and change_mg = balance_mg)),
    check (kind <> 'DRAWN' or change_mg < 0),
    check (kind <> 'VIAL_WASTED' or (balance_mg = 0 and how is not null and witness_id is not null
        and witness_id <> recorded_by and witness_attested)),
    check (kind <> 'COUNT_ADJUSTED' or (reason is not null and discrepancy_id is not null))
);

-- What was drawn into a syringe for one infusion session, and for whom.
create table substance_draw (
    id                 bigserial     primary key,
    movement_id        bigint        not null unique references substance_movement (id),
    vial_id            bigint        not null references substance_vial (id),
    session_reference  varchar(80)   not null check (session_reference <> ''),
    patient_id         bigint        not null,
    drawn_mg           numeric(10,2) not null check (drawn_mg > 0),
    drawn_ml           numeric(10,2) not null check (drawn_ml > 0),
    drawn_by           bigint        not null,
    drawn_at           timestamptz   not null
);

create index substance_draw_vial on substance_draw (vial_id);

-- Where a draw went: administered to the patient, or wasted before a witness. accounted_mg is the draw's running
-- total, which can never pass what was drawn.
create table substance_draw_use (
    id                bigserial     primary key,
    draw_id           bigint        not null references substance_draw (id),
    seq               integer       not null check (seq >= 1),
    kind              varchar(16)   not null check (kind in ('ADMINISTERED', 'WASTED')),
    mg                numeric(10,2) not null check (mg > 0),
    ml                numeric(10,2) not null check (ml >= 0),
    drawn_mg          numeric(10,2) not null,
    accounted_mg      numeric(10,2) not null check (accounted_mg <= drawn_mg),
    recorded_by       bigint        not null,
    recorded_at       timestamptz   not null,
    how               varchar(200),
    witness_id        bigint,
    witness_attested  boolean       not null default false,
    unique (draw_id, seq),
    check (kind <> 'WASTED' or (how is not null and witness_id is not null and witness_id <> recorded_by
        and witness_attested))
);

-- The daily physical count, vial by vial, beside the book balance at that moment.
create table substance_count (
    id             bigserial     primary key,
    vial_id        bigint        not null references substance_vial (id),
    location_slug  varchar(60)   not null,
    count_date     date          not null,
    counted_ml     numeric(10,2) not null check (counted_ml >= 0),
    expected_ml    numeric(10,2) not null check (expected_ml >= 0),
    counted_by     bigint        not null,
    counted_at     timestamptz   not null
);

create index substance_count_vial on substance_count (vial_id, counted_at);

-- A count that differs from the book by more than the tolerance: an alert until an administrator explains it.
create table substance_discrepancy (
    id             bigserial     primary key,
    count_id       bigint        not null unique references substance_count (id),
    vial_id        bigint        not null references substance_vial (id),
    location_slug  varchar(60)   not null,
    expected_ml    numeric(10,2) not null,
    counted_ml     numeric(10,2) not null,
    tolerance_ml   numeric(10,2) not null check (tolerance_ml >= 0),
    opened_at      timestamptz   not null,
    check (abs(counted_ml - expected_ml) > tolerance_ml)
);

-- Resolving adds a row; the discrepancy itself is never changed or removed.
create table substance_discrepancy_resolution (
    discrepancy_id  bigint        primary key references substance_discrepancy (id),
    explanation     varchar(2000) not null check (length(btrim(explanation)) >= 10),
    book_adjusted   boolean       not null,
    resolved_by     bigint        not null,
    resolved_at     timestamptz   not null
);

alter table substance_movement
    add foreign key (discrepancy_id) references substance_discrepancy (id);

-- Initial and biennial inventories (21 CFR 1304.11): a dated snapshot of every vial on hand.
create table substance_inventory (
    id             bigserial    primary key,
    location_slug  varchar(60)  not null,
    kind           varchar(10)  not null check (kind in ('INITIAL', 'BIENNIAL')),
    taken_on       date         not null,
    taken_at       timestamptz  not null,
    taken_by       bigint       not null
);

create table substance_inventory_line (
    inventory_id  bigint        not null references substance_inventory (id),
    vial_id       bigint        not null references substance_vial (id),
    lot           varchar(40)   not null,
    expires_on    date          not null,
    balance_mg    numeric(10,2) not null check (balance_mg >= 0),
    balance_ml    numeric(10,2) not null check (balance_ml >= 0),
    primary key (inventory_id, vial_id)
);

create function substance_records_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'controlled-substance records cannot be changed or removed (% on %)', tg_op, tg_table_name;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['substance_vial', 'substance_movement', 'substance_draw', 'substance_draw_use',
        'substance_count', 'substance_discrepancy', 'substance_discrepancy_resolution', 'substance_inventory',
        'substance_inventory_line']
    loop
        execute format('create trigger %I before update or delete on %I for each row '
            'execute function substance_records_are_append_only()', t || '_append_only', t);
        execute format('create trigger %I before truncate on %I for each statement '
            'execute function substance_records_are_append_only()', t || '_no_truncate', t);
    end loop;
end
$$;

-- Where treatment happens inside a clinic: infusion chairs and treatment rooms. Scheduling books them; a space that
-- is taken out of use (active = false) keeps its history.
create table treatment_space (
    id             bigserial   primary key,
    location_slug  varchar(60) not null references clinic_location (slug),
    kind           varchar(8)  not null check (kind in ('CHAIR', 'ROOM')),
    name           varchar(60) not null,
    active         boolean     not null default true,
    unique (location_slug, kind, name)
);

-- Days a clinic is closed although its weekly hours say open (holidays, training days).
create table clinic_closure (
    location_slug  varchar(60)  not null references clinic_location (slug),
    closed_on      date         not null,
    reason         varchar(120) not null,
    primary key (location_slug, closed_on)
);

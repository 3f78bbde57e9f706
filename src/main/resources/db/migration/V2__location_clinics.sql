-- The clinics people can visit. Opening hours per weekday live in hours (jsonb: {"monday": ["08:00","18:00"]}).
create sequence location_revision_seq;

create table clinic_location (
    id              bigserial primary key,
    slug            varchar(60)  not null unique,
    title           text         not null,
    name            text         not null,
    description     text         not null,
    street          text         not null,
    city            text         not null,
    region          varchar(10)  not null,
    postal_code     varchar(12)  not null,
    country         char(2)      not null,
    phone_e164      varchar(16)  not null,
    time_zone       varchar(64)  not null,
    latitude        numeric(9, 6),
    longitude       numeric(9, 6),
    hours           jsonb        not null,
    details         jsonb        not null,
    body_md         text         not null,
    sort_order      integer      not null default 0,
    source_checksum char(64)     not null,
    locally_edited  boolean      not null default false,
    updated_at      timestamptz  not null default now()
);

create function clinic_location_track_edit() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('clinic.content_loader', true), '') <> 'on' then
        new.locally_edited := true;
    end if;
    new.updated_at := now();
    return new;
end $$;

create trigger clinic_location_track_edit before update on clinic_location
    for each row execute function clinic_location_track_edit();

create function location_bump_revision() returns trigger language plpgsql as $$
begin
    perform nextval('location_revision_seq');
    return null;
end $$;

create trigger clinic_location_revision after insert or update or delete on clinic_location
    for each row execute function location_bump_revision();

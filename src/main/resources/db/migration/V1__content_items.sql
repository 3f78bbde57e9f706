-- Every piece of public text (condition pages, evidence, programs, articles, testimonials, FAQ, steps, pages).
-- Typed fields that vary by kind live in front_matter (jsonb); the content module maps them onto records.
create sequence content_revision_seq;

create table content_item (
    id              bigserial primary key,
    kind            varchar(32)  not null,
    slug            varchar(120) not null,
    title           text         not null,
    description     text         not null,
    front_matter    jsonb        not null,
    body_md         text         not null,
    published_on    date,
    sort_order      integer      not null default 0,
    source_path     text         not null,
    source_checksum char(64)     not null,
    -- Set by the trigger below when anyone but the seed loader changes the row: the loader then keeps the edit.
    locally_edited  boolean      not null default false,
    loaded_at       timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint content_item_kind_slug unique (kind, slug)
);

create index content_item_kind_order on content_item (kind, sort_order, published_on desc);

create function content_item_track_edit() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('clinic.content_loader', true), '') <> 'on' then
        new.locally_edited := true;
    end if;
    new.updated_at := now();
    return new;
end $$;

create trigger content_item_track_edit before update on content_item
    for each row execute function content_item_track_edit();

-- Any changed row moves the revision on, which tells the page cache to render again. Row-level, so that an
-- upsert that changes nothing (the seed loaded again) leaves the revision where it is.
create function content_bump_revision() returns trigger language plpgsql as $$
begin
    perform nextval('content_revision_seq');
    return null;
end $$;

create trigger content_item_revision after insert or update or delete on content_item
    for each row execute function content_bump_revision();

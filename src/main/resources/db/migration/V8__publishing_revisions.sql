-- Every version of a piece of site content an editor saved: drafts, scheduled and published versions. The live text
-- is in content_item (content module); these rows are its history, restorable at any time.
create table content_revision (
    id            bigserial    primary key,
    kind          varchar(32)  not null,
    slug          varchar(120) not null,
    title         text         not null,
    description   text         not null,
    front_matter  text         not null,
    body_md       text         not null,
    published_on  date,
    sort_order    integer      not null,
    state         varchar(16)  not null check (state in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN')),
    publish_at    timestamptz,
    saved_at      timestamptz  not null,
    saved_by      bigint       not null,
    published_at  timestamptz
);

create index content_revision_item on content_revision (kind, slug, id desc);
create index content_revision_due on content_revision (publish_at) where state = 'SCHEDULED';

-- Images for content: re-encoded on upload (which drops EXIF and any other metadata) and served from here.
create table content_image (
    id            bigserial    primary key,
    sha256        char(64)     not null unique,
    content_type  varchar(32)  not null,
    bytes         bytea        not null,
    width         integer      not null,
    height        integer      not null,
    alt_text      varchar(300) not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   bigint       not null
);

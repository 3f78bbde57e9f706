-- The audit trail: one row per access to personal data, per sign-in and per permission change. Append-only and
-- hash-chained: each row's hash covers its own fields and the previous row's hash, so a row changed or removed
-- behind the application's back breaks the chain at that row.
create table audit_event (
    id             bigint       primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(100) not null,
    actor_roles    varchar(200) not null,
    action         varchar(32)  not null,
    subject_type   varchar(40)  not null,
    subject_id     varchar(64)  not null,
    data_category  varchar(40)  not null,
    source_ip      varchar(45)  not null,
    request_id     varchar(64)  not null,
    previous_hash  char(64)     not null,
    hash           char(64)     not null
);

create index audit_event_subject on audit_event (subject_type, subject_id, occurred_at);
create index audit_event_actor on audit_event (actor, occurred_at);
create index audit_event_time on audit_event (occurred_at);

-- The end of the chain. Writers lock this one row, which puts every audit write in one order.
create table audit_chain_head (
    singleton  boolean  primary key default true check (singleton),
    last_id    bigint   not null,
    last_hash  char(64) not null
);

insert into audit_chain_head (singleton, last_id, last_hash) values (true, 0, repeat('0', 64));

-- Append-only: the application's own connection cannot change or remove what it wrote.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

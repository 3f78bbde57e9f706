-- Intake notices now go through the messaging outbox, queued with the request itself; the column that served as
-- their queue is no longer used.
drop index if exists consultation_request_notify;
alter table consultation_request drop column intake_notified_at;

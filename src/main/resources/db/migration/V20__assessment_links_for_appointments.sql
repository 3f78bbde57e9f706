-- A questionnaire link sent ahead of an infusion remembers which: one link per appointment, however many instances
-- look for appointments to send to.
alter table assessment_link add column appointment_id bigint unique;

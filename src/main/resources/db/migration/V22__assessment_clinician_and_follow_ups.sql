-- Assessment: the MADRS a clinician rates, questionnaires after the series, and who a safety alert is assigned to.

-- A clinician's rating (the MADRS) is stored like a patient's answers, under the rater's name.
alter table assessment_response drop constraint assessment_response_source_check;
alter table assessment_response alter column source type varchar(10);
alter table assessment_response add constraint assessment_response_source_check
    check (source in ('LINK', 'TABLET', 'CLINICIAN'));
alter table assessment_response add column rated_by bigint;
alter table assessment_response add constraint assessment_response_rated_by_clinician
    check ((source = 'CLINICIAN') = (rated_by is not null));

-- The questionnaires sent at each interval after a completed series (1 and 4 weeks): one per order and interval,
-- claimed here before the link goes out, so several instances looking at once send it once.
create table assessment_follow_up (
    order_id      bigint       not null,
    -- The interval after the last infusion, as ISO-8601 (PT168H for 7 days), as configured when it was sent.
    after_series  varchar(20)  not null,
    patient_id    bigint       not null,
    link_id       bigint       references assessment_link (id),
    sent_at       timestamptz  not null,
    primary key (order_id, after_series)
);

-- A safety alert is a task for the prescriber on duty at the patient's clinic when it was raised (null when the
-- clinic had no prescriber at all); the on-call list is alerted one person at a time beside it.
alter table safety_alert add column assigned_to bigint;

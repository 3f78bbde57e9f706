-- Assessment: the MADRS a clinician rates, questionnaires after the series, and who a safety alert is assigned to.

-- A clinician's rating (the MADRS) is stored like a patient's answers, under the rater's name.
alter table assessment_response drop constraint assessment_response_source_check;
alter table assessment_response alter column source type varchar(10);
alter table assessment_response add constraint assessment_response_source_check
    check (source in ('LINK', 'TABLET', 'CLINICIAN'));
alter table assessment_response add column rated_by bigint;
alter table assessment_response add constraint assessment_response_rated_by_clinician
    check ((source = 'CLINICIAN') = (rated_by is not null));

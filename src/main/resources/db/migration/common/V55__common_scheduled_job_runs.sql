-- Each run of a scheduled job that did its work, by the instance that ran it (SingleRun): a run skipped because
-- another instance held the job's lock is not written, and a run that failed is rolled back with its row. Lets an
-- operator see that each job runs once across the instances, where, how long and on how many things; kept 90 days.
create table scheduled_job_run (
    id          bigint generated always as identity primary key,
    job         text        not null,
    instance    text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    handled     int         not null
);

create index scheduled_job_run_by_job on scheduled_job_run (job, started_at);

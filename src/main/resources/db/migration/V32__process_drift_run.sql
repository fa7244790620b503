-- One row per day the nightly drift check ran: the node that records the day first runs it.
create table process_drift_run (
    run_date date primary key,
    started_at timestamp with time zone not null
);

-- The administrators are told of what the check finds.
alter table notification drop constraint ck_notification_kind;
alter table notification add constraint ck_notification_kind check (kind in
    ('PROGRESS_REMINDER', 'OVERDUE', 'OVERDUE_FOLLOW_UP', 'CLOSURE_REQUESTED',
     'CLOSURE_APPROVED', 'CLOSURE_RETURNED', 'UPDATE_REQUESTED', 'PROCESS_DRIFT'));

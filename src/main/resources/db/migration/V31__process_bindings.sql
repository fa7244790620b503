-- Processes carry no variable naming their record: the engine finds a commitment's or a
-- report's record by the process instance bound to it when the process started.
create unique index ux_commitment_process on commitment (process_instance_id);
create unique index ux_follow_up_report_process on follow_up_report (process_instance_id);

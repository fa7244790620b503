-- Indexes for the read model (commitment/CommitmentQueries): the dashboard's figures, the
-- paged list and the lookups by process instance, at a hundred thousand commitments.

-- The list's order (session date, session, commitment): sessions in date order, then each
-- session's commitments by id, read from the index instead of sorting the whole table.
create index ix_session_date on commission_session (session_date, id);
create index ix_commitment_session_id on commitment (session_id, id);

-- An area's figures and lists: status and due date counted from the index alone.
create index ix_commitment_area_status on commitment (area_code, status, due_date);

-- The overdue list: the open commitments with the earliest due dates.
create index ix_commitment_due_date on commitment (due_date);

-- A task's commitment: the dashboard and the pages look it up by its process instance.
create index ix_commitment_process on commitment (process_instance_id);

-- Days to closure: the registration and approval events of the concluded commitments.
create index ix_event_type_commitment on commitment_event (event_type, commitment_id, occurred_at);

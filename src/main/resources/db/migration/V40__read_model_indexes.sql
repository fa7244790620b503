-- Indexes for the read model (commitment/CommitmentQueries): the dashboard's figures, the
-- paged list and the lookups by process instance, at a hundred thousand commitments.

-- The list's order (session date, session, commitment): sessions in date order, then each
-- session's commitments by id, read from the index instead of sorting the whole table.
create index ix_session_date on commission_session (session_date, id);
create index ix_commitment_session_id on commitment (session_id, id);

-- The figures by status, area and session, and an area's lists: counted from the index alone.
create index ix_commitment_figures on commitment (area_code, status, session_id, due_date);

-- The overdue list: the open commitments with the earliest due dates.
create index ix_commitment_due_date on commitment (due_date);

-- A task's commitment: the dashboard and the pages look it up by its process instance.
create index ix_commitment_process on commitment (process_instance_id);

-- Days to closure: the registration and approval events of the concluded commitments, and
-- whether an approval was recorded since they were last computed.
create index ix_event_type_commitment on commitment_event (event_type, commitment_id, occurred_at);
create index ix_event_type_id on commitment_event (event_type, id);

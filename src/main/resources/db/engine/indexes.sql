-- Indexes the engine's own schema lacks for the way this product uses it, created by
-- engine/EngineIndexes once the engine has created or updated its tables, on every start (each is
-- "if not exists"). One statement per line; the same SQL on H2 and PostgreSQL.

-- Completing a task reads its subtasks by parent (TaskManager#findTasksByParentTaskId): without
-- this index every completion scans every open task, a hundred thousand of them in time.
create index if not exists IX_ACT_RU_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)

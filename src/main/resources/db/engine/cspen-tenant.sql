-- The engine keeps each commission's processes apart by tenant (Camunda multi-tenancy, with its
-- tenant check on): every process instance started from this version on carries its
-- commission's tenant id, given when it starts. The instances that existed before were all the
-- CSPEN's, and carry none; the engine has no operation that changes an instance's tenant, so
-- this migration gives them, their tasks, jobs, variables, subscriptions, incidents and history
-- the CSPEN's tenant, "cspen". The models and their deployments stay shared by all tenants.
-- Runs unchanged on H2 and PostgreSQL, once, before the engine's job executor starts, as
-- Flyway's version 61 (CspenTenantMigration), when the engine's tables exist: a new
-- installation has no instances yet, and its engine creates its tables after Flyway.

update ACT_RU_EXECUTION set TENANT_ID_ = 'cspen' where TENANT_ID_ is null;
update ACT_RU_TASK set TENANT_ID_ = 'cspen' where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_RU_IDENTITYLINK set TENANT_ID_ = 'cspen'
 where TENANT_ID_ is null
   and TASK_ID_ in (select ID_ from ACT_RU_TASK where TENANT_ID_ = 'cspen');
update ACT_RU_VARIABLE set TENANT_ID_ = 'cspen' where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_RU_EVENT_SUBSCR set TENANT_ID_ = 'cspen'
 where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_RU_INCIDENT set TENANT_ID_ = 'cspen' where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_RU_EXT_TASK set TENANT_ID_ = 'cspen' where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_RU_JOB set TENANT_ID_ = 'cspen'
 where TENANT_ID_ is null and PROCESS_INSTANCE_ID_ is not null;
update ACT_GE_BYTEARRAY set TENANT_ID_ = 'cspen'
 where TENANT_ID_ is null and DEPLOYMENT_ID_ is null and ROOT_PROC_INST_ID_ is not null;

update ACT_HI_PROCINST set TENANT_ID_ = 'cspen' where TENANT_ID_ is null;
update ACT_HI_ACTINST set TENANT_ID_ = 'cspen' where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_HI_TASKINST set TENANT_ID_ = 'cspen' where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_HI_VARINST set TENANT_ID_ = 'cspen' where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_HI_DETAIL set TENANT_ID_ = 'cspen' where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_HI_IDENTITYLINK set TENANT_ID_ = 'cspen'
 where TENANT_ID_ is null and ROOT_PROC_INST_ID_ is not null;
update ACT_HI_COMMENT set TENANT_ID_ = 'cspen' where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_HI_ATTACHMENT set TENANT_ID_ = 'cspen'
 where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_HI_OP_LOG set TENANT_ID_ = 'cspen' where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_HI_INCIDENT set TENANT_ID_ = 'cspen' where TENANT_ID_ is null and PROC_INST_ID_ is not null;
update ACT_HI_JOB_LOG set TENANT_ID_ = 'cspen'
 where TENANT_ID_ is null and PROCESS_INSTANCE_ID_ is not null;
update ACT_HI_EXT_TASK_LOG set TENANT_ID_ = 'cspen'
 where TENANT_ID_ is null and PROC_INST_ID_ is not null;

-- Imports of the annex run one at a time: each holds this row's lock until it commits, so two
-- imports of the same file at once cannot both register its commitments.
create table import_lock (
    name varchar(40) primary key
);

insert into import_lock (name) values ('annex');

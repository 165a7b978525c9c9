-- The write scenario's anchor (pgbench -f): one INSERT a transaction into the bench database's
-- leads table, the row POST /v1/leads writes.
insert into leads (id, first_name, last_name, source, notes, dob, created_at, updated_at)
values (gen_random_uuid(), 'Bench', 'Lead', 'bench', '', null, now(), now());

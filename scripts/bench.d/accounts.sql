-- Accounts for scripts/bench's loads, included by market.sql and garage.sql: one for each row of
-- the temp table bench_accounts (id, customer_id, username), a copy of the customer :'template'
-- registered through the API (its password hash and customer profile) with its own ids, names
-- and emails and no phone.
insert into users
select (jsonb_populate_record(null::users, to_jsonb(u) || jsonb_build_object(
          'id', a.id, 'username', a.username, 'username_key', a.username,
          'email', a.username || '@bench.example.com',
          'email_key', a.username || '@bench.example.com', 'phone', null,
          'first_name', initcap(a.username), 'last_name', 'Bench',
          'last_login_at', null, 'version', 0))).*
from bench_accounts a, users u where u.username_key = lower(:'template');

insert into customers
select (jsonb_populate_record(null::customers, to_jsonb(c) || jsonb_build_object(
          'id', a.customer_id, 'user_id', a.id, 'phone', null))).*
from bench_accounts a, users u join customers c on c.user_id = u.id
where u.username_key = lower(:'template');

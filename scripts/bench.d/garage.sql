-- The list scenario's garage, loaded straight into the tables after the server has migrated the
-- schema (scripts/bench): vehicles :first to :last, each on an open trade under the sale service
-- (opened as POST /v1/trades does, with no proposal yet), a hundred an owner (dealers). Once for
-- 1 to 1,000 and again for 1,001 to 1,000,000. Every row is one the platform would have written:
--   * owners are copies of the customer :'template' registered through the API (accounts.sql);
--   * ids are time-ordered UUIDs (version 7) of the row's creation time, as the platform makes
--     them, so that lists (ordered by id) are in creation order; one row a millisecond.
\set ON_ERROR_STOP on

-- A version 7 UUID of a time: its milliseconds since 1970, the version, random bits.
create function pg_temp.uuid7(made timestamptz) returns uuid language sql as $$
  select (lpad(to_hex((extract(epoch from made) * 1000)::bigint), 12, '0') || '7'
          || substr(md5(random()::text), 1, 3) || to_hex(8 + floor(random() * 4)::int)
          || substr(md5(random()::text), 1, 15))::uuid
$$;

create temp table bench_rows as
select n, (n - 1) / 100 + 1 owner_n, made vehicle_at, made + interval '1 second' trade_at,
       pg_temp.uuid7(made) vehicle_id, pg_temp.uuid7(made + interval '1 second') trade_id
from generate_series(:first, :last) n,
     lateral (select now() - interval '30 days' + n * interval '1 millisecond' made) m;

create temp table bench_accounts as
select owner_n, gen_random_uuid() id, gen_random_uuid() customer_id, 'owner' || owner_n username
from bench_rows where (n - 1) % 100 = 0;
\ir accounts.sql

insert into vehicles (id, owner_id, brand, model, year, color, plate, vin, mileage, notes, image,
                      created_at, updated_at, handover_to)
select r.vehicle_id, o.id, (array['Toyota','Nissan','Honda','Mazda','Subaru'])[1 + r.n % 5],
       (array['Corolla','Note','Fit','Demio','Forester','Axio','X-Trail'])[1 + r.n % 7],
       2000 + r.n % 26, (array['White','Silver','Black','Grey','Blue'])[1 + r.n % 5],
       'LS' || lpad(r.n::text, 7, '0'), null, (r.n % 300) * 1000, '', null,
       r.vehicle_at, r.vehicle_at, null
from bench_rows r join bench_accounts o on o.owner_n = r.owner_n;

insert into trades (id, vehicle_id, owner_id, service_id, status, opened_at, accepted_proposal_id,
                    buyer_id, ended_at, version)
select r.trade_id, r.vehicle_id, o.id, s.id, 'open', r.trade_at, null, null, null, 0
from bench_rows r join bench_accounts o on o.owner_n = r.owner_n
join services s on s.kind = 'sell';

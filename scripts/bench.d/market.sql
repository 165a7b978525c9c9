-- The benchmark's market, loaded straight into the tables after the server has migrated the
-- schema (scripts/bench). Every row is one the platform would have written itself:
--   * accounts are copies of the customer :'template' registered through the API (accounts.sql);
--   * :'trades' vehicles of 17 brands (a realistic spread, Toyota the commonest), 2000 to 2025,
--     their mileage growing with age, spread over :'sellers' sellers, each on an open trade under
--     the sale or the lease service (seven in ten are sales) with its owner's open offer: a sale's
--     asking price (one payment), or a lease's amount, a tenth down, monthly over one to three
--     years (the lease service's fee is nil, so no listing invoice is owed);
--   * :'searches' saved searches of :'buyers' buyers (at most ten each, as a buyer without a plan
--     keeps), of four sorts: brand and kind required; brand, model and years required; a sale's
--     price ceiling and first year required; and weighted criteria only. One in twenty is paused.
-- random() is seeded, so every run loads the same market (with new ids).
\set ON_ERROR_STOP on
select setseed(0.2026) \gset

create temp table bench_brands (brand text, code text, share int, base numeric, models text[]);
insert into bench_brands values
  ('Toyota', 'toyota', 22, 30000, '{Corolla,Camry,RAV4,Hilux,"Land Cruiser Prado",Vitz,Axio,Fielder}'),
  ('Nissan', 'nissan', 12, 26000, '{Note,X-Trail,Sylphy,Navara,Juke}'),
  ('Honda', 'honda', 8, 27000, '{Fit,Civic,CR-V,Accord}'),
  ('Mazda', 'mazda', 7, 26000, '{Demio,CX-5,Axela,Atenza}'),
  ('Subaru', 'subaru', 6, 30000, '{Forester,Outback,Impreza,Legacy}'),
  ('Mitsubishi', 'mitsubishi', 5, 28000, '{Outlander,Pajero,Lancer,L200}'),
  ('Volkswagen', 'volkswagen', 5, 28000, '{Golf,Polo,Passat,Tiguan}'),
  ('Mercedes-Benz', 'mercedes_benz', 5, 55000, '{C-Class,E-Class,GLE,A-Class}'),
  ('BMW', 'bmw', 4, 52000, '{"3 Series","5 Series",X3,X5}'),
  ('Ford', 'ford', 4, 32000, '{Ranger,Focus,Fiesta,Everest}'),
  ('Hyundai', 'hyundai', 4, 24000, '{Tucson,Elantra,"Santa Fe",i10}'),
  ('Kia', 'kia', 4, 23000, '{Sportage,Rio,Sorento,Picanto}'),
  ('Audi', 'audi', 3, 48000, '{A3,A4,Q5,Q7}'),
  ('Isuzu', 'isuzu', 3, 33000, '{D-Max,MU-X}'),
  ('Peugeot', 'peugeot', 3, 25000, '{208,3008,508,5008}'),
  ('Suzuki', 'suzuki', 3, 17000, '{Swift,Vitara,Jimny,Alto}'),
  ('Land Rover', 'land_rover', 2, 70000, '{Defender,Discovery,"Range Rover Sport"}');
-- Each brand's slice of 0..99, by its share.
create temp table bench_brand_slices as
select b.*, sum(share) over (order by share desc, code) - share as lo,
       sum(share) over (order by share desc, code) as hi
from bench_brands b;

-- Sellers, then buyers.
create temp table bench_accounts as
select gen_random_uuid() id, gen_random_uuid() customer_id, n,
       case when n <= :sellers then 'seller' || n else 'buyer' || (n - :sellers) end username
from generate_series(1, :sellers + :buyers) n;
\ir accounts.sql

-- Vehicles: brand by share, model among the brand's, year skewed to recent ones. The random
-- draws are made in the select list of the series, so once per row.
create temp table bench_vehicles as
select gen_random_uuid() id, gen_random_uuid() trade_id, gen_random_uuid() proposal_id, r.n,
       a.id owner_id, b.brand, b.code, b.base,
       b.models[1 + floor(r.model_pick * cardinality(b.models))::int] model,
       2025 - floor(power(r.age_pick, 1.6) * 26)::int as year, r.sale
from (select n, floor(random() * 100)::int brand_pick, random() model_pick, random() age_pick,
             random() < 0.7 sale
      from generate_series(1, :trades) n) r
join bench_brand_slices b on r.brand_pick >= b.lo and r.brand_pick < b.hi
join bench_accounts a on a.n = 1 + (r.n - 1) % :sellers;

insert into vehicles (id, owner_id, brand, model, year, color, plate, vin, mileage, notes, image,
                      created_at, updated_at, handover_to)
select id, owner_id, brand, model, year,
       (array['White','Silver','Black','Grey','Blue','Red','Green','Beige'])[1 + n % 8],
       'BN' || lpad(n::text, 7, '0'), null,
       least(10000000, ((2026 - year) * (6000 + random() * 16000))::bigint / 100 * 100), '', null,
       now() - interval '400 days' + n * interval '1 second',
       now() - interval '400 days' + n * interval '1 second', null
from bench_vehicles;

insert into trades (id, vehicle_id, owner_id, service_id, status, opened_at, accepted_proposal_id,
                    buyer_id, ended_at, version)
select v.trade_id, v.id, v.owner_id, s.id, 'open',
       now() - interval '300 days' + v.n * interval '1 minute' / 4, null, null, null, 0
from bench_vehicles v
join services s on s.kind = case when v.sale then 'sell' else 'lease' end;

-- The owner's open offer: a sale's asking price, or a lease over 12, 24 or 36 months.
insert into proposals (id, trade_id, author_id, addressee_id, counter_to, amount, down_payment,
                       currency, term_days, payment_frequency, note, created_at, expires_at,
                       status, accepted_by, counter_id, closed_reason, answered_at)
select v.proposal_id, v.trade_id, v.owner_id, null, null, o.amount,
       case when v.sale then 0 else round(o.amount / 10, -1) end, :'currency',
       case when v.sale then 30 else p.months * 365 / 12 end,
       case when v.sale then 'one-time' else 'monthly' end, '', now(), now() + interval '7 days',
       'pending', null, null, null, null
from bench_vehicles v
cross join lateral (select 12 * (1 + floor(random() * 3))::int months,
                    greatest(500, round(v.base * power(0.88, 2026 - v.year)
                                        * (0.8 + random() * 0.4)::numeric, -2)) price) p
cross join lateral (select case when v.sale then p.price
                           else round(p.price * 0.021 * p.months, -1) end amount) o;

-- Saved searches: sort 0 brand and kind required, 1 brand, model and years required, 2 a sale's
-- price ceiling and first year required, 3 weighted only.
create temp table bench_searches as
select r.*, a.id owner_id, b1.code code1, b2.code code2, b1.models[1] model1,
       b1.models[2] model2
from (select n, (array[0,0,0,0,0,0,0,1,1,1,1,2,2,2,3,3,3,3,3,3])[1 + floor(random() * 20)::int] sort,
             random() < 0.7 sale, floor(random() * 100)::int pick1,
             floor(random() * 100)::int pick2, 2008 + floor(random() * 15)::int year_min,
             (3000 + floor(random() * 40) * 1000)::numeric price_max,
             (40000 + floor(random() * 20) * 10000)::bigint mileage_max,
             (150 + floor(random() * 30) * 25)::numeric instalment_max,
             1 + floor(random() * 5)::int w1, 1 + floor(random() * 3)::int w2,
             random() < 0.05 paused
      from generate_series(1, :searches) n) r
join bench_brand_slices b1 on r.pick1 >= b1.lo and r.pick1 < b1.hi
join bench_brand_slices b2 on r.pick2 >= b2.lo and r.pick2 < b2.hi
join bench_accounts a on a.n = :sellers + 1 + (r.n - 1) % :buyers;

insert into preferences (id, owner_id, name, trade_kind, brands, models, year_min, year_max,
                         price_max, instalment_max, currency, mileage_max, locations, body_types,
                         fuels, required, weighted, weights, paused, created_at, updated_at)
select gen_random_uuid(), owner_id, 'Search ' || n,
       case when sort in (0, 1) or sort = 3 and n % 2 = 0
            then case when sale then 'sale' else 'lease' end end,
       case sort when 0 then array(select distinct unnest(array[code1, code2]) order by 1)
                 when 1 then array[code1]
                 when 2 then array[code1]
                 else array(select distinct unnest(array[code1, code2]) order by 1) end,
       case when sort = 1 then array[lower(model1), lower(model2)] else '{}' end,
       year_min, case when sort = 1 then least(2025, year_min + 8) end,
       case when sale or sort = 2 then price_max end,
       case when not sale and sort <> 2 then instalment_max end,
       :'currency',
       case when sort in (0, 3) then mileage_max end,
       '{}', '{}', '{}',
       case sort when 0 then '{trade_kind,brands}' when 1 then '{brands,models,year}'
                 when 2 then '{price,year}' else '{}' end::text[],
       case sort when 0 then case when sale then '{price}' else '{instalment}' end
                 when 1 then '{}' when 2 then '{brands}'
                 else '{brands,year}' end::text[],
       case sort when 0 then array[w1] when 1 then '{}' when 2 then array[w2]
                 else array[w1, w2] end,
       paused, now() - interval '30 days' + n * interval '1 minute',
       now() - interval '30 days' + n * interval '1 minute'
from bench_searches;

analyze users, customers, vehicles, trades, proposals, preferences;

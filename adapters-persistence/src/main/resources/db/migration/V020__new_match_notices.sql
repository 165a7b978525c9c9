-- New matches told at once, by SMS too, found by index (NotifyNewMatches, issue 10).

-- Whether a saved search's new matches are texted too (through the SMS outbox).
alter table preferences add column notify_sms boolean not null default false;

-- What changed that a buyer may have to be told of: a trade opened or repriced, a vehicle or a
-- saved search changed. A row is written in the transaction of the change and deleted in the one
-- that tells of it, which claims it with FOR UPDATE SKIP LOCKED: the queue is the high-water mark,
-- so a change committed late is still found, and two instances never take one change.
create table change_queue (
    id           uuid        primary key,
    subject_type varchar(30) not null,
    subject_id   uuid        not null,
    changed_at   timestamptz not null
);

-- The first run after this migration goes through every active search once, as the job did before
-- (what was told already stays told: sent_reminders).
insert into change_queue (id, subject_type, subject_id, changed_at)
    select gen_random_uuid(), 'preference', id, now() from preferences where not paused;

-- Each search's required criteria in a form one indexed condition answers (JdbiSearchesFitting,
-- from a changed trade to the searches it may fit): '*' in the kind and in the code lists, an
-- unbounded year range, or no ceiling (null), where the criterion is not required or not set.
-- Locations, body types and fuels are not pruned on: every search passes them here.
alter table preferences
    add column req_trade_kind text generated always as (
        case when 'trade_kind' = any(required) and trade_kind is not null
            then trade_kind else '*' end) stored,
    add column req_brands text[] generated always as (
        case when 'brands' = any(required) and cardinality(brands) > 0
            then brands else '{*}' end) stored,
    add column req_models text[] generated always as (
        case when 'models' = any(required) and cardinality(models) > 0
            then models else '{*}' end) stored,
    add column req_years int4range generated always as (
        case when 'year' = any(required)
            then int4range(year_min, case when year_max < 2147483647 then year_max end, '[]')
            else int4range(null, null) end) stored,
    add column req_mileage_max bigint generated always as (
        case when 'mileage' = any(required) then mileage_max end) stored,
    add column req_price_max numeric(12, 2) generated always as (
        case when 'price' = any(required) then price_max end) stored,
    add column req_instalment_max numeric(12, 2) generated always as (
        case when 'instalment' = any(required) then instalment_max end) stored;

create index preferences_req_trade_kind_idx on preferences (req_trade_kind) where not paused;
create index preferences_req_brands_idx on preferences using gin (req_brands) where not paused;
create index preferences_req_models_idx on preferences using gin (req_models) where not paused;
create index preferences_req_years_idx on preferences using gist (req_years) where not paused;
create index preferences_req_mileage_idx on preferences (req_mileage_max) where not paused;
create index preferences_req_price_idx on preferences (req_price_max) where not paused;
create index preferences_req_instalment_idx on preferences (req_instalment_max)
    where not paused;

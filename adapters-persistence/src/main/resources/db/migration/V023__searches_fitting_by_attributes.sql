-- A changed trade's searches are pruned on the vehicle's location, body type, fuel and
-- transmission too (JdbiSearchesFitting), as V020 prunes on brands: '*' where the criterion is
-- not required or not set.
alter table preferences
    add column req_locations text[] generated always as (
        case when 'locations' = any(required) and cardinality(locations) > 0
            then locations else '{*}' end) stored,
    add column req_body_types text[] generated always as (
        case when 'body_types' = any(required) and cardinality(body_types) > 0
            then body_types else '{*}' end) stored,
    add column req_fuels text[] generated always as (
        case when 'fuels' = any(required) and cardinality(fuels) > 0
            then fuels else '{*}' end) stored,
    add column req_transmissions text[] generated always as (
        case when 'transmissions' = any(required) and cardinality(transmissions) > 0
            then transmissions else '{*}' end) stored;

create index preferences_req_locations_idx on preferences using gin (req_locations)
    where not paused;
create index preferences_req_body_types_idx on preferences using gin (req_body_types)
    where not paused;
create index preferences_req_fuels_idx on preferences using gin (req_fuels) where not paused;
create index preferences_req_transmissions_idx on preferences using gin (req_transmissions)
    where not paused;

-- Vehicles record the matchable attributes as catalogue codes (each null when not recorded): where
-- the vehicle is, its body type, its fuel and its transmission. Saved searches may ask for a
-- transmission as they ask for a fuel.

alter table vehicles
    add column location     varchar(40),
    add column body_type    varchar(40),
    add column fuel         varchar(40),
    add column transmission varchar(40);

alter table preferences add column transmissions text[] not null default '{}';

-- The required ones a search pushes into SQL (JdbiMatchCandidates), as it does the brand's.
create index vehicles_location_idx on vehicles (location);
create index vehicles_body_type_idx on vehicles (body_type);
create index vehicles_fuel_idx on vehicles (fuel);
create index vehicles_transmission_idx on vehicles (transmission);

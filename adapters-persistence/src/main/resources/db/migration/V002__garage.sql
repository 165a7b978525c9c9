-- Garage: the vehicles in customers' garages. A plate (stored normalised: capitals, no spaces)
-- belongs to one vehicle; a vehicle goes with its owner's account. Brand and model are searched
-- by any part regardless of case, which trigram indexes serve.

create extension if not exists pg_trgm;

create table vehicles (
    id         uuid          primary key,
    owner_id   uuid          not null
        constraint vehicles_owner_fk references users on delete cascade,
    brand      varchar(50)   not null,
    model      varchar(50)   not null,
    year       integer       not null constraint vehicles_year_check check (year >= 1886),
    color      varchar(30)   not null,
    plate      varchar(15)   not null constraint vehicles_plate_unique unique,
    vin        char(17),
    mileage    bigint        not null
        constraint vehicles_mileage_check check (mileage between 0 and 10000000),
    notes      varchar(2000) not null,
    image      text,
    created_at timestamptz   not null,
    updated_at timestamptz   not null
);
create index vehicles_owner_idx on vehicles (owner_id, id);
create index vehicles_year_idx on vehicles (year, id);
create index vehicles_brand_trgm_idx on vehicles using gin (lower(brand) gin_trgm_ops);
create index vehicles_model_trgm_idx on vehicles using gin (lower(model) gin_trgm_ops);

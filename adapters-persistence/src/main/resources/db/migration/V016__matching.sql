-- Matching (seed 002, mapped onto the marketplace): the catalogue of allowed values and buyers'
-- saved searches. Matches are not stored: they are computed from open trades when asked for.

-- A value of a matchable attribute; its code is unique within the attribute.
create table catalogue_values (
    id        uuid         primary key,
    attribute varchar(20)  not null constraint catalogue_values_attribute_check check
        (attribute in ('brand', 'body_type', 'fuel', 'transmission', 'colour', 'location')),
    code      varchar(40)  not null,
    name      varchar(100) not null,
    constraint catalogue_values_code_unique unique (attribute, code)
);

-- A saved search: each criterion null or empty when not set; required names the hard filters,
-- weighted / weights (in step) the weights given other than 1. Gone with its account.
create table preferences (
    id             uuid           primary key,
    owner_id       uuid           not null
        constraint preferences_owner_fk references users on delete cascade,
    name           varchar(100)   not null,
    trade_kind     varchar(10)    constraint preferences_trade_kind_check
        check (trade_kind in ('lease', 'sale')),
    brands         text[]         not null,
    models         text[]         not null,
    year_min       integer,
    year_max       integer,
    price_max      numeric(12, 2),
    instalment_max numeric(12, 2),
    currency       char(3),
    mileage_max    bigint,
    locations      text[]         not null,
    body_types     text[]         not null,
    fuels          text[]         not null,
    required       text[]         not null,
    weighted       text[]         not null,
    weights        integer[]      not null,
    paused         boolean        not null,
    created_at     timestamptz    not null,
    updated_at     timestamptz    not null,
    constraint preferences_years_check check (year_min is null or year_max is null
        or year_min <= year_max)
);
-- An account's searches in id order, and how many it keeps.
create index preferences_owner_idx on preferences (owner_id, id);

-- The hard filters a search pushes into SQL (JdbiMatchCandidates): a vehicle's brand as a catalogue
-- code, its model in lower case, its year and its mileage; the owner's latest open offer of a trade
-- (its asking price).
create index vehicles_brand_code_idx
    on vehicles ((regexp_replace(lower(brand), '[[:space:]-]+', '_', 'g')));
create index vehicles_model_lower_idx on vehicles (lower(model));
create index vehicles_mileage_idx on vehicles (mileage);
create index proposals_open_offer_idx on proposals (trade_id, id)
    where status = 'pending' and addressee_id is null;

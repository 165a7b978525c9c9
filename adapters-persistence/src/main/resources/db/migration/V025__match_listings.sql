-- What matching scores of each open trade, one narrow row a trade (JdbiMatchCandidates scores a
-- saved search against it in SQL): the owner, whether its service is a lease and its kind, the
-- vehicle's brand and colour as catalogue codes (null when the text makes no code), its model as
-- compared (trimmed, lower case), year, mileage, location, body type, fuel and transmission, and
-- the owner's latest open offer: its amount (the price) and the monthly instalment it comes to
-- (the balance after the down payment over ceil(term_days * 48 / 1461) months, rounded up to the
-- cent, as ProposalTerms derives it). Kept in step by triggers on trades, proposals, vehicles and
-- services: each write recomputes the rows of the trades it touches in the same transaction.
create table match_listings (
    trade_id     uuid primary key,
    owner_id     uuid not null,
    lease        boolean not null,
    kind         text not null,
    brand_code   text,
    model_key    text not null,
    year         integer not null,
    mileage      bigint not null,
    price        numeric(12,2),
    instalment   numeric(14,2),
    location     text,
    body_type    text,
    fuel         text,
    transmission text,
    colour_code  text
);

create function match_code(text) returns text language sql immutable as $$
    select case when c ~ '^[a-z][a-z0-9_]{1,39}$' then c end
    from (select regexp_replace(lower(btrim($1, E' \t\n\r\f\v')), '[[:space:]-]+', '_', 'g') c) x
$$;

create function refresh_match_listing(trade uuid) returns void language plpgsql as $$
begin
    delete from match_listings where trade_id = trade;
    insert into match_listings
    select t.id, t.owner_id, s.kind = 'lease', s.kind, match_code(v.brand),
           lower(btrim(v.model, E' \t\n\r\f\v')), v.year, v.mileage, a.amount,
           case when a.amount is not null then
               ((((a.amount - a.down_payment) * 100)::bigint + (a.term_days * 48 + 1460) / 1461 - 1)
                / ((a.term_days * 48 + 1460) / 1461))::numeric / 100 end,
           v.location, v.body_type, v.fuel, v.transmission, match_code(v.color)
    from trades t join vehicles v on v.id = t.vehicle_id
    join services s on s.id = t.service_id
    left join lateral (select p.amount, p.down_payment, p.term_days from proposals p
        where p.trade_id = t.id and p.author_id = t.owner_id and p.status = 'pending'
        and p.addressee_id is null order by p.id desc limit 1) a on true
    where t.id = trade and t.status = 'open';
end
$$;

create function match_listings_of_trade() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform refresh_match_listing(old.id);
        return old;
    end if;
    perform refresh_match_listing(new.id);
    return new;
end
$$;

create function match_listings_of_proposal() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform refresh_match_listing(old.trade_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.trade_id <> old.trade_id) then
        perform refresh_match_listing(new.trade_id);
    end if;
    return null;
end
$$;

create function match_listings_of_vehicle() returns trigger language plpgsql as $$
begin
    perform refresh_match_listing(t.id) from trades t
        where t.vehicle_id = new.id and t.status = 'open';
    return null;
end
$$;

create function match_listings_of_service() returns trigger language plpgsql as $$
begin
    perform refresh_match_listing(t.id) from trades t
        where t.service_id = new.id and t.status = 'open';
    return null;
end
$$;

create trigger trades_match_listings after insert or update or delete on trades
    for each row execute function match_listings_of_trade();
create trigger proposals_match_listings after insert or update or delete on proposals
    for each row execute function match_listings_of_proposal();
create trigger vehicles_match_listings after update on vehicles
    for each row execute function match_listings_of_vehicle();
create trigger services_match_listings after update of kind on services
    for each row execute function match_listings_of_service();

select refresh_match_listing(t.id) from trades t where t.status = 'open';

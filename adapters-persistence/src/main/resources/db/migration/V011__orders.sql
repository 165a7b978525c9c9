-- Orders (seed 004), and the customers staff keep without an account.
--
-- A standalone customer is a row of customers with no account (user_id null) and a name of its own;
-- its phone is required and unique among such customers (an account's profile keeps its phone
-- free, as before). An order is for one customer, account or not; a customer with orders is kept
-- (on delete restrict): deleting it, or its account, is refused while orders name it.

alter table customers alter column user_id drop not null;
alter table customers add column name varchar(50);
alter table customers add constraint customers_holder_check
    check ((user_id is null) = (name is not null));
alter table customers add constraint customers_standalone_phone_check
    check (user_id is not null or phone is not null);
create unique index customers_standalone_phone_unique on customers (phone) where user_id is null;

create table orders (
    id          uuid           primary key,
    customer_id uuid           not null
        constraint orders_customer_fk references customers on delete restrict,
    item        varchar(200)   not null,
    amount      numeric(12, 2) not null constraint orders_amount_check check (amount > 0),
    currency    char(3)        not null,
    created_at  timestamptz    not null,
    updated_at  timestamptz    not null
);
-- A customer's orders, in either order of their (time-ordered) ids.
create index orders_customer_idx on orders (customer_id, id);

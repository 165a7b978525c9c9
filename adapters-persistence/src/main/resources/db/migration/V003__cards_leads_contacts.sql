-- Customers' payment cards, sales leads, and the contacts of customers and leads.
-- A card keeps only what may be kept (never the number or the security code); its keyed
-- fingerprint is unique per owner. A contact belongs to exactly one customer or one lead and goes
-- with it.

create table credit_cards (
    id          uuid         primary key,
    owner_id    uuid         not null
        constraint credit_cards_owner_fk references users on delete cascade,
    brand       text         not null
        constraint credit_cards_brand_check check (brand in ('visa', 'mastercard', 'amex',
            'discover', 'diners', 'jcb', 'unionpay', 'maestro', 'other')),
    last4       char(4)      not null constraint credit_cards_last4_check check (last4 ~ '^[0-9]{4}$'),
    exp_month   smallint     not null constraint credit_cards_exp_month_check check (exp_month between 1 and 12),
    exp_year    smallint     not null constraint credit_cards_exp_year_check check (exp_year between 2000 and 2199),
    holder      varchar(100) not null,
    fingerprint text         not null,
    created_at  timestamptz  not null,
    constraint credit_cards_owner_fingerprint_unique unique (owner_id, fingerprint)
);
create index credit_cards_owner_idx on credit_cards (owner_id, id);

create table leads (
    id         uuid          primary key,
    first_name varchar(150)  not null,
    last_name  varchar(150)  not null,
    source     varchar(100)  not null,
    notes      varchar(2000) not null,
    dob        date,
    created_at timestamptz   not null,
    updated_at timestamptz   not null,
    constraint leads_named_check check (first_name <> '' or last_name <> '')
);

create table contacts (
    id          uuid         primary key,
    customer_id uuid         constraint contacts_customer_fk references customers on delete cascade,
    lead_id     uuid         constraint contacts_lead_fk references leads on delete cascade,
    email       varchar(254),
    phone       varchar(16),
    note        varchar(500) not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    constraint contacts_one_owner_check check (num_nonnulls(customer_id, lead_id) = 1),
    constraint contacts_one_point_check check (num_nonnulls(email, phone) = 1)
);
create index contacts_customer_idx on contacts (customer_id, id) where customer_id is not null;
create index contacts_lead_idx on contacts (lead_id, id) where lead_id is not null;

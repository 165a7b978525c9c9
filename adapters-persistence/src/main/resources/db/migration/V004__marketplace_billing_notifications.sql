-- The marketplace (services, trades, proposals), billing (invoices, their yearly sequences,
-- payments) and in-app notifications. Trades, proposals, invoices and payments are records that
-- stay: the accounts and vehicles they name cannot be deleted from under them (ON DELETE RESTRICT,
-- answered as a conflict). Constraints are named: the adapter maps each one to its Conflict.

create table services (
    id          uuid          primary key,
    kind        varchar(30)   not null,
    name        varchar(100)  not null,
    fee         numeric(12,2) not null constraint services_fee_check check (fee >= 0),
    currency    char(3)       not null,
    description varchar(2000) not null,
    active      boolean       not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null
);
create unique index services_name_unique on services (lower(name));

create table trades (
    id                   uuid        primary key,
    vehicle_id           uuid        not null constraint trades_vehicle_fk references vehicles on delete restrict,
    owner_id             uuid        not null constraint trades_owner_fk references users on delete restrict,
    service_id           uuid        not null constraint trades_service_fk references services on delete restrict,
    status               text        not null
        constraint trades_status_check check (status in ('open', 'closed', 'cancelled')),
    opened_at            timestamptz not null,
    accepted_proposal_id uuid,
    buyer_id             uuid        constraint trades_buyer_fk references users on delete restrict,
    ended_at             timestamptz,
    version              bigint      not null,
    constraint trades_state_check check (
        (status = 'open' and ended_at is null and buyer_id is null and accepted_proposal_id is null)
        or (status = 'closed' and ended_at is not null and buyer_id is not null
            and accepted_proposal_id is not null)
        or (status = 'cancelled' and ended_at is not null and buyer_id is null
            and accepted_proposal_id is null))
);
-- A vehicle has at most one open trade.
create unique index trades_open_vehicle_unique on trades (vehicle_id) where status = 'open';
create index trades_status_idx on trades (status, id);
create index trades_owner_idx on trades (owner_id, id);
create index trades_service_idx on trades (service_id);

create table proposals (
    id                uuid          primary key,
    trade_id          uuid          not null constraint proposals_trade_fk references trades on delete restrict,
    author_id         uuid          not null constraint proposals_author_fk references users on delete restrict,
    addressee_id      uuid          constraint proposals_addressee_fk references users on delete restrict,
    counter_to        uuid          constraint proposals_counter_to_fk references proposals on delete restrict,
    amount            numeric(12,2) not null constraint proposals_amount_check check (amount > 0),
    down_payment      numeric(12,2) not null,
    currency          char(3)       not null,
    term_days         integer       not null
        constraint proposals_term_check check (term_days between 1 and 3650),
    payment_frequency text          not null,
    note              varchar(2000) not null,
    created_at        timestamptz   not null,
    expires_at        timestamptz   not null,
    status            text          not null constraint proposals_status_check check (status in
        ('pending', 'accepted', 'declined', 'countered', 'cancelled', 'closed')),
    accepted_by       uuid          constraint proposals_accepted_by_fk references users on delete restrict,
    counter_id        uuid,
    closed_reason     varchar(200),
    answered_at       timestamptz,
    constraint proposals_down_payment_check check (down_payment between 0 and amount)
);
create index proposals_trade_idx on proposals (trade_id, id);

-- The last number given in each year; incremented in the issuing transaction, so gap-free.
create table invoice_sequences (
    year       integer primary key,
    last_value bigint  not null
);

create table invoices (
    id               uuid          primary key,
    number           varchar(20)   not null constraint invoices_number_unique unique,
    customer_id      uuid          not null constraint invoices_customer_fk references users on delete restrict,
    source_kind      varchar(40)   not null,
    source_reference uuid          not null,
    currency         char(3)       not null,
    total            numeric(12,2) not null,
    paid             numeric(12,2) not null,
    issued_on        date          not null,
    due_on           date          not null,
    status           text          not null
        constraint invoices_status_check check (status in ('open', 'paid', 'void')),
    paid_at          timestamptz,
    void_reason      varchar(500),
    voided_by        uuid          constraint invoices_voided_by_fk references users on delete restrict,
    voided_at        timestamptz,
    version          bigint        not null,
    constraint invoices_source_unique unique (source_kind, source_reference),
    constraint invoices_paid_check check (paid >= 0 and paid <= total),
    constraint invoices_due_check check (due_on >= issued_on)
);
create index invoices_customer_idx on invoices (customer_id, id);

create table invoice_lines (
    invoice_id  uuid          not null constraint invoice_lines_invoice_fk references invoices on delete cascade,
    position    integer       not null,
    description varchar(200)  not null,
    quantity    integer       not null constraint invoice_lines_quantity_check check (quantity >= 1),
    unit_price  numeric(12,2) not null,
    primary key (invoice_id, position)
);

create table payments (
    id                  uuid          primary key,
    invoice_id          uuid          not null constraint payments_invoice_fk references invoices on delete restrict,
    payer_id            uuid          not null constraint payments_payer_fk references users on delete restrict,
    recorded_by         uuid          not null constraint payments_recorded_by_fk references users on delete restrict,
    -- No key to the card: a card may leave the file; its brand and last digits stay here.
    card_id             uuid          not null,
    card_brand          text          not null,
    card_last4          char(4)       not null,
    amount              numeric(12,2) not null constraint payments_amount_check check (amount > 0),
    currency            char(3)       not null,
    paid_at             timestamptz   not null,
    late                boolean       not null,
    gateway_reference   varchar(200)  not null,
    idempotency_key     varchar(255),
    idempotency_request varchar(300),
    constraint payments_idempotency_unique unique (recorded_by, idempotency_key)
);
create index payments_invoice_idx on payments (invoice_id, id);
create index payments_payer_idx on payments (payer_id, id);

create table notifications (
    id           uuid         primary key,
    recipient_id uuid         not null constraint notifications_recipient_fk references users on delete cascade,
    kind         text         not null,
    message      varchar(500) not null,
    subject_type varchar(30)  not null,
    subject_id   uuid         not null,
    created_at   timestamptz  not null,
    read_at      timestamptz
);
-- An inbox: unread first, newest first.
create index notifications_inbox_idx on notifications (recipient_id, (read_at is not null), id desc);

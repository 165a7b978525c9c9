-- Identity and access: accounts, plans, sign-in sessions, login throttling, customer and
-- mechanic profiles. Unique constraints are named: the adapter maps each one to its Conflict.

create table subscription_plans (
    id            uuid          primary key,
    name          varchar(100)  not null,
    price         numeric(12,2) not null constraint subscription_plans_price_check check (price >= 0),
    currency      char(3)       not null,
    duration_days integer       not null
        constraint subscription_plans_duration_check check (duration_days between 1 and 3660),
    active        boolean       not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
create unique index subscription_plans_name_unique on subscription_plans (lower(name));

create table users (
    id                   uuid         primary key,
    username             varchar(150) not null,
    username_key         text         not null constraint users_username_unique unique,
    email                varchar(254) not null,
    email_key            text         not null constraint users_email_unique unique,
    phone                varchar(16)           constraint users_phone_unique unique,
    first_name           varchar(150) not null,
    last_name            varchar(150) not null,
    role                 text         not null
        constraint users_role_check check (role in ('customer', 'mechanic', 'staff', 'superuser')),
    status               text         not null
        constraint users_status_check check (status in ('active', 'suspended', 'deactivated')),
    subscription_plan_id uuid
        constraint users_subscription_plan_fk references subscription_plans on delete restrict,
    password_hash        text         not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    last_login_at        timestamptz,
    version              bigint       not null
);
create index users_subscription_plan_idx on users (subscription_plan_id);

create table sessions (
    id         uuid        primary key,
    user_id    uuid        not null constraint sessions_user_fk references users on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index sessions_user_idx on sessions (user_id);

create table refresh_tokens (
    digest     text        primary key,
    session_id uuid        not null
        constraint refresh_tokens_session_fk references sessions on delete cascade,
    issued_at  timestamptz not null,
    used_at    timestamptz
);
create index refresh_tokens_session_idx on refresh_tokens (session_id);

create table login_failures (
    key       text        not null,
    failed_at timestamptz not null
);
create index login_failures_key_idx on login_failures (key, failed_at);

create table customers (
    id         uuid          primary key,
    user_id    uuid          not null
        constraint customers_user_unique unique
        constraint customers_user_fk references users on delete cascade,
    job        varchar(200)  not null,
    notes      varchar(2000) not null,
    dob        date,
    address    varchar(300)  not null,
    city       varchar(100)  not null,
    state      varchar(100)  not null,
    zip_code   varchar(20)   not null,
    phone      varchar(16),
    created_at timestamptz   not null,
    updated_at timestamptz   not null
);

create table mechanics (
    id               uuid         primary key,
    user_id          uuid         not null
        constraint mechanics_user_unique unique
        constraint mechanics_user_fk references users on delete cascade,
    specialization   varchar(100) not null,
    experience_years integer      not null
        constraint mechanics_experience_check check (experience_years between 0 and 80),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);

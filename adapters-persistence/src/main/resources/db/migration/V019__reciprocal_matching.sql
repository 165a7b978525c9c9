-- Reciprocal matching: what a trade's owner asks of buyers, and what the platform knows of them.

-- A trade without a row asks nothing; a row replaces the trade's requirements whole.
create table trade_buyer_requirements (
    trade_id           uuid        primary key
        constraint trade_buyer_requirements_trade_fk references trades on delete cascade,
    verified_phone     boolean     not null,
    card_on_file       boolean     not null,
    no_cancelled_deals boolean     not null,
    updated_at         timestamptz not null
);

-- One an account: the number it is about, the last code sent to it (a digest only: never the code)
-- with its time, expiry and wrong guesses, and when that number was verified. It verifies the
-- account's phone only while users.phone is still that number.
create table phone_verifications (
    user_id         uuid        primary key
        constraint phone_verifications_user_fk references users on delete cascade,
    phone           varchar(32) not null,
    code_digest     text,
    code_sent_at    timestamptz,
    code_expires_at timestamptz,
    code_attempts   integer     not null default 0
        constraint phone_verifications_attempts_check check (code_attempts >= 0),
    verified_at     timestamptz,
    constraint phone_verifications_code_check check (
        (code_digest is null) = (code_sent_at is null)
        and (code_digest is null) = (code_expires_at is null))
);

-- A buyer's withdrawn proposals (their cancelled deals), found by author.
create index proposals_withdrawn_author_idx on proposals (author_id) where status = 'cancelled';

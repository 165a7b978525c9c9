-- Matching (seed 002): plan limits, interests in trades, the conversations of mutual matches,
-- their messages, and blocks between users.
--
-- A plan's limits are null when unlimited. A buyer has at most one pending interest in a trade
-- (a unique partial index, so that of two interests sent at once one is refused). A conversation
-- belongs to one accepted interest. A user blocks another at most once. Everything goes with the
-- accounts it names (on delete cascade).

alter table subscription_plans add column interests_per_month integer
    constraint subscription_plans_interests_check check (interests_per_month between 0 and 100000);
alter table subscription_plans add column saved_preferences integer
    constraint subscription_plans_preferences_check check (saved_preferences between 0 and 100000);

create table interests (
    id          uuid         primary key,
    trade_id    uuid         not null constraint interests_trade_fk references trades on delete cascade,
    buyer_id    uuid         not null constraint interests_buyer_fk references users on delete cascade,
    seller_id   uuid         not null constraint interests_seller_fk references users on delete cascade,
    message     varchar(500) not null,
    status      varchar(10)  not null
        constraint interests_status_check check (status in ('pending', 'accepted', 'declined')),
    sent_at     timestamptz  not null,
    answered_at timestamptz,
    constraint interests_answer_check check ((status = 'pending') = (answered_at is null)),
    constraint interests_not_own_check check (buyer_id <> seller_id)
);
create unique index interests_pending_unique on interests (trade_id, buyer_id)
    where status = 'pending';
create index interests_buyer_idx on interests (buyer_id, sent_at);
create index interests_seller_idx on interests (seller_id);

create table conversations (
    id          uuid        primary key,
    interest_id uuid        not null constraint conversations_interest_unique unique
        constraint conversations_interest_fk references interests on delete cascade,
    buyer_id    uuid        not null constraint conversations_buyer_fk references users on delete cascade,
    seller_id   uuid        not null constraint conversations_seller_fk references users on delete cascade,
    opened_at   timestamptz not null,
    closed_at   timestamptz
);
create index conversations_buyer_idx on conversations (buyer_id);
create index conversations_seller_idx on conversations (seller_id);

create table messages (
    id              uuid          primary key,
    conversation_id uuid          not null
        constraint messages_conversation_fk references conversations on delete cascade,
    sender_id       uuid          not null constraint messages_sender_fk references users on delete cascade,
    text            varchar(2000) not null constraint messages_text_check check (length(text) >= 1),
    sent_at         timestamptz   not null,
    read_at         timestamptz
);
create index messages_conversation_idx on messages (conversation_id, id);

create table blocks (
    id         uuid        primary key,
    blocker_id uuid        not null constraint blocks_blocker_fk references users on delete cascade,
    blocked_id uuid        not null constraint blocks_blocked_fk references users on delete cascade,
    created_at timestamptz not null,
    constraint blocks_pair_unique unique (blocker_id, blocked_id),
    constraint blocks_not_self_check check (blocker_id <> blocked_id)
);
create index blocks_blocked_idx on blocks (blocked_id);

-- A subscription's start, kept beside its end: an account on a plan has both (accounts already on
-- one started the plan's days before their end).
alter table users add column subscription_started_at timestamptz;
update users u set subscription_started_at = u.subscription_ends_at - make_interval(days => p.duration_days)
from subscription_plans p where p.id = u.subscription_plan_id;
alter table users add constraint users_subscription_start_check
    check ((subscription_plan_id is null) = (subscription_started_at is null));

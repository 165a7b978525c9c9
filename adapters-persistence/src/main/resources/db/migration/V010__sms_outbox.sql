-- The SMS outbox: every text message is written here in the transaction of the change it tells
-- about, and sent afterwards by the dispatcher. A message is about a subject (an order, an
-- invoice…) by type and id only: it outlives what it tells about, as a record of what was sent.

create table sms_messages (
    id                  uuid          primary key,
    recipient           varchar(16)   not null,
    text                varchar(1530) not null,
    subject_type        varchar(30)   not null,
    subject_id          uuid          not null,
    status              text          not null
        constraint sms_messages_status_check check (status in ('pending', 'sent', 'delivered', 'failed')),
    attempts            integer       not null default 0 constraint sms_messages_attempts_check check (attempts >= 0),
    next_attempt_at     timestamptz   not null,
    last_error          varchar(500),
    provider_message_id varchar(100),
    provider_status_code integer,
    provider_status     varchar(100),
    provider_cost       varchar(50),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
-- What the dispatcher claims: pending messages that are due, oldest first.
create index sms_messages_due_idx on sms_messages (next_attempt_at) where status = 'pending';
-- Delivery reports name the gateway's id for the message.
create unique index sms_messages_provider_id_idx on sms_messages (provider_message_id)
    where provider_message_id is not null;
-- Staff list messages by status, paged by id.
create index sms_messages_status_idx on sms_messages (status, id);

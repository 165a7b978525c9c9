-- Background jobs: what the periodic sweeps store. Each sweep claims its rows with
-- FOR UPDATE SKIP LOCKED, so several instances on one database share the work.

-- A proposal past its time unanswered is stored as expired (answered_at: when the job found it).
alter table proposals drop constraint proposals_status_check;
alter table proposals add constraint proposals_status_check check (status in
    ('pending', 'accepted', 'declined', 'countered', 'cancelled', 'closed', 'expired'));
-- What the expiry job claims: pending proposals, the longest expired first.
create index proposals_pending_expiry_idx on proposals (expires_at, id) where status = 'pending';

-- An open invoice past its due date is stored as overdue; it is paid or voided as an open one.
alter table invoices drop constraint invoices_status_check;
alter table invoices add constraint invoices_status_check
    check (status in ('open', 'overdue', 'paid', 'void'));
-- What the reminder job claims: open invoices by due date.
create index invoices_open_due_idx on invoices (due_on, id) where status = 'open';

-- A subscription runs for its plan's days from when the account chose the plan. Accounts on a
-- plan before this migration start their term now: nobody loses a day they may have paid for.
alter table users add column subscription_ends_at timestamptz;
update users u set subscription_ends_at = now() + make_interval(days => p.duration_days)
    from subscription_plans p where p.id = u.subscription_plan_id;
alter table users add constraint users_subscription_ends_check
    check ((subscription_plan_id is null) = (subscription_ends_at is null));
create index users_subscription_ends_idx on users (subscription_ends_at)
    where subscription_ends_at is not null;

-- Every reminder sent, once: the key is what it is about and on which occasion (an invoice due
-- soon, an invoice overdue, a subscription's end), so a rerun or a second instance sends nothing
-- more. Subjects by type and id only, as SMS messages are: the record outlives its subject.
create table sent_reminders (
    subject_type varchar(30) not null,
    subject_id   uuid        not null,
    occasion     varchar(60) not null,
    sent_at      timestamptz not null,
    primary key (subject_type, subject_id, occasion)
);

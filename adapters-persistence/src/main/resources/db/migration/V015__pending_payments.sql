-- Pending payments: a payment is recorded as pending before its card is charged (outside any
-- transaction), then settled as succeeded or failed. Only succeeded payments count as paid; what
-- pending payments hold is kept on their invoice, so payments at once never come to more than is
-- owed. Payments made before this migration were charged and settled at once: they succeeded.

alter table payments rename column paid_at to created_at;
alter table payments
    add column status         text not null default 'succeeded'
        constraint payments_status_check check (status in ('pending', 'succeeded', 'failed')),
    -- When the sweep next asks the provider about a pending payment.
    add column check_at       timestamptz,
    add column settled_at     timestamptz,
    add column failure_reason varchar(500),
    alter column gateway_reference drop not null;
update payments set settled_at = created_at;
alter table payments
    alter column status drop default,
    add constraint payments_outcome_check check (
        (status = 'pending' and check_at is not null and settled_at is null
            and gateway_reference is null and failure_reason is null)
        or (status = 'succeeded' and check_at is null and settled_at is not null
            and gateway_reference is not null and failure_reason is null)
        or (status = 'failed' and check_at is null and settled_at is not null
            and gateway_reference is null and failure_reason is not null));
-- What the sweep claims: pending payments due to be checked, oldest check first.
create index payments_pending_idx on payments (check_at) where status = 'pending';

alter table invoices
    add column pending numeric(12,2) not null default 0,
    add constraint invoices_pending_check check (pending >= 0 and paid + pending <= total);

-- Car care: the catalogue of service kinds, what mechanics do and when (specializations, working
-- days, a daily capacity), their attendance and work status, customers' service requests, their
-- cost lines and feedback. Requests, cost lines and feedback are records that stay: the accounts,
-- mechanics and vehicles they name cannot be deleted from under them (ON DELETE RESTRICT, answered
-- as a conflict); a mechanic's attendance, status history and skills go with the profile.

create table service_kinds (
    id   uuid         primary key,
    code varchar(40)  not null constraint service_kinds_code_unique unique
        constraint service_kinds_code_check check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    name varchar(100) not null
);
-- The catalogue every workshop starts with, under the fixed ids of ServiceKind.DEFAULTS.
insert into service_kinds (id, code, name) values
    ('00000000-0000-7000-8000-000000000001', 'engine_repair', 'Engine repair'),
    ('00000000-0000-7000-8000-000000000002', 'oil_change', 'Oil change'),
    ('00000000-0000-7000-8000-000000000003', 'tyre_replacement', 'Tyre replacement'),
    ('00000000-0000-7000-8000-000000000004', 'brake_service', 'Brake service'),
    ('00000000-0000-7000-8000-000000000005', 'diagnostics', 'Diagnostics'),
    ('00000000-0000-7000-8000-000000000006', 'bodywork', 'Bodywork'),
    ('00000000-0000-7000-8000-000000000007', 'electrical', 'Electrical');

-- Working days as ISO day numbers (1 = Monday … 7 = Sunday); profiles made before default to
-- Monday to Friday and four jobs a day, as a new profile does.
alter table mechanics
    add column working_days   smallint[] not null default '{1,2,3,4,5}'
        constraint mechanics_working_days_check check (working_days <@ '{1,2,3,4,5,6,7}'),
    add column daily_capacity integer    not null default 4
        constraint mechanics_daily_capacity_check check (daily_capacity between 1 and 50);

create table mechanic_specializations (
    mechanic_id  uuid        not null
        constraint mechanic_specializations_mechanic_fk references mechanics on delete cascade,
    service_kind varchar(40) not null
        constraint mechanic_specializations_kind_fk references service_kinds (code) on delete restrict,
    primary key (mechanic_id, service_kind)
);
create index mechanic_specializations_kind_idx on mechanic_specializations (service_kind, mechanic_id);

-- A profile registered with the name or code of a kind as its free text specializes in that kind.
insert into mechanic_specializations (mechanic_id, service_kind)
select m.id, k.code
from mechanics m
join service_kinds k on lower(btrim(m.specialization)) in (lower(k.name), k.code);

-- One record a mechanic a date; a second record for the date updates the first.
create table mechanic_attendance (
    id              uuid        primary key,
    mechanic_id     uuid        not null
        constraint mechanic_attendance_mechanic_fk references mechanics on delete cascade,
    attendance_date date        not null,
    status          text        not null
        constraint mechanic_attendance_status_check check (status in ('present', 'absent')),
    recorded_by     uuid        not null
        constraint mechanic_attendance_recorded_by_fk references users on delete restrict,
    recorded_at     timestamptz not null,
    constraint mechanic_attendance_day_unique unique (mechanic_id, attendance_date)
);
create index mechanic_attendance_date_idx on mechanic_attendance (attendance_date, id);

-- Every change of a mechanic's work status; the latest (greatest time-ordered id) is current.
create table mechanic_work_status_changes (
    id          uuid        primary key,
    mechanic_id uuid        not null
        constraint mechanic_work_status_changes_mechanic_fk references mechanics on delete cascade,
    status      text        not null constraint mechanic_work_status_changes_status_check
        check (status in ('available', 'busy', 'off')),
    changed_by  uuid        not null
        constraint mechanic_work_status_changes_changed_by_fk references users on delete restrict,
    changed_at  timestamptz not null
);
create index mechanic_work_status_changes_mechanic_idx on mechanic_work_status_changes (mechanic_id, id);

-- A request's state is in status, with the columns only that state fills.
create table service_requests (
    id             uuid          primary key,
    customer_id    uuid          not null
        constraint service_requests_customer_fk references users on delete restrict,
    service_kind   varchar(40)   not null
        constraint service_requests_kind_fk references service_kinds (code) on delete restrict,
    description    varchar(2000) not null,
    requested_date date          not null,
    vehicle_id     uuid
        constraint service_requests_vehicle_fk references vehicles on delete restrict,
    opened_at      timestamptz   not null,
    status         text          not null constraint service_requests_status_check
        check (status in ('pending', 'scheduled', 'in_progress', 'completed', 'cancelled')),
    waiting_reason varchar(500),
    mechanic_id    uuid
        constraint service_requests_mechanic_fk references mechanics on delete restrict,
    scheduled_at   timestamptz,
    started_at     timestamptz,
    completed_at   timestamptz,
    invoice_id     uuid
        constraint service_requests_invoice_fk references invoices on delete restrict,
    cancelled_by   uuid
        constraint service_requests_cancelled_by_fk references users on delete restrict,
    cancelled_at   timestamptz,
    version        bigint        not null,
    constraint service_requests_state_check check (
        (status = 'pending' and waiting_reason is not null and mechanic_id is null
            and num_nonnulls(scheduled_at, started_at, completed_at, invoice_id,
                cancelled_by, cancelled_at) = 0)
        or (status = 'scheduled' and mechanic_id is not null and scheduled_at is not null
            and num_nonnulls(waiting_reason, started_at, completed_at, invoice_id,
                cancelled_by, cancelled_at) = 0)
        or (status = 'in_progress' and mechanic_id is not null and started_at is not null
            and num_nonnulls(waiting_reason, scheduled_at, completed_at, invoice_id,
                cancelled_by, cancelled_at) = 0)
        or (status = 'completed' and mechanic_id is not null and started_at is not null
            and completed_at is not null and invoice_id is not null
            and num_nonnulls(waiting_reason, scheduled_at, cancelled_by, cancelled_at) = 0)
        or (status = 'cancelled' and cancelled_by is not null and cancelled_at is not null
            and num_nonnulls(waiting_reason, scheduled_at, started_at, completed_at,
                invoice_id) = 0))
);
create index service_requests_customer_idx on service_requests (customer_id, id);
create index service_requests_mechanic_idx on service_requests (mechanic_id, id)
    where mechanic_id is not null;
create index service_requests_date_idx on service_requests (requested_date, id);
create index service_requests_status_idx on service_requests (status, id);
create index service_requests_vehicle_idx on service_requests (vehicle_id)
    where vehicle_id is not null;
-- A completed request is invoiced once.
create unique index service_requests_invoice_unique on service_requests (invoice_id)
    where invoice_id is not null;

create table service_cost_lines (
    id                 uuid          primary key,
    service_request_id uuid          not null
        constraint service_cost_lines_request_fk references service_requests on delete restrict,
    description        varchar(200)  not null,
    quantity           integer       not null
        constraint service_cost_lines_quantity_check check (quantity >= 1),
    unit_price         numeric(12,2) not null
        constraint service_cost_lines_unit_price_check check (unit_price >= 0),
    currency           char(3)       not null,
    added_by           uuid          not null
        constraint service_cost_lines_added_by_fk references users on delete restrict,
    added_at           timestamptz   not null
);
create index service_cost_lines_request_idx on service_cost_lines (service_request_id, id);

-- One feedback a request, for the mechanic who did the work.
create table service_feedback (
    id                 uuid          primary key,
    service_request_id uuid          not null
        constraint service_feedback_request_unique unique
        constraint service_feedback_request_fk references service_requests on delete restrict,
    customer_id        uuid          not null
        constraint service_feedback_customer_fk references users on delete restrict,
    mechanic_id        uuid          not null
        constraint service_feedback_mechanic_fk references mechanics on delete restrict,
    rating             smallint      not null
        constraint service_feedback_rating_check check (rating between 1 and 5),
    feedback_text      varchar(2000) not null,
    created_at         timestamptz   not null
);
create index service_feedback_customer_idx on service_feedback (customer_id, id);
create index service_feedback_mechanic_idx on service_feedback (mechanic_id);

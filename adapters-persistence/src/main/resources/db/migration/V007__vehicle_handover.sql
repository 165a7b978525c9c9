-- A sale hands its vehicle over. A closed trade records what it owes the buyer of the vehicle:
-- 'none' when the vehicle stays with its owner (a lease, or any kind but a sale), 'pending' until
-- the seller or staff record the handover, and 'done' with when and by whom. A vehicle sold and not
-- yet handed over names the buyer it waits for, which keeps it from changing until then.

alter table trades
    add column handover       text,
    add column handed_over_at timestamptz,
    add column handed_over_by uuid
        constraint trades_handed_over_by_fk references users on delete restrict;

alter table vehicles
    add column handover_to uuid
        constraint vehicles_handover_to_fk references users on delete restrict;

-- Sales closed before handovers were recorded: the latest sale of a vehicle still in its seller's
-- garage waits for its handover, as a sale closed today does; every other deal owes none (the
-- vehicle stayed with its owner, or was traded again since).
update trades t
set handover = case
        when s.kind = 'sell' and v.owner_id = t.owner_id and not exists (
            select 1 from trades later
            where later.vehicle_id = t.vehicle_id and later.opened_at > t.opened_at)
        then 'pending'
        else 'none'
    end
from services s, vehicles v
where t.status = 'closed' and s.id = t.service_id and v.id = t.vehicle_id;

update vehicles v
set handover_to = t.buyer_id
from trades t
where t.vehicle_id = v.id and t.handover = 'pending';

alter table trades add constraint trades_handover_check check (
    (status <> 'closed' and handover is null and handed_over_at is null and handed_over_by is null)
    or (status = 'closed' and handover in ('none', 'pending')
        and handed_over_at is null and handed_over_by is null)
    or (status = 'closed' and handover = 'done'
        and handed_over_at is not null and handed_over_by is not null));

-- A vehicle waits for one handover at most.
create unique index trades_pending_handover_unique on trades (vehicle_id)
    where handover = 'pending';

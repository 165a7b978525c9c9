-- Indexes V004 left out. A customer's own trades are those they own or bought: the buyer's side
-- of that list (and the check that an account being deleted bought nothing) read every trade.
create index trades_buyer_idx on trades (buyer_id, id) where buyer_id is not null;
-- Every trade of a vehicle, not only its open one: the check that a vehicle being deleted was
-- never traded read every trade.
create index trades_vehicle_idx on trades (vehicle_id);

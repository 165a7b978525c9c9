-- A pending interest closes unanswered when its trade closes or is cancelled; answered_at is then
-- when it closed.
alter table interests drop constraint interests_status_check;
alter table interests add constraint interests_status_check
    check (status in ('pending', 'accepted', 'declined', 'closed'));

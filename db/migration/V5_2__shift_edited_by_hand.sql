-- A generated shift whose times, sizes or group rules a coordinator changed by hand: regenerating from the coverage
-- rules leaves such a shift as it is instead of undoing the edit (as risk_overridden does for the risk level alone).
alter table shift add column edited boolean not null default false;

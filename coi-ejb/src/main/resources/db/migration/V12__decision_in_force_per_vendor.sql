-- The decision in force for each vendor and a digest of its findings, so that the nightly run can tell a
-- re-decision that finds the same as the one in force without reading that decision back.
alter table vendor add column decision_id bigint;
alter table vendor add column decision_digest varchar(64);

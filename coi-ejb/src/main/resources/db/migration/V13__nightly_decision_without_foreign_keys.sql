-- The nightly run writes one nightly_decision row per vendor decided, a chunk at a time in one batch, right after the
-- decisions the rows name; vendors and decisions are never deleted. Checking the table's two foreign keys locked
-- the vendor's and the decision's row for every row written and made writing them five times as slow, so the table
-- is kept as the run's log without them (see BENCHMARKS.md, nightly compliance).
create table nightly_decision_log (
    vendor_id      bigint      not null,
    run_day        date        not null,
    decision_id    bigint      not null,
    status_before  varchar(20) not null,
    status_after   varchar(20) not null,
    constraint pk_nightly_decision primary key (vendor_id, run_day)
);
insert into nightly_decision_log (vendor_id, run_day, decision_id, status_before, status_after)
    select vendor_id, run_day, decision_id, status_before, status_after from nightly_decision;
drop table nightly_decision;
alter table nightly_decision_log rename to nightly_decision;

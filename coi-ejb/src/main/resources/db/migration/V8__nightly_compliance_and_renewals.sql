-- The nightly compliance run and renewal requests. A vendor is decided by the nightly run at most once a
-- day (nightly_decision, keyed by vendor and day), and each renewal milestone is queued at most once
-- (renewal_request, unique by vendor, anchor date and milestone); the request is also the mail's outbox.

alter table requirement_profile add column renewal_cadence varchar(120);
alter table vendor_waiver add column lapsed_on date;

create table nightly_decision (
    vendor_id      bigint      not null references vendor (id),
    run_day        date        not null,
    decision_id    bigint      not null references compliance_decision (id),
    status_before  varchar(20) not null,
    status_after   varchar(20) not null,
    primary key (vendor_id, run_day)
);
create index ix_nightly_decision_day on nightly_decision (run_day);

create sequence renewal_request_seq start with 1 increment by 50;

create table renewal_request (
    id               bigint primary key,
    vendor_id        bigint        not null references vendor (id),
    anchor_date      date          not null,
    milestone_days   integer       not null,
    queued_on        date          not null,
    link_expires_on  date          not null,
    missing          varchar(4000) not null,
    recipients       varchar(600)  not null,
    attempts         integer       not null,
    next_attempt_at  timestamp(6) with time zone not null,
    sending_since    timestamp(6) with time zone,
    sent_at          timestamp(6) with time zone,
    last_error       varchar(1000),
    constraint uk_renewal_request_milestone unique (vendor_id, anchor_date, milestone_days)
);
create index ix_renewal_request_due on renewal_request (sent_at, sending_since, next_attempt_at);
create index ix_renewal_request_vendor on renewal_request (vendor_id);

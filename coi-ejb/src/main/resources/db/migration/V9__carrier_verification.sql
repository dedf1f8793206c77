-- Carrier verification: the carriers whose policy verification service OpenCOI calls, keyed by NAIC
-- code, and per policy the latest verification with the carrier's answer. A verification row is also
-- the queue entry of the next attempt (a transactional outbox written with the certificate).

create table carrier (
    naic_code            varchar(5)    primary key,
    name                 varchar(200)  not null,
    endpoint_url         varchar(1000),
    username             varchar(120),
    password             varchar(200),
    ws_security          boolean       not null,
    timeout_millis       integer       not null,
    requests_per_second  integer       not null
);

create sequence policy_verification_seq start with 1 increment by 50;

create table policy_verification (
    id                        bigint primary key,
    policy_id                 bigint        not null unique references policy (id),
    certificate_id            bigint        not null references certificate (id),
    vendor_id                 bigint        not null references vendor (id),
    naic_code                 varchar(5),
    outcome                   varchar(20)   not null,
    carrier_status            varchar(12),
    reason_code               varchar(40),
    discrepancy               varchar(2000),
    answered_effective_date   date,
    answered_expiration_date  date,
    answered_cancellation     date,
    answered_additional_insured boolean,
    answered_waiver           boolean,
    answered_at               timestamp(6) with time zone,
    requested_at              timestamp(6) with time zone not null,
    attempts                  integer       not null,
    next_attempt_at           timestamp(6) with time zone,
    last_error                varchar(1000)
);
create index ix_policy_verification_due on policy_verification (next_attempt_at);
create index ix_policy_verification_vendor on policy_verification (vendor_id);
create index ix_policy_verification_certificate on policy_verification (certificate_id);

create table policy_verification_limit (
    verification_id  bigint         not null references policy_verification (id),
    coverage_code    varchar(40)    not null,
    amount           numeric(15, 2) not null,
    primary key (verification_id, coverage_code)
);

-- Compliance decisions as made, with their deficiencies and the ids of the inputs they rest on,
-- and the waivers (exceptions) admins grant on single deficiencies.

create sequence compliance_decision_seq start with 1 increment by 50;
create sequence vendor_waiver_seq start with 1 increment by 50;

create table compliance_decision (
    id               bigint primary key,
    vendor_id        bigint       not null references vendor (id),
    profile_id       bigint references requirement_profile (id),
    profile_version  integer      not null,
    as_of            date         not null,
    status           varchar(20)  not null,
    decided_at       timestamp(6) with time zone not null,
    decided_by       varchar(120) not null,
    certificate_ids  varchar(2000) not null,
    policy_ids       varchar(4000) not null,
    waiver_ids       varchar(2000) not null
);
create index ix_compliance_decision_vendor on compliance_decision (vendor_id, decided_at);

create table compliance_deficiency (
    decision_id    bigint        not null references compliance_decision (id),
    position       integer       not null,
    kind           varchar(40)   not null,
    coverage       varchar(12)   not null,
    coverage_name  varchar(120),
    limit_kind     varchar(40),
    required       numeric(15, 2),
    found          numeric(15, 2),
    message        varchar(1000) not null,
    waived         boolean       not null,
    waiver_reason  varchar(1000),
    primary key (decision_id, position)
);

create table vendor_waiver (
    id             bigint primary key,
    vendor_id      bigint        not null references vendor (id),
    kind           varchar(40)   not null,
    coverage       varchar(12)   not null,
    coverage_name  varchar(120),
    limit_kind     varchar(40),
    granted_on     date          not null,
    valid_until    date          not null,
    reason         varchar(1000) not null,
    granted_by     varchar(120)  not null,
    granted_at     timestamp(6) with time zone not null
);
create index ix_vendor_waiver_vendor on vendor_waiver (vendor_id);

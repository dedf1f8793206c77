-- ERP vendor sync: the ERP's change version and the address on each vendor, which requirement
-- profile a new vendor of a category gets, and the records a sync rejected (the dead letters).

alter table vendor add column source_version bigint;
alter table vendor add column address_line varchar(200);
alter table vendor add column city varchar(100);
alter table vendor add column state varchar(40);
alter table vendor add column postal_code varchar(20);
alter table vendor add column country varchar(60);

create table sync_category_profile (
    category                varchar(40) primary key,
    requirement_profile_id  bigint not null references requirement_profile (id)
);

create sequence sync_rejection_seq start with 1 increment by 50;

create table sync_rejection (
    id             bigint primary key,
    source_system  varchar(40)   not null,
    external_id    varchar(200),
    reason         varchar(1000) not null,
    payload        varchar(8000) not null,
    received_at    timestamp(6) with time zone not null,
    received_by    varchar(120)  not null
);
create index ix_sync_rejection_received on sync_rejection (received_at);

-- Outbound: compliance status changes of ERP vendors, written in the transaction that changed the
-- status (a transactional outbox) and delivered to the webhook of the vendor's source system.
create table sync_webhook (
    source_system  varchar(40)   primary key,
    url            varchar(1000) not null
);

create sequence status_change_seq start with 1 increment by 50;

create table status_change (
    id               bigint primary key,
    vendor_id        bigint       not null references vendor (id),
    source_system    varchar(40)  not null,
    external_id      varchar(80)  not null,
    status           varchar(20)  not null,
    changed_at       timestamp(6) with time zone not null,
    attempts         integer      not null,
    next_attempt_at  timestamp(6) with time zone not null,
    delivered_at     timestamp(6) with time zone,
    last_error       varchar(1000)
);
create index ix_status_change_due on status_change (delivered_at, next_attempt_at);

-- OpenCOI initial schema. Runs unchanged on H2 and PostgreSQL.

create sequence requirement_profile_seq start with 1 increment by 50;
create sequence coverage_requirement_seq start with 1 increment by 50;
create sequence vendor_seq start with 1 increment by 50;
create sequence certificate_document_seq start with 1 increment by 50;
create sequence certificate_seq start with 1 increment by 50;
create sequence policy_seq start with 1 increment by 50;
create sequence audit_event_seq start with 1 increment by 50;

create table requirement_profile (
    id                              bigint primary key,
    profile_key                     varchar(36)  not null,
    version_number                  integer      not null,
    name                            varchar(120) not null,
    expiring_window_days            integer      not null,
    required_holder_name            varchar(200),
    umbrella_may_make_up_shortfall  boolean      not null,
    minimum_rating                  varchar(12),
    minimum_size_category           varchar(5),
    created_at                      timestamp(6) with time zone not null,
    constraint uk_requirement_profile_version unique (profile_key, version_number)
);

create table coverage_requirement (
    id                                 bigint primary key,
    profile_id                         bigint       not null references requirement_profile (id),
    coverage                           varchar(12)  not null,
    other_name                         varchar(80),
    required                           boolean      not null,
    occurrence_accepted                boolean      not null,
    claims_made_accepted               boolean      not null,
    additional_insured_required        boolean      not null,
    waiver_of_subrogation_required     boolean      not null,
    primary_non_contributory_required  boolean      not null,
    accepted_auto_symbols              varchar(120),
    wc_statutory_required              boolean      not null,
    maximum_deductible                 numeric(15, 2)
);
create index ix_coverage_requirement_profile on coverage_requirement (profile_id);

create table coverage_requirement_limit (
    requirement_id  bigint         not null references coverage_requirement (id),
    limit_kind      varchar(40)    not null,
    minimum_amount  numeric(15, 2) not null,
    primary key (requirement_id, limit_kind)
);

create table insurer (
    naic_code                varchar(5)   primary key,
    name                     varchar(200) not null,
    am_best_rating           varchar(12),
    financial_size_category  varchar(5),
    admitted                 boolean      not null
);

create table vendor (
    id                      bigint primary key,
    source_system           varchar(40)  not null,
    external_id             varchar(80)  not null,
    name                    varchar(200) not null,
    tax_id                  varchar(40),
    tier                    varchar(40),
    contact_email           varchar(254),
    agent_email             varchar(254),
    active                  boolean      not null,
    requirement_profile_id  bigint references requirement_profile (id),
    compliance_status       varchar(20)  not null,
    status_changed_at       timestamp(6) with time zone,
    created_at              timestamp(6) with time zone not null,
    row_version             bigint       not null,
    constraint uk_vendor_source_key unique (source_system, external_id)
);
create index ix_vendor_status on vendor (compliance_status);
create index ix_vendor_name on vendor (name);

create table certificate_document (
    id            bigint primary key,
    sha256        varchar(64)  not null,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    content       bytea        not null,
    stored_at     timestamp(6) with time zone not null,
    constraint uk_certificate_document_sha256 unique (sha256)
);

create table certificate (
    id                         bigint primary key,
    vendor_id                  bigint       not null references vendor (id),
    document_id                bigint references certificate_document (id),
    source                     varchar(20)  not null,
    review_state               varchar(20)  not null,
    review_reason              varchar(500),
    producer_name              varchar(200),
    insured_name               varchar(200),
    holder_name                varchar(200),
    description_of_operations  varchar(4000),
    issued_on                  date,
    received_at                timestamp(6) with time zone not null
);
create index ix_certificate_vendor on certificate (vendor_id);

create table policy (
    id                        bigint primary key,
    certificate_id            bigint      not null references certificate (id),
    coverage                  varchar(12) not null,
    coverage_name             varchar(120),
    insurer_letter            varchar(1),
    insurer_name              varchar(200),
    insurer_naic              varchar(5),
    policy_number             varchar(60),
    effective_date            date,
    expiration_date           date,
    form                      varchar(12),
    additional_insured        boolean     not null,
    waiver_of_subrogation     boolean     not null,
    primary_non_contributory  boolean     not null,
    wc_statutory              boolean     not null,
    deductible                numeric(15, 2)
);
create index ix_policy_certificate on policy (certificate_id);
create index ix_policy_number on policy (policy_number);

create table policy_auto_symbol (
    policy_id  bigint      not null references policy (id),
    symbol     varchar(12) not null,
    primary key (policy_id, symbol)
);

create table policy_limit (
    policy_id   bigint         not null references policy (id),
    limit_kind  varchar(40)    not null,
    amount      numeric(15, 2) not null,
    primary key (policy_id, limit_kind)
);

create table audit_event (
    id              bigint primary key,
    occurred_at     timestamp(6) with time zone not null,
    actor           varchar(120) not null,
    action          varchar(60)  not null,
    record_type     varchar(60)  not null,
    record_id       varchar(60),
    before_value    varchar(8000),
    after_value     varchar(8000),
    source_address  varchar(100)
);
create index ix_audit_event_record on audit_event (record_type, record_id);
create index ix_audit_event_time on audit_event (occurred_at);

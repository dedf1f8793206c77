-- Each value read from a certificate's document, kept for the reviewer: which field, the text as read, how far it
-- was trusted and where on the pages it was read (page and rectangle in points, when the reader knows).
create sequence certificate_read_value_seq start with 1 increment by 50;

create table certificate_read_value (
    id              bigint primary key,
    certificate_id  bigint           not null references certificate (id),
    field_key       varchar(120)     not null,
    label           varchar(200)     not null,
    read_text       varchar(4000),
    read_value      varchar(4000),
    confidence      double precision not null,
    page_number     integer,
    region_left     real,
    region_top      real,
    region_width    real,
    region_height   real
);
create index ix_certificate_read_value_certificate on certificate_read_value (certificate_id);

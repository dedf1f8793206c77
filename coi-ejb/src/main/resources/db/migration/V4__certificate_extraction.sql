-- How the data of an uploaded certificate was read (form fields, text layout, or not at all).
alter table certificate add column extraction_method varchar(20);
alter table certificate add column certificate_number varchar(60);

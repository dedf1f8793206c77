-- A vendor's decision lists every certificate and policy it rests on; a long-standing vendor has many.
alter table compliance_decision alter column certificate_ids set data type varchar;
alter table compliance_decision alter column policy_ids set data type varchar;
alter table compliance_decision alter column waiver_ids set data type varchar;

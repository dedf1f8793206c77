-- 100,000 vendors for the vendor list benchmark (BENCHMARKS.md), written straight into an OpenCOI
-- PostgreSQL database after its migrations (schema coi): spread over the five statuses, four tiers and a
-- few names. Their ids lie above what vendor_seq hands out, and the sequence is moved past them.
set search_path to coi;
insert into vendor (id, source_system, external_id, name, tier, active, compliance_status, status_changed_at,
                    created_at, row_version)
select 10000000 + n,
       'LOAD',
       'LOAD-' || lpad(n::text, 7, '0'),
       (array['Acme', 'Harbor', 'Granite', 'Lakeside', 'Summit'])[1 + n % 5] || ' '
           || (array['Roofing', 'Electric', 'Plumbing', 'Movers', 'Janitorial', 'Paving'])[1 + n % 6]
           || ' ' || lpad(n::text, 7, '0'),
       (array['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + n % 4],
       true,
       (array['COMPLIANT', 'EXPIRING', 'NON_COMPLIANT', 'PENDING_REVIEW', 'NO_CERTIFICATE'])[1 + n % 5],
       now(),
       now(),
       0
from generate_series(1, 100000) as n;
select setval('vendor_seq', 10200000);
analyze vendor;

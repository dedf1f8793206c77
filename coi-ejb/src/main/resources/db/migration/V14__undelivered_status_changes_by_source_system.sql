-- Due status changes are asked for source system by source system, only for those with a webhook: a source system
-- without one keeps its changes undelivered, and they are never read.
create index ix_status_change_undelivered on status_change (source_system, delivered_at, id);

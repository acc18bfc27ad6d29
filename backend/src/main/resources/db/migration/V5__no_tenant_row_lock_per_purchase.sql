-- A purchase no longer references the tenant row. The foreign key locked that one row FOR KEY SHARE in every
-- purchase, so concurrent purchases of a tenant all shared a lock on it: a multixact per overlapping purchase
-- and two WAL records each, on the platform's busiest path. What the key guarded still holds: row-level
-- security accepts only the connection's tenant, which comes from a verified token of a tenant whose status
-- was checked, and tenants are suspended, never deleted. The purchase's other keys (member, lines, returns)
-- stay; the member's row is locked by that member's purchases only.
ALTER TABLE purchase DROP CONSTRAINT purchase_tenant_id_fkey;

-- Receipts are stored for idempotent replays and read back whole by key; no query filters or sorts on them.
-- ANALYZE would otherwise sample and sort these jsonb documents every time the purchase tables grow by a tenth,
-- which on a young, busy database is often (measured: ~1 % of the server's CPU under the purchase benchmark).
ALTER TABLE purchase ALTER COLUMN receipt SET STATISTICS 0;
ALTER TABLE purchase_return ALTER COLUMN receipt SET STATISTICS 0;

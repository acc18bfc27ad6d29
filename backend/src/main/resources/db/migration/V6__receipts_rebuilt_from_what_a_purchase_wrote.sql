-- A purchase's receipt is no longer stored beside it. Everything it says is in what the purchase wrote: the
-- earning ledger lines (one per rule, with each purchase line's points), the stamp events and the issued
-- rewards; only the member's balance right after the purchase is not, and it gets a column. The stored jsonb
-- was the largest single item of a purchase's row and WAL (about 770 bytes), written on every purchase and read
-- only when a POS retries. A retry now rebuilds the same receipt.
ALTER TABLE purchase ADD COLUMN balance_after bigint;
UPDATE purchase SET balance_after = (receipt ->> 'balance')::bigint WHERE receipt IS NOT NULL;
ALTER TABLE purchase DROP COLUMN receipt;

-- Rebuilding a receipt finds its rewards by purchase.
CREATE INDEX issued_reward_purchase_idx ON issued_reward (tenant_id, purchase_id) WHERE purchase_id IS NOT NULL;

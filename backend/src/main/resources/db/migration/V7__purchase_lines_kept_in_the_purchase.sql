-- A purchase's lines move into the purchase row, as the JSON array the application already sends them in.
-- As rows of their own, each line was a heap tuple, a primary-key entry, a foreign-key check (a query of its own
-- run by a trigger), five CHECK expressions and three WAL records, on every purchase: about a seventh of the
-- database's CPU per purchase (docs/benchmarks.md). Lines are never changed once written. How much of each line
-- has been returned is no longer a counter on the line but the sum of its return lines, found by purchase.

ALTER TABLE purchase ADD COLUMN lines jsonb;

UPDATE purchase AS p SET lines = l.lines
FROM (SELECT tenant_id, purchase_id,
             jsonb_agg(jsonb_build_object('line_no', line_no, 'sku', sku, 'category', category,
                                          'quantity', quantity, 'unit_price', unit_price, 'discount', discount,
                                          'net_amount', net_amount) ORDER BY line_no) AS lines
      FROM purchase_line GROUP BY tenant_id, purchase_id) AS l
WHERE p.tenant_id = l.tenant_id AND p.id = l.purchase_id;

-- The API never accepted a purchase without lines; should one exist, it keeps an empty list.
UPDATE purchase SET lines = '[]' WHERE lines IS NULL;

ALTER TABLE purchase ALTER COLUMN lines SET NOT NULL,
  ADD CONSTRAINT purchase_lines_array CHECK (jsonb_typeof(lines) = 'array');
-- As with the receipts before (V3): ANALYZE need not sample the documents, no plan filters on them.
ALTER TABLE purchase ALTER COLUMN lines SET STATISTICS 0;

-- Returned quantities are summed per purchase.
CREATE INDEX purchase_return_purchase_idx ON purchase_return (tenant_id, purchase_id);

DROP TABLE purchase_line;

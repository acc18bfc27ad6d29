-- A reward of unlimited stock counts what is issued in a few rows of its own instead of its catalog row: every
-- reservation of a popular reward wrote that one row, so they all queued for its lock until each committed (85
-- redemptions/s of one reward on the bench machine). Reserving such a reward now takes a share lock of the catalog
-- row (to see it unchanged until commit) and adds 1 to one of the shares; its issued count is `stock_issued` plus
-- their sum. A reward that gets a stock total folds its shares into `stock_issued`, under the row's exclusive lock,
-- which waits for the reservations holding the share lock: the limited count then is exact, as before.
CREATE TABLE catalog_issued_share (
  tenant_id uuid        NOT NULL,
  code      varchar(64) NOT NULL,
  shard     smallint    NOT NULL,
  -- may go below zero in one share (a reservation given back in another than it was taken in); never in the sum
  issued    int         NOT NULL,
  PRIMARY KEY (tenant_id, code, shard),
  FOREIGN KEY (tenant_id, code) REFERENCES catalog_reward (tenant_id, code)
);
ALTER TABLE catalog_issued_share ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON catalog_issued_share USING (tenant_id = vafa_current_tenant())
  WITH CHECK (tenant_id = vafa_current_tenant());

-- A stamp-card reward used already whose card then lost a stamp to a return, under the program's RECOVER_POINTS:
-- the return that took its cost back in points, so that another returned stamp of the same card does not again.
ALTER TABLE issued_reward ADD COLUMN cost_recovered_by uuid;

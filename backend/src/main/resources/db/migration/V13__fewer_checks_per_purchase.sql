-- What PostgreSQL does per purchase besides writing it, measured with perf on the bench (a member's purchase
-- under the retail program writes a purchase, two or three ledger lines and as many lots):
--
-- * The foreign keys from purchase and ledger_line to member ran a query of their own for every inserted row
--   (RI_FKey_check through SPI, three or four per purchase) and locked the member's row FOR KEY SHARE, a WAL record
--   per purchase: 7 % of the server's CPU. What they guarded holds without them, as for V5's key to the tenant:
--   a member's id is found in the same tenant by row-level security, members are never deleted, and ids are never
--   reused (version 7 UUIDs).
-- * Each CHECK constraint is read from its stored form and prepared again in every statement that inserts into its
--   table, whatever the number of rows: the lots' three checks become one, and so do purchase's two and two of
--   ledger_line's. The constraints say the same as before.

ALTER TABLE purchase DROP CONSTRAINT purchase_tenant_id_member_id_fkey;
ALTER TABLE ledger_line DROP CONSTRAINT ledger_line_tenant_id_member_id_fkey;

ALTER TABLE point_lot DROP CONSTRAINT point_lot_points_check, DROP CONSTRAINT point_lot_check,
  DROP CONSTRAINT point_lot_check1,
  ADD CONSTRAINT point_lot_amounts_and_times CHECK (points > 0 AND remaining BETWEEN 0 AND points
    AND available_at >= earned_at);

ALTER TABLE purchase DROP CONSTRAINT purchase_lines_array, DROP CONSTRAINT purchase_total_check,
  ADD CONSTRAINT purchase_lines_and_total CHECK (jsonb_typeof(lines) = 'array' AND total >= 0);

ALTER TABLE ledger_line DROP CONSTRAINT ledger_line_kind_check, DROP CONSTRAINT ledger_line_points_check,
  ADD CONSTRAINT ledger_line_kind_and_points CHECK (kind IN ('EARN', 'REDEEM', 'REVERSE', 'ADJUST', 'EXPIRE')
    AND points <> 0);

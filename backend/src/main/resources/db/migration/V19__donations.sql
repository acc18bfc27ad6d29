-- Points given to a charity: a DONATE line of the ledger (taken from the member's lots as a redemption is) and a
-- donation naming the catalog's DONATION reward, its charity as it was named then, and the amount it is worth in the
-- reward's currency at its rate then. Append-only: what was given stays given. REFUND lines give back points that
-- paid for a purchase that came back (points payments, V18).
ALTER TABLE ledger_line DROP CONSTRAINT ledger_line_kind_and_points,
  ADD CONSTRAINT ledger_line_kind_and_points CHECK (kind IN ('EARN', 'REDEEM', 'REVERSE', 'ADJUST', 'EXPIRE', 'DONATE', 'REFUND')
    AND points <> 0) NOT VALID;
-- Left unvalidated: it admits every row the check it replaces did, and validating it here, in the migration's
-- transaction after the DROP, would read the whole ledger while holding its writes. New rows are checked.

CREATE TABLE donation (
  tenant_id       uuid          NOT NULL,
  id              uuid          NOT NULL,
  member_id       uuid          NOT NULL,
  reward_code     varchar(64)   NOT NULL,
  charity_en      varchar(500)  NOT NULL,
  charity_fa      varchar(500)  NOT NULL,
  points          bigint        NOT NULL CHECK (points > 0),
  amount          numeric(20,4) NOT NULL CHECK (amount >= 0),
  currency        char(3)       NOT NULL,
  ledger_line_id  bigint        NOT NULL,
  idempotency_key varchar(200),
  donated_at      timestamptz   NOT NULL,
  donated_by      varchar(200)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, idempotency_key)
);
CREATE INDEX donation_time_idx ON donation (tenant_id, donated_at);
CREATE INDEX donation_member_idx ON donation (tenant_id, member_id, donated_at);
CREATE TRIGGER donation_append_only BEFORE UPDATE OR DELETE ON donation
  FOR EACH ROW EXECUTE FUNCTION vafa_refuse_change();

ALTER TABLE donation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON donation USING (tenant_id = vafa_current_tenant())
  WITH CHECK (tenant_id = vafa_current_tenant());
REVOKE UPDATE, DELETE ON donation FROM ${appRole};

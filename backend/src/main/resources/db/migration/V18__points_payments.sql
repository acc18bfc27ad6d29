-- Points that paid part of a purchase at the till, at the program's point value: the REDEEM line that spent them
-- and what they paid. A return of the purchase gives back the points that paid for what came back (REFUND lines):
-- `returned_amount` and `refunded_points` say how much has come back so far, so every return gives its share once
-- and the last the rest.
CREATE TABLE points_payment (
  tenant_id            uuid          NOT NULL,
  id                   uuid          NOT NULL,
  member_id            uuid          NOT NULL,
  purchase_id          uuid          NOT NULL,
  purchase_external_id varchar(100)  NOT NULL,
  purchase_total       numeric(20,4) NOT NULL,
  points               bigint        NOT NULL CHECK (points > 0),
  amount               numeric(20,4) NOT NULL CHECK (amount > 0),
  currency             char(3)       NOT NULL,
  ledger_line_id       bigint        NOT NULL,
  idempotency_key      varchar(200),
  paid_at              timestamptz   NOT NULL,
  paid_by              varchar(200)  NOT NULL,
  returned_amount      numeric(20,4) NOT NULL DEFAULT 0,
  refunded_points      bigint        NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, idempotency_key),
  CHECK (refunded_points BETWEEN 0 AND points)
);
CREATE INDEX points_payment_purchase_idx ON points_payment (tenant_id, purchase_id);

ALTER TABLE points_payment ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON points_payment USING (tenant_id = vafa_current_tenant())
  WITH CHECK (tenant_id = vafa_current_tenant());
REVOKE DELETE ON points_payment FROM ${appRole};

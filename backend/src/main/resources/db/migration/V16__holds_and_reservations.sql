-- Points held for a while (a reward reserved at the till): still the member's, but not spendable by anything else
-- until the hold is spent, released or past `expires_at`. A hold is deleted when spent or released; the ledger line
-- its spending writes says the rest.
CREATE TABLE points_hold (
  tenant_id  uuid         NOT NULL,
  id         uuid         NOT NULL,
  member_id  uuid         NOT NULL,
  points     bigint       NOT NULL CHECK (points > 0),
  expires_at timestamptz  NOT NULL,
  reason     varchar(500) NOT NULL,
  created_at timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX points_hold_member_idx ON points_hold (tenant_id, member_id);

-- A catalog reward reserved for a member: its points held (the hold has the reservation's id) and one of its stock
-- taken, until the till confirms it (the points are spent, `ledger_line_id` names the line), cancels it, or it
-- expires (both given back).
CREATE TABLE reward_reservation (
  tenant_id            uuid         NOT NULL,
  id                   uuid         NOT NULL,
  member_id            uuid         NOT NULL,
  reward_code          varchar(64)  NOT NULL,
  points               int          NOT NULL CHECK (points > 0),
  status               varchar(16)  NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED')),
  idempotency_key      varchar(200),
  reserved_at          timestamptz  NOT NULL,
  expires_at           timestamptz  NOT NULL,
  reserved_by          varchar(200) NOT NULL,
  ended_at             timestamptz,
  ended_by             varchar(200),
  purchase_external_id varchar(100),
  ledger_line_id       bigint,
  lots                 jsonb,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, idempotency_key),
  CHECK ((status = 'HELD') = (ended_at IS NULL)),
  CHECK ((status = 'CONFIRMED') = (ledger_line_id IS NOT NULL))
);
CREATE INDEX reward_reservation_member_idx ON reward_reservation (tenant_id, member_id, reward_code, reserved_at);
CREATE INDEX reward_reservation_held_idx ON reward_reservation (tenant_id, expires_at) WHERE status = 'HELD';

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['points_hold', 'reward_reservation']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = vafa_current_tenant()) '
                   'WITH CHECK (tenant_id = vafa_current_tenant())', t);
  END LOOP;
END $$;
REVOKE DELETE ON reward_reservation FROM ${appRole};

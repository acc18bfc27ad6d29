-- Tenant-owned tables: tenant_id leads every key, and row-level security keys every row on the
-- connection's tenant (vafa_current_tenant()). A query that forgets the tenant sees nothing.

CREATE TABLE program (
  tenant_id       uuid PRIMARY KEY REFERENCES tenant (id),
  current_version int         NOT NULL,
  updated_at      timestamptz NOT NULL
);

-- Each published version is kept whole: ledger lines name the version that caused them.
CREATE TABLE program_version (
  tenant_id    uuid         NOT NULL REFERENCES tenant (id),
  version      int          NOT NULL CHECK (version > 0),
  name         varchar(200) NOT NULL,
  currency     char(3)      NOT NULL,
  timezone     varchar(64)  NOT NULL,
  rounding     varchar(16)  NOT NULL,
  rules        jsonb        NOT NULL,
  published_at timestamptz  NOT NULL,
  published_by varchar(200) NOT NULL,
  PRIMARY KEY (tenant_id, version)
);
CREATE TRIGGER program_version_append_only BEFORE UPDATE OR DELETE ON program_version
  FOR EACH ROW EXECUTE FUNCTION vafa_refuse_change();

CREATE TABLE member (
  tenant_id     uuid         NOT NULL REFERENCES tenant (id),
  id            uuid         NOT NULL,
  phone         varchar(20),
  email         varchar(320),
  card_number   varchar(64),
  display_name  varchar(200),
  birthday      date,
  consent_sms   boolean      NOT NULL DEFAULT false,
  consent_email boolean      NOT NULL DEFAULT false,
  enrolled_at   timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CHECK (phone IS NOT NULL OR email IS NOT NULL OR card_number IS NOT NULL)
);
CREATE UNIQUE INDEX member_phone_uq ON member (tenant_id, phone) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX member_email_uq ON member (tenant_id, email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX member_card_uq ON member (tenant_id, card_number) WHERE card_number IS NOT NULL;

-- Running totals of a member, kept in the same transaction as the lines they sum. Postings lock
-- this row, which serialises concurrent purchases of one member.
CREATE TABLE member_account (
  tenant_id         uuid           NOT NULL,
  member_id         uuid           NOT NULL,
  points_balance    bigint         NOT NULL DEFAULT 0,
  purchase_count    int            NOT NULL DEFAULT 0,
  lifetime_spend    numeric(19, 4) NOT NULL DEFAULT 0,
  first_purchase_at timestamptz,
  last_purchase_at  timestamptz,
  PRIMARY KEY (tenant_id, member_id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id)
);

CREATE TABLE purchase (
  tenant_id       uuid           NOT NULL REFERENCES tenant (id),
  id              uuid           NOT NULL,
  external_id     varchar(100)   NOT NULL,
  request_hash    char(64)       NOT NULL,
  member_id       uuid,
  store           varchar(100)   NOT NULL,
  channel         varchar(32)    NOT NULL,
  occurred_at     timestamptz    NOT NULL,
  currency        char(3)        NOT NULL,
  total           numeric(19, 4) NOT NULL CHECK (total >= 0),
  program_version int,
  received_at     timestamptz    NOT NULL,
  receipt         jsonb,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, external_id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id)
);
CREATE INDEX purchase_member_idx ON purchase (tenant_id, member_id, occurred_at);

CREATE TABLE purchase_line (
  tenant_id         uuid           NOT NULL,
  purchase_id       uuid           NOT NULL,
  line_no           int            NOT NULL,
  sku               varchar(64)    NOT NULL,
  category          varchar(64),
  quantity          int            NOT NULL CHECK (quantity > 0),
  unit_price        numeric(19, 4) NOT NULL CHECK (unit_price >= 0),
  discount          numeric(19, 4) NOT NULL CHECK (discount >= 0),
  net_amount        numeric(19, 4) NOT NULL CHECK (net_amount >= 0),
  returned_quantity int            NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, purchase_id, line_no),
  FOREIGN KEY (tenant_id, purchase_id) REFERENCES purchase (tenant_id, id),
  CHECK (returned_quantity BETWEEN 0 AND quantity)
);

CREATE TABLE purchase_return (
  tenant_id    uuid         NOT NULL,
  id           uuid         NOT NULL,
  purchase_id  uuid         NOT NULL,
  external_id  varchar(100) NOT NULL,
  request_hash char(64)     NOT NULL,
  received_at  timestamptz  NOT NULL,
  receipt      jsonb,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, external_id),
  FOREIGN KEY (tenant_id, purchase_id) REFERENCES purchase (tenant_id, id)
);

CREATE TABLE purchase_return_line (
  tenant_id uuid NOT NULL,
  return_id uuid NOT NULL,
  line_no   int  NOT NULL,
  quantity  int  NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (tenant_id, return_id, line_no),
  FOREIGN KEY (tenant_id, return_id) REFERENCES purchase_return (tenant_id, id)
);

-- The points ledger: append-only; the balance in member_account is its running sum.
CREATE TABLE ledger_line (
  tenant_id       uuid         NOT NULL,
  id              bigint GENERATED ALWAYS AS IDENTITY,
  member_id       uuid         NOT NULL,
  kind            varchar(8)   NOT NULL CHECK (kind IN ('EARN', 'REDEEM', 'REVERSE', 'ADJUST')),
  points          bigint       NOT NULL CHECK (points <> 0),
  purchase_id     uuid,
  line_no         int,
  return_id       uuid,
  rule_id         varchar(64),
  rule_name       varchar(100),
  program_version int,
  reason          varchar(500),
  actor           varchar(200),
  idempotency_key varchar(100),
  created_at      timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id)
);
CREATE INDEX ledger_member_idx ON ledger_line (tenant_id, member_id, id);
CREATE INDEX ledger_purchase_idx ON ledger_line (tenant_id, purchase_id) WHERE purchase_id IS NOT NULL;
CREATE UNIQUE INDEX ledger_idempotency_uq ON ledger_line (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE TRIGGER ledger_line_append_only BEFORE UPDATE OR DELETE ON ledger_line
  FOR EACH ROW EXECUTE FUNCTION vafa_refuse_change();

CREATE TABLE stamp_card (
  tenant_id        uuid        NOT NULL,
  member_id        uuid        NOT NULL,
  card_id          varchar(64) NOT NULL,
  stamps           int         NOT NULL DEFAULT 0 CHECK (stamps >= 0),
  stamps_per_reward int        NOT NULL,
  PRIMARY KEY (tenant_id, member_id, card_id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id)
);

-- Every stamp given or taken back, with the rule, version and purchase line behind it.
CREATE TABLE stamp_event (
  tenant_id       uuid        NOT NULL,
  id              bigint GENERATED ALWAYS AS IDENTITY,
  member_id       uuid        NOT NULL,
  card_id         varchar(64) NOT NULL,
  delta           int         NOT NULL CHECK (delta IN (-1, 1)),
  purchase_id     uuid        NOT NULL,
  line_no         int         NOT NULL,
  return_id       uuid,
  rule_id         varchar(64) NOT NULL,
  rule_name       varchar(100) NOT NULL,
  program_version int         NOT NULL,
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id)
);
CREATE INDEX stamp_event_purchase_idx ON stamp_event (tenant_id, purchase_id);
CREATE TRIGGER stamp_event_append_only BEFORE UPDATE OR DELETE ON stamp_event
  FOR EACH ROW EXECUTE FUNCTION vafa_refuse_change();

CREATE TABLE issued_reward (
  tenant_id       uuid         NOT NULL,
  id              uuid         NOT NULL,
  member_id       uuid         NOT NULL,
  reward_code     varchar(64)  NOT NULL,
  card_id         varchar(64),
  status          varchar(10)  NOT NULL CHECK (status IN ('ISSUED', 'REDEEMED', 'REVOKED')),
  purchase_id     uuid,
  rule_id         varchar(64)  NOT NULL,
  rule_name       varchar(100) NOT NULL,
  program_version int          NOT NULL,
  issued_at       timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id)
);
CREATE INDEX issued_reward_member_idx ON issued_reward (tenant_id, member_id, issued_at);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['program', 'program_version', 'member', 'member_account', 'purchase', 'purchase_line',
                           'purchase_return', 'purchase_return_line', 'ledger_line', 'stamp_card', 'stamp_event',
                           'issued_reward']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = vafa_current_tenant()) '
                   'WITH CHECK (tenant_id = vafa_current_tenant())', t);
  END LOOP;
END $$;

-- Append-only for the application at the privilege level too, not only by trigger.
REVOKE UPDATE, DELETE ON ledger_line, stamp_event, program_version, support_audit FROM ${appRole};

-- The rewards catalog: what members can spend points on. A reward is named by a code of the tenant's choosing
-- (`free-coffee`), the name stamp cards and tiers use for it. What a merchant wrote is kept as a document with a
-- schema version of its own; the columns beside it are what queries filter on and what redemption counts: stock
-- is `stock_total` (NULL: unlimited) of which `stock_issued` are gone. Rewards are archived, never deleted, as
-- issued rewards and the ledger name them.

CREATE TABLE catalog_reward (
  tenant_id      uuid         NOT NULL,
  code           varchar(64)  NOT NULL,
  kind           varchar(16)  NOT NULL CHECK (kind IN ('DISCOUNT', 'FREE_PRODUCT', 'FREE_SHIPPING', 'EXPERIENCE',
                                                      'DONATION', 'GIFT_CARD')),
  schema_version int          NOT NULL,
  document       jsonb        NOT NULL,
  cost_points    int          NOT NULL CHECK (cost_points > 0),
  valid_from     timestamptz,
  valid_until    timestamptz,
  stock_total    int          CHECK (stock_total >= 0),
  stock_issued   int          NOT NULL DEFAULT 0,
  archived_at    timestamptz,
  revision       int          NOT NULL,
  created_at     timestamptz  NOT NULL,
  created_by     varchar(200) NOT NULL,
  updated_at     timestamptz  NOT NULL,
  updated_by     varchar(200) NOT NULL,
  PRIMARY KEY (tenant_id, code),
  CHECK (stock_issued >= 0 AND (stock_total IS NULL OR stock_issued <= stock_total)),
  CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until > valid_from)
);

-- Who created, changed, archived or restored which reward, and what it was before and after.
CREATE TABLE catalog_change (
  tenant_id uuid         NOT NULL,
  id        bigint GENERATED ALWAYS AS IDENTITY,
  code      varchar(64)  NOT NULL,
  action    varchar(16)  NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'ARCHIVED', 'RESTORED')),
  revision  int          NOT NULL,
  actor     varchar(200) NOT NULL,
  at        timestamptz  NOT NULL,
  before    jsonb,
  after     jsonb,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX catalog_change_code_idx ON catalog_change (tenant_id, code, id);
CREATE TRIGGER catalog_change_append_only BEFORE UPDATE OR DELETE ON catalog_change
  FOR EACH ROW EXECUTE FUNCTION vafa_refuse_change();

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['catalog_reward', 'catalog_change']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = vafa_current_tenant()) '
                   'WITH CHECK (tenant_id = vafa_current_tenant())', t);
  END LOOP;
END $$;
REVOKE UPDATE, DELETE ON catalog_change FROM ${appRole};
REVOKE DELETE ON catalog_reward FROM ${appRole};

-- Tiers. A member without a member_tier row is in the lowest tier of the program's ladder; a row says which tier
-- they are in since when, whether by earning (and which purchase's upgrade, so a return can reverse it) or by an
-- admin's hand (until when, why, by whom), and since when a grace period runs while they no longer qualify.
-- Qualifying values (spend, points earned, visits) are summed from a row per member and local day, written by each
-- purchase and return, so any rolling or calendar window is a short range scan.

CREATE TABLE member_tier (
  tenant_id           uuid         NOT NULL,
  member_id           uuid         NOT NULL,
  tier_id             varchar(64)  NOT NULL,
  since               timestamptz  NOT NULL,
  reached_by_purchase uuid,
  manual_until        timestamptz,
  manual_reason       varchar(500),
  manual_by           varchar(200),
  grace_until         timestamptz,
  PRIMARY KEY (tenant_id, member_id),
  CHECK ((manual_until IS NULL) = (manual_reason IS NULL))
);

CREATE TABLE tier_history (
  tenant_id        uuid           NOT NULL,
  id               bigint GENERATED ALWAYS AS IDENTITY,
  member_id        uuid           NOT NULL,
  from_tier        varchar(64),
  to_tier          varchar(64)    NOT NULL,
  reason           varchar(16)    NOT NULL CHECK (reason IN ('UPGRADE', 'DOWNGRADE', 'RETURN', 'MANUAL', 'MANUAL_ENDED',
                                                           'GRACE_STARTED', 'GRACE_ENDED')),
  qualifying_value numeric(19, 4),
  purchase_id      uuid,
  program_version  int,
  actor            varchar(200),
  note             varchar(500),
  at               timestamptz    NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX tier_history_member_idx ON tier_history (tenant_id, member_id, id);
CREATE TRIGGER tier_history_append_only BEFORE UPDATE OR DELETE ON tier_history
  FOR EACH ROW EXECUTE FUNCTION vafa_refuse_change();

CREATE TABLE member_activity_day (
  tenant_id uuid           NOT NULL,
  member_id uuid           NOT NULL,
  day       date           NOT NULL,
  spend     numeric(19, 4) NOT NULL DEFAULT 0,
  points    bigint         NOT NULL DEFAULT 0,
  visits    int            NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, member_id, day)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['member_tier', 'tier_history', 'member_activity_day']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = vafa_current_tenant()) '
                   'WITH CHECK (tenant_id = vafa_current_tenant())', t);
  END LOOP;
END $$;
REVOKE UPDATE, DELETE ON tier_history FROM ${appRole};

-- Members' history so far, by day in the programs' time zone (purchases keep no zone; the current program's is
-- taken, Asia/Tehran where a tenant has none), so that ladders published after this migration see past spend.
INSERT INTO member_activity_day (tenant_id, member_id, day, spend, points, visits)
SELECT p.tenant_id, p.member_id,
       (p.occurred_at AT TIME ZONE coalesce(v.document ->> 'timezone', 'Asia/Tehran'))::date,
       sum(p.total), 0, count(*)
FROM purchase p
LEFT JOIN program pr ON pr.tenant_id = p.tenant_id
LEFT JOIN program_version v ON v.tenant_id = pr.tenant_id AND v.version = pr.current_version
WHERE p.member_id IS NOT NULL
GROUP BY 1, 2, 3;

-- What returns took back of each day's spend (their receipts say the amount).
UPDATE member_activity_day AS d SET spend = d.spend - r.amount
FROM (SELECT p.tenant_id, p.member_id,
             (p.occurred_at AT TIME ZONE coalesce(v.document ->> 'timezone', 'Asia/Tehran'))::date AS day,
             sum((pr.receipt ->> 'amountReturned')::numeric) AS amount
      FROM purchase_return pr
      JOIN purchase p ON p.tenant_id = pr.tenant_id AND p.id = pr.purchase_id
      LEFT JOIN program g ON g.tenant_id = p.tenant_id
      LEFT JOIN program_version v ON v.tenant_id = g.tenant_id AND v.version = g.current_version
      WHERE p.member_id IS NOT NULL AND pr.receipt ? 'amountReturned'
      GROUP BY 1, 2, 3) AS r
WHERE d.tenant_id = r.tenant_id AND d.member_id = r.member_id AND d.day = r.day;

UPDATE member_activity_day AS d SET points = e.points
FROM (SELECT l.tenant_id, l.member_id,
             (p.occurred_at AT TIME ZONE coalesce(v.document ->> 'timezone', 'Asia/Tehran'))::date AS day,
             sum(l.points) AS points
      FROM ledger_line l
      JOIN purchase p ON p.tenant_id = l.tenant_id AND p.id = l.purchase_id
      LEFT JOIN program pr ON pr.tenant_id = p.tenant_id
      LEFT JOIN program_version v ON v.tenant_id = pr.tenant_id AND v.version = pr.current_version
      WHERE l.kind IN ('EARN', 'REVERSE')
      GROUP BY 1, 2, 3) AS e
WHERE d.tenant_id = e.tenant_id AND d.member_id = e.member_id AND d.day = e.day;

-- The member's tier right after each purchase, for its receipt (rebuilt, not stored, on a retry).
ALTER TABLE purchase ADD COLUMN tier_after varchar(64);

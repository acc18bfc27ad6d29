-- Points as lots. Every earning (a purchase's rule line, a positive adjustment) is a lot with its own times: when
-- it stops being pending (the return window) and when it expires. Every spending (redemption, expiry, the clawback
-- of a return, a negative adjustment) takes points from lots, and each draw is an allocation row, so for any point
-- one can say where it came from and where it went. A return that finds its points already spent may, by the
-- program's policy, leave a debt that later earnings pay off, again by allocation.
--
-- The member's running balance stays in member_account (points_balance, the sum of the ledger), and equals
-- sum(point_lot.remaining) - points_debt: the tests check that this always holds.

ALTER TABLE ledger_line DROP CONSTRAINT ledger_line_kind_check,
  ADD CONSTRAINT ledger_line_kind_check CHECK (kind IN ('EARN', 'REDEEM', 'REVERSE', 'ADJUST', 'EXPIRE'));

ALTER TABLE member_account ADD COLUMN points_debt bigint NOT NULL DEFAULT 0 CHECK (points_debt >= 0);

-- A lot's id is the id of the ledger line that earned it. No foreign keys: each costs a query per inserted row on
-- the purchase path, and the lot is written in the same statement as its ledger line.
CREATE TABLE point_lot (
  tenant_id    uuid        NOT NULL,
  member_id    uuid        NOT NULL,
  id           bigint      NOT NULL,
  purchase_id  uuid,
  points       bigint      NOT NULL CHECK (points > 0),
  remaining    bigint      NOT NULL,
  earned_at    timestamptz NOT NULL,
  available_at timestamptz NOT NULL,
  expires_at   timestamptz,
  -- false while pending and not yet seen by the release job, which flips it once and announces the points
  released     boolean     NOT NULL,
  PRIMARY KEY (tenant_id, member_id, id),
  CHECK (remaining BETWEEN 0 AND points),
  CHECK (available_at >= earned_at)
);
-- The expiry job's way in: live lots by expiry time.
CREATE INDEX point_lot_expiry_idx ON point_lot (tenant_id, expires_at) WHERE remaining > 0 AND expires_at IS NOT NULL;
-- The release job's: pending lots by the time they become available. Lots earned without a return window are
-- released when written and never enter it.
CREATE INDEX point_lot_release_idx ON point_lot (tenant_id, available_at) WHERE NOT released;

CREATE TABLE lot_allocation (
  tenant_id  uuid        NOT NULL,
  id         bigint GENERATED ALWAYS AS IDENTITY,
  member_id  uuid        NOT NULL,
  lot_id     bigint      NOT NULL,
  line_id    bigint      NOT NULL,
  points     bigint      NOT NULL CHECK (points > 0),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX lot_allocation_line_idx ON lot_allocation (tenant_id, line_id);
CREATE INDEX lot_allocation_lot_idx ON lot_allocation (tenant_id, member_id, lot_id);
CREATE TRIGGER lot_allocation_append_only BEFORE UPDATE OR DELETE ON lot_allocation
  FOR EACH ROW EXECUTE FUNCTION vafa_refuse_change();

-- What a return (line_id) could not take because the points were spent, under the negative-balance policy.
CREATE TABLE point_debt (
  tenant_id   uuid        NOT NULL,
  member_id   uuid        NOT NULL,
  line_id     bigint      NOT NULL,
  points      bigint      NOT NULL CHECK (points > 0),
  outstanding bigint      NOT NULL,
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, member_id, line_id),
  CHECK (outstanding BETWEEN 0 AND points)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['point_lot', 'lot_allocation', 'point_debt']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = vafa_current_tenant()) '
                   'WITH CHECK (tenant_id = vafa_current_tenant())', t);
  END LOOP;
END $$;
REVOKE UPDATE, DELETE ON lot_allocation FROM ${appRole};

-- Today's ledger into lots: each positive line is a lot earned at its purchase's time (an adjustment's at its
-- own), available at once and never expiring, as the programs then had it. The negative lines take from the lots
-- oldest first, each in ledger order: the earnings and the spendings of a member are laid end to end as intervals
-- of points, and every overlap of an earning with a spending is an allocation.
INSERT INTO point_lot (tenant_id, member_id, id, purchase_id, points, remaining, earned_at, available_at, expires_at,
                       released)
SELECT l.tenant_id, l.member_id, l.id, l.purchase_id, l.points, l.points,
       least(coalesce(p.occurred_at, l.created_at), l.created_at),
       least(coalesce(p.occurred_at, l.created_at), l.created_at), NULL, true
FROM ledger_line l
LEFT JOIN purchase p ON p.tenant_id = l.tenant_id AND p.id = l.purchase_id
WHERE l.points > 0;

WITH earned AS (
  SELECT tenant_id, member_id, id, sum(points) OVER w - points AS lo, sum(points) OVER w AS hi
  FROM ledger_line WHERE points > 0
  WINDOW w AS (PARTITION BY tenant_id, member_id ORDER BY id)),
spent AS (
  SELECT tenant_id, member_id, id, created_at, sum(-points) OVER w + points AS lo, sum(-points) OVER w AS hi
  FROM ledger_line WHERE points < 0
  WINDOW w AS (PARTITION BY tenant_id, member_id ORDER BY id))
INSERT INTO lot_allocation (tenant_id, member_id, lot_id, line_id, points, created_at)
SELECT e.tenant_id, e.member_id, e.id, s.id, least(e.hi, s.hi) - greatest(e.lo, s.lo), s.created_at
FROM earned e
JOIN spent s ON s.tenant_id = e.tenant_id AND s.member_id = e.member_id AND s.lo < e.hi AND e.lo < s.hi
ORDER BY s.id, e.id;

UPDATE point_lot AS l SET remaining = l.points - a.taken
FROM (SELECT tenant_id, member_id, lot_id, sum(points) AS taken FROM lot_allocation
      GROUP BY tenant_id, member_id, lot_id) AS a
WHERE l.tenant_id = a.tenant_id AND l.member_id = a.member_id AND l.id = a.lot_id;

-- Spending beyond everything earned (a return after the points were spent) is a debt, as the default policy
-- (negative balance) would have left it.
WITH totals AS (
  SELECT tenant_id, member_id, sum(points) FILTER (WHERE points > 0) AS earned FROM ledger_line
  GROUP BY tenant_id, member_id),
spent AS (
  SELECT tenant_id, member_id, id, created_at, sum(-points) OVER w + points AS lo, sum(-points) OVER w AS hi
  FROM ledger_line WHERE points < 0
  WINDOW w AS (PARTITION BY tenant_id, member_id ORDER BY id))
INSERT INTO point_debt (tenant_id, member_id, line_id, points, outstanding, created_at)
SELECT s.tenant_id, s.member_id, s.id, s.hi - greatest(s.lo, coalesce(t.earned, 0)),
       s.hi - greatest(s.lo, coalesce(t.earned, 0)), s.created_at
FROM spent s JOIN totals t ON t.tenant_id = s.tenant_id AND t.member_id = s.member_id
WHERE s.hi > coalesce(t.earned, 0);

UPDATE member_account AS a SET points_debt = d.owed
FROM (SELECT tenant_id, member_id, sum(outstanding) AS owed FROM point_debt GROUP BY tenant_id, member_id) AS d
WHERE a.tenant_id = d.tenant_id AND a.member_id = d.member_id;

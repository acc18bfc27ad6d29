-- A purchase history for the bench tenant (deploy/bench/run.sh --history N), written straight into the
-- application's tables as the bench's superuser role, so that (b) and (c) run against tables of a platform
-- that has been in use rather than against empty ones that autovacuum revisits every few seconds.
-- Variables: tenant (uuid), purchases (count). Written before the bench's first purchase: the members have no
-- account yet.
--
-- Every purchase is a member's (members in turn), 400 days back to now, three grocery lines of 100,000 IRR, and
-- earns what deploy/bench/retail-program.json (version 1) gives it (keep the two together): 30 points under
-- "base" (10 a line), 20 more under "welcome" on the member's first purchase, and the tier's share on top (silver
-- x1.5: 15, gold x2: 30, as a line of its own, "tier:<id>"), by the tier the member was in before the purchase.
-- As the application writes it: one ledger line per rule, each a lot, pending for 14 days and expiring at the end
-- of the Jalali year; the lots of past years expired as the expiry job would have (one EXPIRE line per member and
-- year, an allocation per lot); the member's days of activity; and the tier moves, up at once when the rolling
-- 12 months' spend reaches a threshold (it only grows or levels off here: no grace periods, no moves down).
-- The accounts sum it all: the balance is the live lots' sum.
\set ON_ERROR_STOP on
\set zone 'Asia/Tehran'
\ir jalali.sql
BEGIN;
CREATE TEMP TABLE history ON COMMIT DROP AS
WITH purchases AS (
  SELECT gen_random_uuid() AS id, g AS n, m.id AS member_id,
         now() - interval '400 days' + (g::float8 / :purchases) * interval '399 days' AS at
  FROM generate_series(1, :purchases) AS g
  JOIN (SELECT id, row_number() OVER (ORDER BY card_number) - 1 AS rn, count(*) OVER () AS members
        FROM member WHERE tenant_id = :'tenant') AS m ON m.rn = g % m.members),
valued AS (
  -- the spend of the last 12 months, this purchase included
  SELECT p.*, row_number() OVER (PARTITION BY member_id ORDER BY at) AS k,
         sum(300000) OVER (PARTITION BY member_id ORDER BY at
                           RANGE BETWEEN interval '12 months' PRECEDING AND CURRENT ROW) AS value
  FROM purchases AS p),
tiered AS (
  SELECT v.*, CASE WHEN top >= 100000000 THEN 'gold' WHEN top >= 20000000 THEN 'silver' ELSE 'bronze' END AS tier_after
  FROM (SELECT v.*, max(value) OVER (PARTITION BY member_id ORDER BY at) AS top FROM valued AS v) AS v)
SELECT t.*, lag(tier_after, 1, 'bronze') OVER (PARTITION BY member_id ORDER BY at) AS tier_before,
       (at AT TIME ZONE :'zone')::date AS day,
       ((at AT TIME ZONE :'zone') + interval '14 days') AT TIME ZONE :'zone' AS available_at,
       pg_temp.jalali_year_end(at, :'zone') AS expires_at
FROM tiered AS t;

-- One row per ledger line: the rules in the program's order, the tier's line last.
CREATE TEMP TABLE earned ON COMMIT DROP AS
SELECT h.id AS purchase_id, h.member_id, h.at, h.available_at, h.expires_at, r.ord, r.rule_id, r.rule_name,
       r.points, r.line_points
FROM history AS h
CROSS JOIN LATERAL (VALUES
  (1, 'base', '1 point per 10,000 rials', 30, '{10,10,10}'::bigint[]),
  (2, 'welcome', 'Welcome bonus', CASE WHEN h.k = 1 THEN 20 END, '{7,7,6}'),
  (3, 'tier:' || h.tier_before, initcap(h.tier_before), CASE h.tier_before WHEN 'silver' THEN 15 WHEN 'gold' THEN 30 END,
   CASE h.tier_before WHEN 'silver' THEN '{5,5,5}'::bigint[] ELSE '{10,10,10}' END)
) AS r (ord, rule_id, rule_name, points, line_points)
WHERE r.points IS NOT NULL;

INSERT INTO purchase (tenant_id, id, external_id, request_hash, member_id, store, channel, occurred_at, currency,
                      total, program_version, received_at, balance_after, tier_after, lines)
SELECT :'tenant', h.id, 'history-' || h.n, repeat('0', 64), h.member_id, 'bench-store-history', 'pos', h.at, 'IRR',
       300000, 1, h.at,
       -- the lots of earlier years have expired by then: the balance is what this Jalali year earned so far
       sum(e.points) OVER (PARTITION BY h.member_id, h.expires_at ORDER BY h.at),
       h.tier_after,
       (SELECT jsonb_agg(jsonb_build_object('line_no', l, 'sku', 'SKU-' || (h.n * 3 + l) % 500, 'category', 'grocery',
                                            'quantity', 1, 'unit_price', 100000, 'discount', 0, 'net_amount', 100000)
                         ORDER BY l)
        FROM generate_series(1, 3) AS l)
FROM history AS h
JOIN (SELECT purchase_id, sum(points) AS points FROM earned GROUP BY purchase_id) AS e ON e.purchase_id = h.id;

WITH lines AS (
  INSERT INTO ledger_line (tenant_id, created_at, member_id, kind, points, purchase_id, line_nos, line_points,
                           rule_id, rule_name, program_version)
  SELECT :'tenant', at, member_id, 'EARN', points, purchase_id, '{1,2,3}', line_points, rule_id, rule_name, 1
  FROM earned ORDER BY at, ord
  RETURNING id, member_id, purchase_id, points, created_at)
INSERT INTO point_lot (tenant_id, member_id, id, purchase_id, points, remaining, earned_at, available_at, expires_at,
                       released)
SELECT :'tenant', l.member_id, l.id, l.purchase_id, l.points, l.points, l.created_at, h.available_at, h.expires_at,
       h.available_at <= now()
FROM lines AS l JOIN history AS h ON h.id = l.purchase_id;

-- The expiry job's work so far, one run at each year's end.
WITH due AS (
  SELECT member_id, id, remaining, expires_at FROM point_lot
  WHERE tenant_id = :'tenant' AND remaining > 0 AND expires_at <= now()),
lines AS (
  INSERT INTO ledger_line (tenant_id, created_at, member_id, kind, points, reason)
  SELECT :'tenant', expires_at, member_id, 'EXPIRE', -sum(remaining), 'The lots reached their expiry'
  FROM due GROUP BY member_id, expires_at ORDER BY expires_at, member_id
  RETURNING id, member_id, created_at)
INSERT INTO lot_allocation (tenant_id, member_id, lot_id, line_id, points, created_at)
SELECT :'tenant', d.member_id, d.id, l.id, d.remaining, l.created_at
FROM due AS d JOIN lines AS l ON l.member_id = d.member_id AND l.created_at = d.expires_at;
UPDATE point_lot SET remaining = 0 WHERE tenant_id = :'tenant' AND remaining > 0 AND expires_at <= now();

INSERT INTO member_account (tenant_id, member_id, points_balance, purchase_count, lifetime_spend, first_purchase_at,
                            last_purchase_at)
SELECT :'tenant', h.member_id, (SELECT sum(remaining) FROM point_lot AS l
                                 WHERE l.tenant_id = :'tenant' AND l.member_id = h.member_id),
       count(*), 300000 * count(*), min(h.at), max(h.at)
FROM history AS h GROUP BY h.member_id;

INSERT INTO member_activity_day (tenant_id, member_id, day, spend, points, visits)
SELECT :'tenant', h.member_id, h.day, 300000 * count(*), sum(e.points), count(*)
FROM history AS h
JOIN (SELECT purchase_id, sum(points) AS points FROM earned GROUP BY purchase_id) AS e ON e.purchase_id = h.id
GROUP BY h.member_id, h.day;

INSERT INTO tier_history (tenant_id, member_id, from_tier, to_tier, reason, qualifying_value, purchase_id,
                          program_version, at)
SELECT :'tenant', member_id, tier_before, tier_after, 'UPGRADE', value, id, 1, at
FROM history WHERE tier_after <> tier_before ORDER BY at;

INSERT INTO member_tier (tenant_id, member_id, tier_id, since, reached_by_purchase)
SELECT DISTINCT ON (member_id) :'tenant', member_id, tier_after, at, id
FROM history WHERE tier_after <> tier_before ORDER BY member_id, at DESC;
COMMIT;
VACUUM ANALYZE purchase, ledger_line, point_lot, lot_allocation, member_account, member_activity_day, member_tier,
  tier_history;

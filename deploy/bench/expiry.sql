-- Lots for the expiry benchmark (deploy/bench/run.sh --expiry LOTS, step d), written straight into the application's
-- tables, one set-based INSERT per table: :lots lots of :members more members of the bench tenant (cards
-- BENCH-<first + 1> on), earned over the last Jalali year and due at its end, the last Nowruz, but not expired yet: a
-- year's expiry waiting for the job. Variables: tenant (uuid), lots, members, first (the cards already enrolled).
--
-- As the application leaves them (deploy/bench/retail-program.json, version 1): each lot is the lot of one EARN line
-- under "base" (its id is the line's), released (their 14 days are long past), untouched (remaining = points); the
-- member's account balance is the sum of their lots, and counts a purchase per lot (so no welcome bonus later).
-- The lots are written in the order they were earned, a member's spread over the year, so the job's index on
-- expires_at meets the members interleaved, as on a platform in use. No purchases or days of activity stand behind
-- them: the job reads neither, and the 10 to 500 points a lot are all it needs.
\set ON_ERROR_STOP on
\set zone 'Asia/Tehran'
\ir jalali.sql
BEGIN;
CREATE TEMP TABLE bench_year ON COMMIT DROP AS
SELECT pg_temp.jalali_year_start(due - interval '1 day', :'zone') AS starts, due AS ends
FROM (SELECT pg_temp.jalali_year_start(now(), :'zone') AS due) AS d;

CREATE TEMP TABLE new_member ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, g AS n, :first + g AS card FROM generate_series(1, :members) AS g;

-- The numbers as the load generators write them (%05d: five digits at least)
INSERT INTO member (tenant_id, id, card_number, enrolled_at)
SELECT :'tenant', m.id, 'BENCH-' || CASE WHEN m.card < 100000 THEN lpad(m.card::text, 5, '0') ELSE m.card::text END,
       y.starts - interval '30 days'
FROM new_member AS m CROSS JOIN bench_year AS y;

CREATE TEMP TABLE new_lot ON COMMIT DROP AS
SELECT m.id AS member_id, 10 + (g::bigint * 7919) % 491 AS points,
       y.starts + (g::float8 / (:lots + 1)) * (y.ends - y.starts) AS earned_at
FROM generate_series(1, :lots) AS g
JOIN new_member AS m ON m.n = (g - 1) % :members + 1
CROSS JOIN bench_year AS y;

WITH lines AS (
  INSERT INTO ledger_line (tenant_id, created_at, member_id, kind, points, rule_id, rule_name, program_version)
  SELECT :'tenant', earned_at, member_id, 'EARN', points, 'base', '1 point per 10,000 rials', 1
  FROM new_lot ORDER BY earned_at
  RETURNING id, member_id, points, created_at)
INSERT INTO point_lot (tenant_id, member_id, id, purchase_id, points, remaining, earned_at, available_at, expires_at,
                       released)
SELECT :'tenant', l.member_id, l.id, NULL, l.points, l.points, l.created_at, l.available_at, y.ends,
       l.available_at <= now()
FROM (SELECT lines.*, ((created_at AT TIME ZONE :'zone') + interval '14 days') AT TIME ZONE :'zone' AS available_at
      FROM lines) AS l
CROSS JOIN bench_year AS y;

INSERT INTO member_account (tenant_id, member_id, points_balance, purchase_count, lifetime_spend, first_purchase_at,
                            last_purchase_at)
SELECT :'tenant', member_id, sum(points), count(*), 10000 * sum(points), min(earned_at), max(earned_at)
FROM new_lot GROUP BY member_id;
COMMIT;
VACUUM ANALYZE member, member_account, ledger_line, point_lot;

-- A purchase history for the bench tenant (deploy/bench/run.sh --history N), written straight into the
-- application's tables as the bench's superuser role, so that (b) and (c) run against tables of a platform
-- that has been in use rather than against empty ones that autovacuum revisits every few seconds.
-- Variables: tenant (uuid), purchases (count). Every purchase is a member's, 400 days back to now, three
-- grocery lines of 100,000 IRR each earning 10 points under the program's "base" rule (one ledger line for
-- the three); the members' accounts are set to the sums, as the application would have left them.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE history ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, g AS n, m.id AS member_id,
       now() - interval '400 days' + (g::float8 / :purchases) * interval '399 days' AS at
FROM generate_series(1, :purchases) AS g
JOIN (SELECT id, row_number() OVER (ORDER BY card_number) - 1 AS rn, count(*) OVER () AS members
      FROM member WHERE tenant_id = :'tenant') AS m ON m.rn = g % m.members;

INSERT INTO purchase (tenant_id, id, external_id, request_hash, member_id, store, channel, occurred_at, currency,
                      total, program_version, received_at, lines)
SELECT :'tenant', h.id, 'history-' || h.n, repeat('0', 64), h.member_id, 'bench-store-history', 'pos', h.at, 'IRR',
       300000, 1, h.at,
       (SELECT jsonb_agg(jsonb_build_object('line_no', l, 'sku', 'SKU-' || (h.n * 3 + l) % 500, 'category', 'grocery',
                                            'quantity', 1, 'unit_price', 100000, 'discount', 0, 'net_amount', 100000)
                         ORDER BY l)
        FROM generate_series(1, 3) AS l)
FROM history AS h;

INSERT INTO ledger_line (tenant_id, member_id, kind, points, purchase_id, line_nos, line_points, rule_id,
                         rule_name, program_version, created_at)
SELECT :'tenant', member_id, 'EARN', 30, id, '{1,2,3}', '{10,10,10}', 'base', '1 point per 10,000 rials', 1, at
FROM history;

INSERT INTO member_account AS a (tenant_id, member_id, points_balance, purchase_count, lifetime_spend,
                                 first_purchase_at, last_purchase_at)
SELECT :'tenant', member_id, 30 * count(*), count(*), 300000 * count(*), min(at), max(at)
FROM history GROUP BY member_id
ON CONFLICT (tenant_id, member_id) DO UPDATE
SET points_balance = a.points_balance + EXCLUDED.points_balance,
    purchase_count = a.purchase_count + EXCLUDED.purchase_count,
    lifetime_spend = a.lifetime_spend + EXCLUDED.lifetime_spend,
    first_purchase_at = LEAST(a.first_purchase_at, EXCLUDED.first_purchase_at),
    last_purchase_at = GREATEST(a.last_purchase_at, EXCLUDED.last_purchase_at);
COMMIT;
VACUUM ANALYZE purchase, ledger_line, member_account;

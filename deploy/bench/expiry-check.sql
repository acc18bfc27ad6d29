-- What must hold after the expiry job (deploy/bench/run.sh --expiry, step d), over the whole bench tenant, once no
-- purchase is running. Variables: tenant (uuid), at (the job's start). One row, each a count that must be 0:
--   live_past_expiry      lots with points left whose expiry had come when the job started
--   balance_mismatch      accounts whose balance is not their lots' remaining sum less their debt
--   not_one_expire        lots due at the job's start without exactly one allocation to an EXPIRE line
--   expire_sum_mismatch   EXPIRE lines whose points are not the sum of their allocations
\set ON_ERROR_STOP on
-- Statistics first: autovacuum may not have looked at the tables since the job filled them, and with the
-- statistics of before the job one run's check had not finished after 13 minutes.
ANALYZE point_lot, lot_allocation, ledger_line, member_account;
SELECT
  (SELECT count(*) FROM point_lot
   WHERE tenant_id = :'tenant' AND remaining > 0 AND expires_at <= :'at') AS live_past_expiry,
  (SELECT count(*) FROM member_account AS a
   LEFT JOIN (SELECT member_id, sum(remaining) AS live FROM point_lot WHERE tenant_id = :'tenant' GROUP BY member_id) AS l
     ON l.member_id = a.member_id
   WHERE a.tenant_id = :'tenant' AND a.points_balance <> coalesce(l.live, 0) - a.points_debt) AS balance_mismatch,
  (SELECT count(*) FROM point_lot AS l
   LEFT JOIN (SELECT a.member_id, a.lot_id, count(*) AS n FROM lot_allocation AS a
              JOIN ledger_line AS x ON x.tenant_id = a.tenant_id AND x.id = a.line_id AND x.kind = 'EXPIRE'
              WHERE a.tenant_id = :'tenant' GROUP BY a.member_id, a.lot_id) AS e
     ON e.member_id = l.member_id AND e.lot_id = l.id
   WHERE l.tenant_id = :'tenant' AND l.expires_at <= :'at' AND coalesce(e.n, 0) <> 1) AS not_one_expire,
  (SELECT count(*) FROM ledger_line AS x
   LEFT JOIN (SELECT line_id, sum(points) AS points FROM lot_allocation WHERE tenant_id = :'tenant' GROUP BY line_id) AS a
     ON a.line_id = x.id
   WHERE x.tenant_id = :'tenant' AND x.kind = 'EXPIRE' AND coalesce(a.points, 0) <> -x.points) AS expire_sum_mismatch;

-- What must hold after the redemptions (deploy/bench/run.sh, step e), over the bench tenant. Variable: tenant
-- (uuid). One row:
--   confirmed       reservations confirmed (at least the redemptions the load generator counted as done)
--   redeem_lines    REDEEM lines of those reservations, each of the reservation's points (must equal confirmed)
--   held            reservations still held (a confirmation that failed or was cut off leaves one, until its TTL)
--   vouchers        rewards issued for reservations (must equal confirmed)
\set ON_ERROR_STOP on
SELECT
  (SELECT count(*) FROM reward_reservation WHERE tenant_id = :'tenant' AND status = 'CONFIRMED') AS confirmed,
  (SELECT count(*) FROM reward_reservation AS r
   JOIN ledger_line AS l ON l.tenant_id = r.tenant_id AND l.id = r.ledger_line_id
   WHERE r.tenant_id = :'tenant' AND r.status = 'CONFIRMED' AND l.kind = 'REDEEM' AND l.points = -r.points
  ) AS redeem_lines,
  (SELECT count(*) FROM reward_reservation WHERE tenant_id = :'tenant' AND status = 'HELD') AS held,
  (SELECT count(*) FROM issued_reward WHERE tenant_id = :'tenant' AND reservation_id IS NOT NULL) AS vouchers;

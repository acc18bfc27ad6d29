-- One purchase's ledger write, as pgbench runs it (-D members=N): insert the purchase, insert its ledger line,
-- update the member's balance, in one transaction.
\set member random(1, :members)
\set total random(50000, 5000000)
BEGIN;
INSERT INTO bench_purchase (tenant_id, external_id, member_id, total, occurred_at)
    VALUES ('00000000-0000-0000-0000-00000000bec1', 'pg-' || :client_id || '-' || txid_current(), :member, :total, now());
INSERT INTO bench_ledger (tenant_id, member_id, purchase_id, kind, points, program_version)
    VALUES ('00000000-0000-0000-0000-00000000bec1', :member, currval('bench_purchase_id_seq'), 'EARN', :total / 10000, 1);
UPDATE bench_balance SET points = points + :total / 10000, purchases = purchases + 1, spend = spend + :total
    WHERE tenant_id = '00000000-0000-0000-0000-00000000bec1' AND member_id = :member;
END;

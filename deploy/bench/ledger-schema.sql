-- The pgbench model of one purchase's ledger write (deploy/bench/run.sh, step a), made afresh for each of its
-- two runs. Own small tables in the vafa_pgbench database; indexes like the application's: unique (tenant_id,
-- external_id) on purchases, a primary key on the balance row, ledger lines found by member.
SET client_min_messages TO warning;
DROP TABLE IF EXISTS bench_ledger, bench_balance, bench_purchase;

CREATE TABLE bench_purchase (
    id          bigserial PRIMARY KEY,
    tenant_id   uuid        NOT NULL,
    external_id text        NOT NULL,
    member_id   bigint      NOT NULL,
    total       numeric(19, 4) NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT bench_purchase_external UNIQUE (tenant_id, external_id)
);

CREATE TABLE bench_ledger (
    id          bigserial PRIMARY KEY,
    tenant_id   uuid        NOT NULL,
    member_id   bigint      NOT NULL,
    purchase_id bigint      NOT NULL REFERENCES bench_purchase (id),
    kind        text        NOT NULL,
    points      bigint      NOT NULL,
    program_version int     NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bench_ledger_member ON bench_ledger (tenant_id, member_id, id);

CREATE TABLE bench_balance (
    tenant_id   uuid   NOT NULL,
    member_id   bigint NOT NULL,
    points      bigint NOT NULL DEFAULT 0,
    purchases   bigint NOT NULL DEFAULT 0,
    spend       numeric(19, 4) NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, member_id)
);

INSERT INTO bench_balance (tenant_id, member_id)
SELECT '00000000-0000-0000-0000-00000000bec1', g FROM generate_series(1, :members) AS g;
VACUUM ANALYZE;

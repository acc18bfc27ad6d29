-- Platform tables (not tenant-owned) and the application's restricted database role.
-- Flyway runs as the schema owner; the application connects as ${appRole}, which owns nothing,
-- is no superuser and has no BYPASSRLS, so the row-level security policies below always apply to it.

DO $$
BEGIN
  IF '${createAppRole}' = 'true' AND NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD %L',
                   '${appRole}', '${appPassword}');
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};

-- The tenant of the current connection, set by the application for every connection it hands out.
-- Empty or unset means "no tenant": every tenant-owned row is then invisible and no insert passes.
CREATE FUNCTION vafa_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('vafa.tenant_id', true), '')::uuid $$;

-- Rows of an append-only table may be inserted, never changed.
CREATE FUNCTION vafa_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$;

CREATE TABLE tenant (
  id                uuid PRIMARY KEY,
  slug              varchar(63)  NOT NULL UNIQUE,
  name              varchar(200) NOT NULL,
  status            varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  admin_email       varchar(320) NOT NULL,
  pos_client_id     varchar(100),
  created_at        timestamptz  NOT NULL,
  status_changed_at timestamptz  NOT NULL
);

-- Every cross-tenant action of support staff leaves a line here.
CREATE TABLE support_audit (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at        timestamptz  NOT NULL,
  actor     varchar(200) NOT NULL,
  action    varchar(64)  NOT NULL,
  tenant_id uuid REFERENCES tenant (id),
  detail    text
);
CREATE TRIGGER support_audit_append_only BEFORE UPDATE OR DELETE ON support_audit
  FOR EACH ROW EXECUTE FUNCTION vafa_refuse_change();

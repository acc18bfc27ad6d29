-- Programs as versions with a lifecycle. Each version becomes one document with an explicit schema version (the
-- application reads every version ever written), the program row says which version serves now and which from a
-- scheduled time, with a revision that every change moves on (nodes compare revisions, so a move back to an older
-- version is seen too), and every change leaves an audit line.

ALTER TABLE program_version ADD COLUMN document jsonb;
ALTER TABLE program_version DISABLE TRIGGER program_version_append_only;
-- Schema version 1: the walking skeleton's columns, as they were.
UPDATE program_version SET document = jsonb_build_object('schemaVersion', 1, 'name', name, 'currency', currency,
  'timezone', timezone, 'rounding', rounding, 'rules', rules);
ALTER TABLE program_version ENABLE TRIGGER program_version_append_only;
ALTER TABLE program_version ALTER COLUMN document SET NOT NULL,
  DROP COLUMN name, DROP COLUMN currency, DROP COLUMN timezone, DROP COLUMN rounding, DROP COLUMN rules,
  ADD CONSTRAINT program_version_document CHECK (jsonb_typeof(document) = 'object');

ALTER TABLE program ALTER COLUMN current_version DROP NOT NULL,
  ADD COLUMN scheduled_version int,
  ADD COLUMN scheduled_at timestamptz,
  ADD COLUMN revision bigint NOT NULL DEFAULT 0,
  ADD CONSTRAINT program_schedule CHECK ((scheduled_version IS NULL) = (scheduled_at IS NULL));
UPDATE program SET current_version = NULL WHERE current_version = 0;
UPDATE program SET revision = 1 WHERE current_version IS NOT NULL;

-- The one draft a tenant edits; any shape is kept (it is validated when published).
CREATE TABLE program_draft (
  tenant_id  uuid PRIMARY KEY REFERENCES tenant (id),
  document   jsonb        NOT NULL,
  updated_at timestamptz  NOT NULL,
  updated_by varchar(200) NOT NULL
);

CREATE TABLE program_audit (
  tenant_id    uuid         NOT NULL REFERENCES tenant (id),
  id           bigint GENERATED ALWAYS AS IDENTITY,
  at           timestamptz  NOT NULL,
  actor        varchar(200) NOT NULL,
  action       varchar(24)  NOT NULL CHECK (action IN ('DRAFT_SAVED', 'DRAFT_DISCARDED', 'PUBLISHED', 'SCHEDULED',
                                                       'ACTIVATED', 'ROLLED_BACK', 'SCHEDULE_CANCELLED')),
  version      int,
  from_version int,
  activate_at  timestamptz,
  changes      jsonb,
  PRIMARY KEY (tenant_id, id)
);
CREATE TRIGGER program_audit_append_only BEFORE UPDATE OR DELETE ON program_audit
  FOR EACH ROW EXECUTE FUNCTION vafa_refuse_change();

-- Versions written before audit lines existed get one each, so the log starts at the first version.
INSERT INTO program_audit (tenant_id, at, actor, action, version)
SELECT tenant_id, published_at, published_by, 'PUBLISHED', version FROM program_version ORDER BY published_at;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['program_draft', 'program_audit']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = vafa_current_tenant()) '
                   'WITH CHECK (tenant_id = vafa_current_tenant())', t);
  END LOOP;
END $$;
REVOKE UPDATE, DELETE ON program_audit FROM ${appRole};

-- What each node polls to learn of program changes on any node: every tenant's revision and scheduled time, and
-- nothing else (no version content). It runs as its owner, so it sees past row-level security; that is its purpose.
CREATE FUNCTION vafa_program_revisions() RETURNS TABLE (tenant_id uuid, revision bigint, scheduled_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT p.tenant_id, p.revision, p.scheduled_at FROM program p WHERE p.revision > 0 $$;
REVOKE ALL ON FUNCTION vafa_program_revisions() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vafa_program_revisions() TO ${appRole};

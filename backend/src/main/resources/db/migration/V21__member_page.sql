-- Member page links (signed, expiring tokens; nothing of a link is stored). A link carries the generation of its
-- member's links at the time it was made; revoking moves the generation on, so every earlier link stops working.
-- A member without a row is at generation 0.
CREATE TABLE member_page_generation (
  tenant_id  uuid         NOT NULL,
  member_id  uuid         NOT NULL,
  generation int          NOT NULL CHECK (generation > 0),
  revoked_at timestamptz  NOT NULL,
  revoked_by varchar(200) NOT NULL,
  PRIMARY KEY (tenant_id, member_id)
);

ALTER TABLE member_page_generation ENABLE ROW LEVEL SECURITY;
ALTER TABLE member_page_generation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON member_page_generation USING (tenant_id = vafa_current_tenant())
  WITH CHECK (tenant_id = vafa_current_tenant());
REVOKE DELETE ON member_page_generation FROM ${appRole};

-- Member notifications: each tenant's settings, its own templates (built-in defaults live in the code), and the
-- outbox of messages rendered for members, delivered by the notification-delivery job.

CREATE TABLE notification_settings (
  tenant_id           uuid         NOT NULL PRIMARY KEY,
  language            varchar(2)   NOT NULL CHECK (language IN ('fa', 'en')),
  expiry_warning_days int          NOT NULL CHECK (expiry_warning_days BETWEEN 1 AND 60),
  email_enabled       boolean      NOT NULL,
  sms_enabled         boolean      NOT NULL,
  updated_at          timestamptz  NOT NULL,
  updated_by          varchar(200) NOT NULL
);

-- A tenant's override of the built-in template of one event, channel and language.
CREATE TABLE notification_template (
  tenant_id  uuid          NOT NULL,
  event_type varchar(32)   NOT NULL,
  channel    varchar(8)    NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
  language   varchar(2)    NOT NULL CHECK (language IN ('fa', 'en')),
  subject    varchar(200),
  body       varchar(2000) NOT NULL,
  updated_at timestamptz   NOT NULL,
  updated_by varchar(200)  NOT NULL,
  PRIMARY KEY (tenant_id, event_type, channel, language)
);

-- One message per event and channel (`event_key` names the event: a redelivered event finds its row taken), rendered
-- when it was queued. PENDING until sent (SENT, `sent_at`) or given up after the last attempt (FAILED, `last_error`).
CREATE TABLE notification_message (
  tenant_id       uuid          NOT NULL,
  id              uuid          NOT NULL,
  member_id       uuid          NOT NULL,
  event_type      varchar(32)   NOT NULL,
  event_key       varchar(200)  NOT NULL,
  channel         varchar(8)    NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
  recipient       varchar(320)  NOT NULL,
  language        varchar(2)    NOT NULL,
  subject         varchar(500),
  body            varchar(4000) NOT NULL,
  status          varchar(8)    NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts        int           NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz,
  last_error      varchar(1000),
  created_at      timestamptz   NOT NULL,
  sent_at         timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, event_key, channel),
  CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
  CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL))
);
CREATE INDEX notification_message_due_idx ON notification_message (tenant_id, next_attempt_at)
  WHERE status = 'PENDING';
CREATE INDEX notification_message_member_idx ON notification_message (tenant_id, member_id, created_at);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['notification_settings', 'notification_template', 'notification_message']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = vafa_current_tenant()) '
                   'WITH CHECK (tenant_id = vafa_current_tenant())', t);
  END LOOP;
END $$;
-- Messages are the record of what members were told: the application never deletes one (retention is the
-- operator's, as the schema owner: docs/operations.md).
REVOKE DELETE ON notification_message FROM ${appRole};

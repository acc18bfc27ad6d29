-- A voucher can expire: its reward's voucherValidDays after it was issued (or chosen). EXPIRED is set by the
-- voucher-expiry job; a voucher past expires_at is refused at the till before that.
ALTER TABLE issued_reward ADD COLUMN expires_at timestamptz;

ALTER TABLE issued_reward DROP CONSTRAINT issued_reward_status_check;
ALTER TABLE issued_reward
  ADD CONSTRAINT issued_reward_status_check CHECK (status IN ('CHOOSING', 'ISSUED', 'REDEEMED', 'REVOKED', 'EXPIRED'));

CREATE INDEX issued_reward_expiring_idx ON issued_reward (tenant_id, expires_at)
  WHERE status = 'ISSUED' AND expires_at IS NOT NULL;

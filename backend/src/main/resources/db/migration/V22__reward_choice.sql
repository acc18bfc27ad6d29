-- A full stamp card may offer a choice of rewards: the reward waits (CHOOSING) until the member or a cashier
-- picks one of its choices, or until choose_by, when the first (the rule's own reward) is given. Its voucher code
-- is made when the choice is made; the one the row holds meanwhile is never shown nor redeemable.
ALTER TABLE issued_reward DROP CONSTRAINT issued_reward_status_check;
ALTER TABLE issued_reward
  ADD CONSTRAINT issued_reward_status_check CHECK (status IN ('CHOOSING', 'ISSUED', 'REDEEMED', 'REVOKED')),
  ADD COLUMN choices   varchar(64)[],
  ADD COLUMN choose_by timestamptz,
  ADD COLUMN chosen_at timestamptz,
  ADD COLUMN chosen_by varchar(200),
  ADD CONSTRAINT issued_reward_choice CHECK (status <> 'CHOOSING' OR (choices IS NOT NULL AND choose_by IS NOT NULL));

-- The deadline job's work: the choices still open, by when.
CREATE INDEX issued_reward_choosing_idx ON issued_reward (tenant_id, choose_by) WHERE status = 'CHOOSING';

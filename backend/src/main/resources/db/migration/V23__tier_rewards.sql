-- A tier may give a catalog reward, once per member, the first time they move up into it: the reward names its
-- tier, and a member holds at most one reward of each tier (the listener's insert does nothing the second time).
ALTER TABLE issued_reward ADD COLUMN tier_id varchar(64);
ALTER TABLE issued_reward DROP CONSTRAINT issued_reward_cause;
ALTER TABLE issued_reward ADD CONSTRAINT issued_reward_cause
  CHECK (rule_id IS NOT NULL OR reservation_id IS NOT NULL OR tier_id IS NOT NULL);
CREATE UNIQUE INDEX issued_reward_tier_idx ON issued_reward (tenant_id, member_id, tier_id) WHERE tier_id IS NOT NULL;

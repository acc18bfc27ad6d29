-- Every issued reward is a voucher: a unique, unguessable, single-use code a till of the tenant can validate and
-- redeem. Codes are 12 random characters of Crockford's base 32 and a check character (Luhn mod 32), stored
-- without separators. A reward is issued by a stamp card (its rule and program version) or by a reservation
-- confirmed at the till (its reservation); `redeemed_*` say when, by whom and with which purchase it was used.
ALTER TABLE issued_reward
  ADD COLUMN voucher_code      varchar(13),
  ADD COLUMN reservation_id    uuid,
  ADD COLUMN redeemed_at       timestamptz,
  ADD COLUMN redeemed_by       varchar(200),
  ADD COLUMN redeemed_purchase varchar(100),
  ADD COLUMN redemption_key    varchar(200),
  ALTER COLUMN rule_id DROP NOT NULL,
  ALTER COLUMN rule_name DROP NOT NULL,
  ALTER COLUMN program_version DROP NOT NULL,
  ADD CONSTRAINT issued_reward_cause CHECK (rule_id IS NOT NULL OR reservation_id IS NOT NULL);

-- Rewards issued before vouchers get codes now, from the random part of version-4 UUIDs (bytes 0-5 and 9-14;
-- bytes 6 and 8 carry the version and variant).
CREATE FUNCTION vafa_new_voucher_code() RETURNS varchar LANGUAGE plpgsql AS $$
DECLARE
  alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  bytes bytea := decode(replace(gen_random_uuid()::text, '-', ''), 'hex');
  code text := '';
  sum int := 0;
  factor int := 2;
  addend int;
  i int;
BEGIN
  FOREACH i IN ARRAY ARRAY[0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14] LOOP
    code := code || substr(alphabet, (get_byte(bytes, i) % 32) + 1, 1);
  END LOOP;
  FOR i IN REVERSE 12..1 LOOP
    addend := factor * (strpos(alphabet, substr(code, i, 1)) - 1);
    sum := sum + addend / 32 + addend % 32;
    factor := 3 - factor;
  END LOOP;
  RETURN code || substr(alphabet, ((32 - sum % 32) % 32) + 1, 1);
END $$;
UPDATE issued_reward SET voucher_code = vafa_new_voucher_code();
DROP FUNCTION vafa_new_voucher_code();

ALTER TABLE issued_reward ALTER COLUMN voucher_code SET NOT NULL;
CREATE UNIQUE INDEX issued_reward_voucher_idx ON issued_reward (tenant_id, voucher_code);
CREATE INDEX issued_reward_redeemed_purchase_idx ON issued_reward (tenant_id, redeemed_purchase)
  WHERE redeemed_purchase IS NOT NULL;
CREATE UNIQUE INDEX issued_reward_reservation_idx ON issued_reward (tenant_id, reservation_id)
  WHERE reservation_id IS NOT NULL;

-- A confirmed reservation issued a reward: its voucher (already redeemed when confirmed with a purchase).
ALTER TABLE reward_reservation ADD COLUMN voucher_code varchar(13);

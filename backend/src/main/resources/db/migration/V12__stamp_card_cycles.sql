-- Stamp cards count their cycles: each time a card fills, its reward is issued and a new cycle starts. Every stamp
-- says which cycle it went on, and every reward which cycle it completed, so a return that takes back a stamp of a
-- filled card revokes the reward that card issued (not merely the member's newest).
ALTER TABLE stamp_card ADD COLUMN cycle int NOT NULL DEFAULT 1 CHECK (cycle > 0);
ALTER TABLE stamp_event ADD COLUMN cycle int;
ALTER TABLE issued_reward ADD COLUMN card_cycle int;

-- Rewards so far completed their card's cycles in the order they were issued.
UPDATE issued_reward AS r SET card_cycle = n.cycle
FROM (SELECT tenant_id, id, row_number() OVER (PARTITION BY tenant_id, member_id, card_id ORDER BY issued_at, id) AS cycle
      FROM issued_reward WHERE card_id IS NOT NULL) AS n
WHERE r.tenant_id = n.tenant_id AND r.id = n.id;

UPDATE stamp_card AS c SET cycle = 1 + coalesce(
  (SELECT count(*) FROM issued_reward r WHERE r.tenant_id = c.tenant_id AND r.member_id = c.member_id
     AND r.card_id = c.card_id), 0);

-- A stamp went on the cycle its place in the card's running count says.
ALTER TABLE stamp_event DISABLE TRIGGER stamp_event_append_only;
UPDATE stamp_event AS e SET cycle = s.cycle
FROM (SELECT ev.tenant_id, ev.id,
             1 + (sum(ev.delta) OVER (PARTITION BY ev.tenant_id, ev.member_id, ev.card_id ORDER BY ev.id) - 1)
                 / c.stamps_per_reward AS cycle
      FROM stamp_event ev
      JOIN stamp_card c ON c.tenant_id = ev.tenant_id AND c.member_id = ev.member_id AND c.card_id = ev.card_id) AS s
WHERE e.tenant_id = s.tenant_id AND e.id = s.id AND e.delta = 1;
ALTER TABLE stamp_event ENABLE TRIGGER stamp_event_append_only;

-- One ledger line per rule and purchase (or return), instead of one per rule and purchase line. How its points
-- fall to the purchase's lines moves into the line itself (line_nos, line_points: parallel arrays summing to
-- points), so a return still takes back exactly what the returned lines earned. A purchase of four lines under
-- a spend rule writes one ledger row and its index entries instead of four.

-- PL/pgSQL rather than SQL: a SQL function with a FROM clause cannot be inlined and is parsed and planned again
-- in every statement that calls it; this one is compiled once per session.
CREATE FUNCTION vafa_sum(bigint[]) RETURNS bigint
  LANGUAGE plpgsql IMMUTABLE STRICT
  AS $$
DECLARE
  total bigint := 0;
  x bigint;
BEGIN
  FOREACH x IN ARRAY $1 LOOP
    total := total + x;
  END LOOP;
  RETURN total;
END $$;

ALTER TABLE ledger_line ADD COLUMN line_nos int[], ADD COLUMN line_points bigint[];

-- Lines written before this version each carried one purchase line: they become one-element attributions.
ALTER TABLE ledger_line DISABLE TRIGGER ledger_line_append_only;
UPDATE ledger_line SET line_nos = ARRAY[line_no], line_points = ARRAY[points] WHERE line_no IS NOT NULL;
ALTER TABLE ledger_line ENABLE TRIGGER ledger_line_append_only;

ALTER TABLE ledger_line DROP COLUMN line_no;
-- Every term is spelled out as non-null: a CHECK that comes out NULL passes.
ALTER TABLE ledger_line ADD CONSTRAINT ledger_line_attribution CHECK (
  (line_nos IS NULL AND line_points IS NULL)
  OR (line_nos IS NOT NULL AND line_points IS NOT NULL AND purchase_id IS NOT NULL
      AND cardinality(line_nos) > 0
      AND cardinality(line_nos) = cardinality(line_points)
      AND array_position(line_nos, NULL) IS NULL
      AND array_position(line_points, NULL) IS NULL
      AND vafa_sum(line_points) = points));

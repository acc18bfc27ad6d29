-- When the bench program's points expire (deploy/bench/retail-program.json: at the end of the Jalali year they were
-- earned in), for the SQL that writes lots straight into the tables (history.sql, expiry.sql). Session functions
-- (pg_temp), included with \ir.
--
-- Nowruz (1 Farvardin) of Jalali year y by ICU4J's arithmetic rule, which the application's PersianCalendar uses:
-- 365 (y - 1) + floor((8 y + 21) / 33) days from the calendar's epoch, written here from 1 Farvardin 1404 =
-- 2025-03-21. It agrees with ICU4J for 1380-1430; run.sh also compares it with the expiry that the smoke
-- purchase's receipt states, and stops if they differ.
CREATE FUNCTION pg_temp.nowruz(y int) RETURNS date LANGUAGE sql IMMUTABLE
  AS $$ SELECT date '2025-03-21' + 365 * (y - 1404) + (8 * y + 21) / 33 - 341 $$;

-- The Jalali year a day falls in (Nowruz falls in March of Gregorian year y + 621).
CREATE FUNCTION pg_temp.jalali_year(d date) RETURNS int LANGUAGE sql IMMUTABLE
  AS $$ SELECT extract(year FROM d)::int - CASE WHEN d >= pg_temp.nowruz(extract(year FROM d)::int - 621) THEN 621 ELSE 622 END $$;

-- The first instant of the Jalali year an instant falls in, in the zone.
CREATE FUNCTION pg_temp.jalali_year_start(at timestamptz, zone text) RETURNS timestamptz LANGUAGE sql STABLE
  AS $$ SELECT pg_temp.nowruz(pg_temp.jalali_year((at AT TIME ZONE zone)::date))::timestamp AT TIME ZONE zone $$;

-- The first instant after it: when points earned at that instant expire.
CREATE FUNCTION pg_temp.jalali_year_end(at timestamptz, zone text) RETURNS timestamptz LANGUAGE sql STABLE
  AS $$ SELECT pg_temp.nowruz(pg_temp.jalali_year((at AT TIME ZONE zone)::date) + 1)::timestamp AT TIME ZONE zone $$;

-- Indexes FerretDB 1.24 can use, applied by stack.sh to FerretDB's PostgreSQL database at every `up`
-- (idempotent; `psql -v dbname=<database> -f`). Local stack only: production runs MongoDB, which uses the schemas' own indexes.
--
-- FerretDB pushes a plain equality filter ({field: value}, the `_id` of every update and every
-- look-up by id included) down to PostgreSQL as `WHERE _jsonb -> $1 @> $2`, with the field name
-- as a parameter. The indexes it creates for createIndexes are b-trees on `(_jsonb -> 'field')`,
-- which `@>` cannot use, and in a generic plan `_jsonb -> $1` matches no index at all: every
-- query reads the whole table. Two changes let PostgreSQL use an index for them:
--   1. plans are made for the actual parameters (plan_cache_mode = force_custom_plan), so the
--      filter becomes `_jsonb -> 'field' @> value`;
--   2. each b-tree FerretDB creates on fields gets a GIN twin on the same expressions (a GIN
--      index serves `@>`, also "an array field contains this value"), made by an event trigger as
--      FerretDB creates the b-tree, and for indexes made before this file was applied.
-- FerretDB's answers do not change (it still filters every row it gets); only fewer rows are read.

SET client_min_messages = warning;

ALTER DATABASE :"dbname" SET plan_cache_mode = force_custom_plan;
-- FerretDB's statements are small look-ups or whole-table reads it filters itself; compiling them
-- (JIT, for plans above jit_above_cost, e.g. a scan of 100,000 rows) added ~85 ms to a query that
-- took a few ms to run.
ALTER DATABASE :"dbname" SET jit = off;

-- The GIN twin of one index, when it is a b-tree whose keys are all `_jsonb -> '<field>'`.
CREATE OR REPLACE FUNCTION qz_gin_twin(btree regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  tbl regclass;
  keys int;
  key text;
  exprs text[] := ARRAY[]::text[];
BEGIN
  SELECT i.indrelid::regclass, i.indnkeyatts INTO tbl, keys
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_am a ON a.oid = c.relam
   WHERE i.indexrelid = btree AND a.amname = 'btree';
  IF tbl IS NULL THEN
    RETURN;
  END IF;
  FOR k IN 1..keys LOOP
    key := pg_get_indexdef(btree, k, true);
    IF key !~ '^\(_jsonb -> ''[A-Za-z0-9_.$-]+''::text\)$' THEN
      RETURN; -- not one of FerretDB's field indexes
    END IF;
    exprs := exprs || key;
  END LOOP;
  EXECUTE format(
    'CREATE INDEX IF NOT EXISTS %I ON %s USING gin (%s)',
    (SELECT left(relname, 40) || '_' || left(md5(relname), 8) || '_gin' FROM pg_class WHERE oid = btree),
    tbl,
    array_to_string(exprs, ', ')
  );
END
$$;

CREATE OR REPLACE FUNCTION qz_gin_twins_of_new_indexes() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  created record;
BEGIN
  FOR created IN
    SELECT objid FROM pg_event_trigger_ddl_commands()
     WHERE command_tag = 'CREATE INDEX' AND object_type = 'index'
  LOOP
    PERFORM qz_gin_twin(created.objid::regclass);
  END LOOP;
END
$$;

DROP EVENT TRIGGER IF EXISTS qz_gin_twins;
CREATE EVENT TRIGGER qz_gin_twins ON ddl_command_end
  WHEN TAG IN ('CREATE INDEX')
  EXECUTE FUNCTION qz_gin_twins_of_new_indexes();

-- Twins of the indexes made before (a store kept from an earlier version, a restored backup).
SELECT qz_gin_twin(i.indexrelid::regclass)
  FROM pg_index i
  JOIN pg_class t ON t.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'public')
   AND n.nspname NOT LIKE 'pg\_%';

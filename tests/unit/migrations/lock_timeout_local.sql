-- SET LOCAL lasts until COMMIT: the second ALTER has no lock_timeout any more.
-- expect: 8:1 warning missing-lock-timeout
-- expect: 12:1 warning missing-lock-timeout
BEGIN;
SET LOCAL lock_timeout = '1s';
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
ALTER TABLE orders ADD COLUMN note2 text;
SELECT set_config('lock_timeout', '3s', false);
ALTER TABLE orders ADD COLUMN note3 text;
SET lock_timeout = 0;
ALTER TABLE orders ALTER COLUMN note3 SET DEFAULT '';

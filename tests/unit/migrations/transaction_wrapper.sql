-- BEGIN/COMMIT wrappers are statements too; CONCURRENTLY cannot run inside one.
-- expect: 6:1 error concurrently-in-transaction
BEGIN;
SET LOCAL lock_timeout = '1s';
ALTER TABLE orders ADD COLUMN note text;
CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);
COMMIT;

-- Several statements on one line: each finding points at its own statement.
-- expect: 4:24 error drop-column
-- expect: 4:53 error rename-column
SET lock_timeout='1s'; ALTER TABLE a DROP COLUMN b; ALTER TABLE c RENAME d TO e; SELECT 1;
    CREATE INDEX ON a (x);CREATE INDEX ON c (y);
-- expect: 5:5 error create-index-non-concurrent
-- expect: 5:27 error create-index-non-concurrent

-- expect: 4:1 error drop-table
-- expect: 4:1 warning missing-lock-timeout
-- No lock_timeout: the ACCESS EXCLUSIVE lock can queue every query on the table.
DROP TABLE IF EXISTS audit_old;

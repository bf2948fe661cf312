-- A brief ACCESS EXCLUSIVE lock without lock_timeout is a warning, not an error.
-- expect: 3:1 warning missing-lock-timeout
ALTER TABLE orders ADD COLUMN note text;

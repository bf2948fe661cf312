-- options: contract
-- In a contract release breaking old code is expected (info), but rewrites still count.
-- expect: 6:1 info drop-column
-- expect: 7:1 error change-column-type
SET lock_timeout = '1s';
ALTER TABLE users DROP COLUMN legacy_email;
ALTER TABLE users ALTER COLUMN id TYPE bigint;

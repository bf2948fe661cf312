-- expect: 3:1 error change-column-type
SET lock_timeout = '1s';
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12, 2) USING amount::numeric;

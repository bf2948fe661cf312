-- expect: 3:1 error rename-column
SET lock_timeout = '1s';
ALTER TABLE orders RENAME COLUMN total TO total_cents;

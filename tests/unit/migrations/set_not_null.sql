-- expect: 3:1 error set-not-null
SET lock_timeout = '1s';
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;

-- Build the index concurrently (its own migration in practice), then attach it: a brief lock.
-- expect: none
CREATE UNIQUE INDEX CONCURRENTLY orders_reference_idx ON orders (reference);
SET lock_timeout = '1s';
ALTER TABLE orders ADD CONSTRAINT orders_reference_key UNIQUE USING INDEX orders_reference_idx;

-- The safe order: CHECK ... NOT VALID, VALIDATE, then SET NOT NULL (no scan in PostgreSQL 12+).
-- expect: none
SET lock_timeout = '1s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_nn CHECK (customer_id IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_nn;
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_customer_nn;

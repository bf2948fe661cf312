-- expect: 3:1 error add-check-constraint
SET lock_timeout = '1s';
ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0);

-- expect: none
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_ref_idx ON shop.orders (reference);

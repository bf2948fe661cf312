-- expect: 3:1 error create-index-non-concurrent
-- expect: 4:1 error create-index-non-concurrent
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE UNIQUE INDEX ON shop.orders (reference);

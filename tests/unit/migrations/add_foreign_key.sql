-- expect: 3:1 error add-foreign-key
SET lock_timeout = '1s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);

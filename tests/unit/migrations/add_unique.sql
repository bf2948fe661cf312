-- expect: 4:1 error add-unique-constraint
-- expect: 5:1 error add-primary-key
SET lock_timeout = '1s';
ALTER TABLE orders ADD CONSTRAINT orders_reference_key UNIQUE (reference);
ALTER TABLE line_items ADD PRIMARY KEY (id);

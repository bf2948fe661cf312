-- Objects created earlier in the same migration are not "existing".
-- expect: none
CREATE TABLE invoices (id bigint GENERATED ALWAYS AS IDENTITY, customer_id bigint, total int);
CREATE INDEX invoices_customer_idx ON invoices (customer_id);
ALTER TABLE invoices ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE invoices ADD CONSTRAINT invoices_total_check CHECK (total >= 0);
ALTER TABLE invoices ADD PRIMARY KEY (id);
ALTER TABLE invoices ALTER COLUMN total SET NOT NULL;
ALTER TABLE invoices ALTER COLUMN total TYPE bigint;
ALTER TABLE invoices ADD COLUMN token uuid DEFAULT gen_random_uuid();
ALTER TABLE invoices DROP COLUMN token;
ALTER TABLE invoices RENAME TO bills;
CREATE INDEX bills_total_idx ON bills (total);
TRUNCATE bills;
DROP TABLE bills;

-- DROP INDEX without CONCURRENTLY: a brief ACCESS EXCLUSIVE on the table, which queues every
-- query while it waits; CONCURRENTLY is clean, and an index created earlier in the file is not
-- "existing".
-- expect: 7:1 warning drop-index-non-concurrent
-- expect: 7:1 warning missing-lock-timeout
-- expect: 11:46 error concurrently-in-transaction
DROP INDEX shop.orders_reference_idx;
DROP INDEX CONCURRENTLY IF EXISTS orders_customer_idx;
CREATE TABLE scratch (id int);
BEGIN;
CREATE INDEX scratch_id_idx ON scratch (id); DROP INDEX CONCURRENTLY scratch_id_idx;
COMMIT;
CREATE INDEX tmp_idx ON scratch (id);
DROP INDEX tmp_idx;

-- Columns count characters, not bytes: ünïcödé, 日本語.
-- expect: 4:22 error drop-table
SET lock_timeout = '1s';
SELECT 'ünïcödé 日本'; DROP TABLE t;

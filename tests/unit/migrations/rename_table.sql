-- expect: 3:1 error rename-table
SET lock_timeout = '1s';
ALTER TABLE customers RENAME TO clients;

-- expect: 3:1 error add-required-column
SET lock_timeout = '1s';
ALTER TABLE events ADD COLUMN tenant_id bigint NOT NULL;

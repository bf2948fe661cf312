-- Dropping a column of an existing table breaks old code.
-- expect: 4:1 error drop-column
SET lock_timeout = '2s';
ALTER TABLE public.users DROP COLUMN legacy_email;

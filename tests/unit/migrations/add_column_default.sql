-- Volatile defaults rewrite the table; constants and STABLE now()/CURRENT_TIMESTAMP do not (PG 11+).
-- expect: 8:1 error add-column-volatile-default
-- expect: 9:1 error add-column-volatile-default
-- expect: 10:1 error add-column-volatile-default
-- expect: 11:1 error add-column-volatile-default
-- expect: 12:1 error add-column-volatile-default
SET lock_timeout = '1s';
ALTER TABLE events ADD COLUMN r double precision DEFAULT random();
ALTER TABLE events ADD COLUMN uid uuid DEFAULT gen_random_uuid();
ALTER TABLE events ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp();
ALTER TABLE events ADD COLUMN seq bigserial;
ALTER TABLE events ADD COLUMN token text DEFAULT md5(random()::text);
ALTER TABLE events ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE events ADD COLUMN updated_at timestamptz DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE events ADD COLUMN status text NOT NULL DEFAULT 'new';
ALTER TABLE events ADD COLUMN note text;

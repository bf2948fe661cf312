-- SQL inside dollar-quoted bodies is not executed by the migration.
-- expect: none
CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DROP TABLE users; -- only when called
    EXECUTE 'ALTER TABLE orders DROP COLUMN total';
END
$$;
CREATE FUNCTION tagged() RETURNS text LANGUAGE sql AS $body$ SELECT 'TRUNCATE orders; $$ DROP TABLE x $$' $body$;
SELECT $q$DROP TABLE users;$q$ AS not_a_statement;

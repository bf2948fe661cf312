-- A DO block's body is one string for the parser: reported as not analysed (info), nothing else.
-- expect: 3:1 info do-block
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'tmp') THEN
        DROP TABLE tmp;
    END IF;
END
$$;

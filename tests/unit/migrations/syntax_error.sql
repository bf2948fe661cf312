-- expect-error: 4:17
CREATE TABLE ok_table (id int);
-- The next statement misspells FROM.
SELECT 'é' AS x FRM ok_table;

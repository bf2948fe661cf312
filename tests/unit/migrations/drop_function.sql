-- expect: 2:1 error drop-function
DROP FUNCTION billing.compute_total(integer);
-- A function created earlier in the same set may be dropped.
CREATE FUNCTION tmp_helper() RETURNS int LANGUAGE sql AS 'select 1';
DROP FUNCTION tmp_helper();

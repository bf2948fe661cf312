-- VACUUM FULL and CLUSTER rewrite the table under ACCESS EXCLUSIVE; REINDEX without
-- CONCURRENTLY blocks writes. Plain VACUUM, VACUUM (FULL false) and REINDEX CONCURRENTLY are fine.
-- expect: 9:1 error vacuum-full
-- expect: 10:1 error vacuum-full
-- expect: 11:1 error cluster
-- expect: 12:1 error reindex-non-concurrent
-- expect: 13:1 error reindex-non-concurrent
VACUUM orders;
VACUUM FULL orders;
VACUUM (FULL, ANALYZE) shop.orders;
CLUSTER orders USING orders_pkey;
REINDEX TABLE orders;
REINDEX INDEX orders_pkey;
REINDEX TABLE CONCURRENTLY orders;
VACUUM (FULL false) orders;
CREATE TABLE fresh (id int);
VACUUM FULL fresh;
CLUSTER fresh USING fresh_pkey;
REINDEX TABLE fresh;

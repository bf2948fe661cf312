-- DROP TABLE users;
/* ALTER TABLE orders DROP COLUMN total;
   /* nested: TRUNCATE orders; */ still a comment: DROP TABLE x; */
-- expect: 7:31 error drop-table
-- expect: 7:31 warning missing-lock-timeout
CREATE TABLE notes (id int); -- CREATE INDEX ON orders (id);
/* leading comment on line */ DROP TABLE old_notes; -- trailing DROP TABLE y;

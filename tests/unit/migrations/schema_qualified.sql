-- app.items is new; public.items, other.items and items (= public.items) exist.
-- expect: 6:1 error create-index-non-concurrent
-- expect: 7:1 error create-index-non-concurrent
CREATE TABLE app.items (id int, name text);
CREATE INDEX ON app.items (name);
CREATE INDEX ON other.items (name);
CREATE INDEX ON items (name);
CREATE TABLE staging (id int);
CREATE INDEX ON public.staging (id);

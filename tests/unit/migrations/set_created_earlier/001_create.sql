-- A migration set: 002 works on the table this file creates, so nothing is flagged.
-- expect: none
CREATE TABLE IF NOT EXISTS shop.carts (id bigint PRIMARY KEY, user_id bigint, total int);
CREATE FUNCTION shop.cart_token() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;

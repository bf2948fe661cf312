-- expect: 7:1 error add-column-volatile-default
CREATE INDEX carts_user_idx ON shop.carts (user_id);
ALTER TABLE shop.carts ADD CONSTRAINT carts_total_check CHECK (total >= 0);
ALTER TABLE shop.carts ADD COLUMN token text DEFAULT shop.cart_token();
SET lock_timeout = '1s';
-- A function created in the set is known to be VOLATILE: on an existing table that rewrites.
ALTER TABLE shop.orders ADD COLUMN token text DEFAULT shop.cart_token();

-- expect: 3:1 error unbounded-update
-- A bounded batch is fine.
UPDATE orders SET status = 'open';
UPDATE orders SET status = 'open' WHERE id BETWEEN 1 AND 10000;

-- expect: 3:1 error truncate
SET lock_timeout = '1s';
TRUNCATE TABLE sessions;

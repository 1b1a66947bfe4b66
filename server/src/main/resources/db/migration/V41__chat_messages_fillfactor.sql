-- A delivery receipt updates each message once, setting delivered_at, which no index covers. Room left
-- in every page lets PostgreSQL make that a HOT update (new row version on the same page, no new index
-- entries in the message table's four indexes) instead of a full one. Applies to pages written from now on.
ALTER TABLE chat_messages SET (fillfactor = 80);

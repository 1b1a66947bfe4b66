-- Message order without a lock per conversation. Until now a batch locked its conversations and bumped
-- their last_seq until it committed, so replicas storing into the same conversations queued behind each
-- other's commits. seq now comes from one sequence, taken without a lock: unique, increasing within every
-- conversation (with gaps), and the order both participants see (messages carry it; clients sort by it).
CREATE SEQUENCE chat_message_seq OWNED BY chat_messages.seq;
SELECT setval('chat_message_seq', coalesce((SELECT max(seq) FROM chat_messages), 0) + 1, false);

-- the conversation list orders by its newest message instead of columns every send had to update
ALTER TABLE chat_conversations DROP COLUMN last_seq, DROP COLUMN last_message_at;

-- The sender is always one of the conversation's pair, whose rows cascade already: this key only cost a
-- key-share lock on the sender's user row for every message stored.
ALTER TABLE chat_messages DROP CONSTRAINT chat_messages_sender_id_fkey;

-- Receipts as marks, one row per participant and conversation, instead of timestamps on every message.
-- A message to a reader is DELIVERED when its seq is at most the reader's delivered_seq, SEEN when at most
-- seen_seq (seen_seq <= delivered_seq): a receipt moves a mark forward, never back. Every delivery receipt used
-- to write a new version of its message's row, so the message table needed vacuuming as fast as it grew; now
-- messages are only ever inserted and a receipt updates one small row.
CREATE TABLE chat_receipts (
    conversation_id uuid   NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
    reader_id       uuid   NOT NULL,
    delivered_seq   bigint NOT NULL DEFAULT 0,
    seen_seq        bigint NOT NULL DEFAULT 0,
    -- where the mark an update moved was before it (set by that update, which returns it): one statement
    -- moves a mark and knows which messages it passed, without locking the row first
    moved_from      bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (conversation_id, reader_id),
    CONSTRAINT chat_receipts_seen_delivered CHECK (seen_seq <= delivered_seq)
) WITH (fillfactor = 50); -- room on every page for the marks' new versions beside the old (HOT updates)

INSERT INTO chat_receipts (conversation_id, reader_id, delivered_seq, seen_seq)
SELECT c.id, p.reader_id,
       coalesce((SELECT max(m.seq) FROM chat_messages m WHERE m.conversation_id = c.id
                 AND m.sender_id <> p.reader_id AND (m.delivered_at IS NOT NULL OR m.seen_at IS NOT NULL)), 0),
       coalesce((SELECT max(m.seq) FROM chat_messages m WHERE m.conversation_id = c.id
                 AND m.sender_id <> p.reader_id AND m.seen_at IS NOT NULL), 0)
FROM chat_conversations c
CROSS JOIN LATERAL (VALUES (c.user_a), (c.user_b)) AS p (reader_id);

-- every conversation has both participants' marks from its first moment, whoever creates it
CREATE FUNCTION chat_conversation_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO chat_receipts (conversation_id, reader_id) VALUES (NEW.id, NEW.user_a), (NEW.id, NEW.user_b);
    RETURN NEW;
END
$$;

CREATE TRIGGER chat_conversation_created AFTER INSERT ON chat_conversations
    FOR EACH ROW EXECUTE FUNCTION chat_conversation_created();

DROP INDEX chat_messages_unseen;
ALTER TABLE chat_messages DROP COLUMN delivered_at, DROP COLUMN seen_at;
-- nothing updates a message any more: pages can be filled
ALTER TABLE chat_messages SET (fillfactor = 100);

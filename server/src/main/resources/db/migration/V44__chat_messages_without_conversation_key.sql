-- The conversation's foreign key checked every stored message with a key-share lock on its conversation's
-- row, and the two participants' messages are stored by different replicas at once, so those locks were
-- often shared (a MultiXact). Who may write into which conversation is checked before storing, against
-- conversations read from this table; conversations are never deleted but with a user, and that cascade
-- is kept by the trigger below. (A message stored in the instant its conversation is deleted would stay
-- behind, unreachable: no read path finds messages but through their conversation.)
ALTER TABLE chat_messages DROP CONSTRAINT chat_messages_conversation_id_fkey;

CREATE FUNCTION chat_conversation_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM chat_messages WHERE conversation_id = OLD.id;
    RETURN OLD;
END
$$;

CREATE TRIGGER chat_conversation_deleted AFTER DELETE ON chat_conversations
    FOR EACH ROW EXECUTE FUNCTION chat_conversation_deleted();

-- Chat: one conversation per pair of users, messages in a stable per-conversation order.

-- The pair is stored ordered (user_a < user_b) so "one conversation per pair" is a plain unique key.
-- last_seq is bumped inside the transaction that stores a message: that row lock orders concurrent
-- sends to one conversation, so seq order is commit order and both sides see the same order.
CREATE TABLE chat_conversations (
    id              uuid PRIMARY KEY,
    user_a          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    user_b          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_seq        bigint NOT NULL DEFAULT 0,
    last_message_at timestamptz,
    CONSTRAINT chat_conversations_pair_ordered CHECK (user_a < user_b),
    CONSTRAINT chat_conversations_pair_unique UNIQUE (user_a, user_b)
);
CREATE INDEX chat_conversations_user_b ON chat_conversations (user_b);

-- A conversation has exactly two participants, so the recipient of a message is the participant who
-- did not send it and its delivery/seen state lives on the message itself:
-- delivered_at = first acknowledgement by a device of the recipient, seen_at = the recipient read it.
-- (conversation_id, sender_id, client_id) unique makes a retried send idempotent.
CREATE TABLE chat_messages (
    id              uuid PRIMARY KEY,
    conversation_id uuid NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
    seq             bigint NOT NULL,
    sender_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id       varchar(64) NOT NULL,
    body            text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    seen_at         timestamptz,
    CONSTRAINT chat_messages_seq_unique UNIQUE (conversation_id, seq),
    CONSTRAINT chat_messages_client_unique UNIQUE (conversation_id, sender_id, client_id)
);
-- unread counts and "mark read" only touch the not-yet-seen tail
CREATE INDEX chat_messages_unseen ON chat_messages (conversation_id, sender_id) WHERE seen_at IS NULL;

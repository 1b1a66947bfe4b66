-- Single-use password reset links. Only the SHA-256 of the token is stored, so a leaked table
-- cannot reset anything. A token is spent when used_at is set, and dead after expires_at.
create table password_reset_tokens (
    token_hash text        primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);

create index password_reset_tokens_user_idx on password_reset_tokens (user_id);

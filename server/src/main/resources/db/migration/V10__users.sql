-- Accounts: one row per person who signed up.
--   email          as typed (trimmed); unique case-insensitively through users_email_lower_key
--   username       unique case-insensitively through users_username_lower_key
--   password_hash  Argon2id in PHC string form ($argon2id$v=19$m=...,t=...,p=...$salt$hash)
--   role           CREATOR or BRAND (io.inpact.api.accounts.Role); fixed at sign-up
--   session_version  a session (JWT) carrying a lower "sv" claim is refused; raised by password reset
create table users (
    id                   uuid        primary key,
    email                text        not null,
    username             text        not null,
    password_hash        text        not null,
    role                 text        not null check (role in ('CREATOR', 'BRAND')),
    created_at           timestamptz not null default now(),
    session_version      integer     not null default 0
);

create unique index users_email_lower_key on users (lower(email));
create unique index users_username_lower_key on users (lower(username));

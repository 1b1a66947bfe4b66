-- Uploaded avatars and logos, kept in the database so every replica serves the same bytes.
--   content_type  image/png, image/jpeg or image/webp, decided from the bytes (magic numbers), never the name
--   sha256        hex digest of bytes; the HTTP ETag
--   size_bytes    length of bytes (at most 2 MiB, enforced by the server)
create table images (
    id           uuid        primary key,
    owner_id     uuid        not null references users (id) on delete cascade,
    content_type text        not null check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    sha256       text        not null,
    size_bytes   integer     not null check (size_bytes > 0 and size_bytes <= 2097152),
    bytes        bytea       not null,
    created_at   timestamptz not null default now()
);

create index images_owner_idx on images (owner_id);

-- Applications of creators to campaigns; one per (campaign, creator), enforced by the unique key.
--   status  PENDING -> ACCEPTED | REJECTED | WITHDRAWN (final); changed only under a row lock
create table applications (
    id                 uuid        primary key,
    campaign_id        uuid        not null references campaigns (id) on delete cascade,
    creator_id         uuid        not null references users (id) on delete cascade,
    proposal           text        not null,
    proposed_fee_minor bigint      not null check (proposed_fee_minor > 0),
    status             text        not null check (status in ('PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
    created_at         timestamptz not null default now(),
    decided_at         timestamptz,
    constraint applications_campaign_creator_key unique (campaign_id, creator_id)
);

create index applications_creator_idx on applications (creator_id, created_at desc);
create index applications_campaign_idx on applications (campaign_id, created_at desc);

-- A deal is made when the brand accepts an application; at most one per application (unique key).
--   agreed_fee_minor  the application's proposed fee
--   paid_minor        sum of payments, kept with each payment under the deal's row lock
create table deals (
    id               uuid        primary key,
    application_id   uuid        not null references applications (id) on delete cascade,
    campaign_id      uuid        not null references campaigns (id) on delete cascade,
    brand_id         uuid        not null references users (id) on delete cascade,
    creator_id       uuid        not null references users (id) on delete cascade,
    agreed_fee_minor bigint      not null check (agreed_fee_minor > 0),
    paid_minor       bigint      not null default 0 check (paid_minor >= 0),
    created_at       timestamptz not null default now(),
    constraint deals_application_key unique (application_id)
);

create index deals_brand_idx on deals (brand_id, created_at desc);
create index deals_creator_idx on deals (creator_id, created_at desc);

create table payments (
    id           uuid        primary key,
    deal_id      uuid        not null references deals (id) on delete cascade,
    amount_minor bigint      not null check (amount_minor > 0),
    note         text,
    created_at   timestamptz not null default now()
);

create index payments_deal_idx on payments (deal_id, created_at);

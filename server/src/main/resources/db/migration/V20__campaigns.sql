-- Campaigns a brand publishes.
--   niche                 io.inpact.api.common.Niche name
--   deliverable_*         parallel arrays, one element per deliverable line: Platform name, DeliverableType
--                         name, count (kept as arrays so matching can unnest them without parsing JSON)
--   type_counts           total count per DeliverableType in enum order (VIDEO, SHORT, POST, STORY,
--                         LIVESTREAM, ARTICLE, EPISODE), for pricing a campaign against a creator in SQL
--   age_groups            AgeGroup names the brand wants to reach ({} = any)
--   locations             places as the brand typed them; locations_norm the same lower-cased and trimmed,
--                         compared with the keys of creator_profiles.location_shares
--   min_engagement_rate   percent 0..100
--   budget_*_minor        money in minor units (cents)
--   version               bumped on every edit; part of the match cache keys
--   search                full-text document (title weighted above description), GIN-indexed
create table campaigns (
    id                   uuid          primary key,
    brand_id             uuid          not null references users (id) on delete cascade,
    title                text          not null,
    description          text          not null,
    niche                text          not null,
    deliverable_platforms text[]       not null,
    deliverable_types    text[]        not null,
    deliverable_counts   int[]         not null,
    type_counts          int[]         not null check (cardinality(type_counts) = 7),
    age_groups           text[]        not null default '{}',
    locations            text[]        not null default '{}',
    locations_norm       text[]        not null default '{}',
    min_engagement_rate  numeric(5, 2) not null default 0 check (min_engagement_rate between 0 and 100),
    budget_min_minor     bigint        not null check (budget_min_minor >= 0),
    budget_max_minor     bigint        not null,
    application_deadline date,
    status               text          not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    version              bigint        not null default 1,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    search               tsvector generated always as (
                             setweight(to_tsvector('english', title), 'A')
                             || setweight(to_tsvector('english', description), 'B')) stored,
    check (budget_min_minor <= budget_max_minor),
    check (cardinality(deliverable_types) = cardinality(deliverable_counts)
           and cardinality(deliverable_types) = cardinality(deliverable_platforms))
);

create index campaigns_search_idx on campaigns using gin (search);
create index campaigns_open_created_idx on campaigns (created_at desc) where status = 'OPEN';
create index campaigns_open_niche_idx on campaigns (niche, created_at desc) where status = 'OPEN';
create index campaigns_brand_idx on campaigns (brand_id, created_at desc);

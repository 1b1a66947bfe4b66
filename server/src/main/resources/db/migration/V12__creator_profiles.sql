-- A creator's profile, one row per creator user, written by PUT /api/creators/me/profile.
-- Columns chosen so matching can filter and score in SQL:
--   display_name, bio        free text (bio at most 1000 characters)
--   niches                   text[] of io.inpact.api.common.Niche names, e.g. {FITNESS,FOOD}; GIN-indexed (&&, @>)
--   platforms                jsonb array of {"platform": "YOUTUBE", "handle": "@me", "followers": 120000}
--   platform_names           text[] of the Platform names in platforms (for && / @> filters); GIN-indexed
--   total_followers          bigint, sum of followers over platforms (0 when none)
--   age_shares               jsonb object AgeGroup name -> whole percent, e.g. {"AGE_18_24": 60, "AGE_25_34": 40};
--                            empty {} or summing to 100. Read with (age_shares->>'AGE_18_24')::int
--   location_shares          jsonb object place -> whole percent, e.g. {"India": 70, "USA": 30}; {} or sums to 100
--   engagement_rate          numeric(5,2) percent 0..100, null = not given
--   average_views            bigint, null = not given
--   average_attention_seconds integer, null = not given
--   price_expectations       jsonb object DeliverableType name -> price in MINOR units (cents) as a JSON number,
--                            e.g. {"VIDEO": 150000} = "1500.00". Read with (price_expectations->>'VIDEO')::bigint
--   avatar_image_id          images.id of the profile picture, null = none
--   complete                 true when all of the above that matching needs is given (AccountRules.creatorComplete)
create table creator_profiles (
    user_id                   uuid        primary key references users (id) on delete cascade,
    display_name              text,
    bio                       text,
    niches                    text[]      not null default '{}',
    platforms                 jsonb       not null default '[]',
    platform_names            text[]      not null default '{}',
    total_followers           bigint      not null default 0,
    age_shares                jsonb       not null default '{}',
    location_shares           jsonb       not null default '{}',
    engagement_rate           numeric(5, 2) check (engagement_rate between 0 and 100),
    average_views             bigint      check (average_views >= 0),
    average_attention_seconds integer     check (average_attention_seconds >= 0),
    price_expectations        jsonb       not null default '{}',
    avatar_image_id           uuid        references images (id) on delete set null,
    complete                  boolean     not null default false,
    updated_at                timestamptz not null default now()
);

create index creator_profiles_niches_idx on creator_profiles using gin (niches);
create index creator_profiles_platform_names_idx on creator_profiles using gin (platform_names);

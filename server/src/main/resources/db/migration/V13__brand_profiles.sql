-- A brand's profile, one row per brand user, written by PUT /api/brands/me/profile.
--   company_name, industry, website   free text (website http(s) URL)
--   target_niches            text[] of Niche names the brand wants to reach; GIN-indexed
--   target_age_groups        text[] of AgeGroup names
--   target_locations         text[] of free-text places
--   target_platforms         text[] of Platform names
--   budget_min_minor, budget_max_minor  typical budget per campaign in MINOR units (cents), null = not given
--   logo_image_id            images.id of the logo, null = none
--   complete                 AccountRules.brandComplete
create table brand_profiles (
    user_id           uuid        primary key references users (id) on delete cascade,
    company_name      text,
    industry          text,
    website           text,
    target_niches     text[]      not null default '{}',
    target_age_groups text[]      not null default '{}',
    target_locations  text[]      not null default '{}',
    target_platforms  text[]      not null default '{}',
    budget_min_minor  bigint      check (budget_min_minor >= 0),
    budget_max_minor  bigint      check (budget_max_minor >= 0),
    logo_image_id     uuid        references images (id) on delete set null,
    complete          boolean     not null default false,
    updated_at        timestamptz not null default now(),
    check (budget_min_minor is null or budget_max_minor is null or budget_min_minor <= budget_max_minor)
);

create index brand_profiles_target_niches_idx on brand_profiles using gin (target_niches);

-- Matching reads one flat row per creator instead of parsing profile JSON for every pair, so ranking
-- 10,000 creators for a campaign is plain arithmetic over columns. Only creators who chose a niche
-- (i.e. started their profile) are matched. The rows are derived data: triggers
-- rebuild a creator's row whenever their profile or measured metrics change, in the same transaction.
--   name             display name, else username
--   age_*            audience share in percent per io.inpact.api.common.AgeGroup (0 when not given)
--   engagement_rate  percent: measured from portfolio posts when there are any, else the profile's figure
--   engagement_from_posts  which of the two it is
--   typical_views    average views: measured when there are posts, else the profile's figure
--   recent_*         posts of the last 90 days (creator_metrics)
--   price_*          price expectation in minor units per io.inpact.api.common.DeliverableType, null = not given
create table creator_match_features (
    creator_id            uuid             primary key references users (id) on delete cascade,
    name                  text             not null,
    niches                text[]           not null,
    followers             bigint           not null,
    age_13_17             double precision not null,
    age_18_24             double precision not null,
    age_25_34             double precision not null,
    age_35_44             double precision not null,
    age_45_54             double precision not null,
    age_55_plus           double precision not null,
    engagement_rate       double precision,
    engagement_from_posts boolean          not null,
    typical_views         double precision,
    recent_posts          int              not null,
    recent_views          double precision not null,
    price_video           double precision,
    price_short           double precision,
    price_post            double precision,
    price_story           double precision,
    price_livestream      double precision,
    price_article         double precision,
    price_episode         double precision
);

-- creator_profiles.location_shares, one row per place, lower-cased and trimmed like campaigns.locations_norm
create table creator_match_locations (
    creator_id    uuid             not null references users (id) on delete cascade,
    location_norm text             not null,
    share         double precision not null,
    primary key (creator_id, location_norm)
);
create index creator_match_locations_location_idx on creator_match_locations (location_norm, creator_id, share);

create function refresh_creator_match_features(creator uuid) returns void language plpgsql as $$
begin
    delete from creator_match_locations where creator_id = creator;
    delete from creator_match_features where creator_id = creator;
    insert into creator_match_features
    select p.user_id,
           coalesce(nullif(p.display_name, ''), u.username),
           p.niches,
           p.total_followers,
           coalesce((p.age_shares ->> 'AGE_13_17')::double precision, 0),
           coalesce((p.age_shares ->> 'AGE_18_24')::double precision, 0),
           coalesce((p.age_shares ->> 'AGE_25_34')::double precision, 0),
           coalesce((p.age_shares ->> 'AGE_35_44')::double precision, 0),
           coalesce((p.age_shares ->> 'AGE_45_54')::double precision, 0),
           coalesce((p.age_shares ->> 'AGE_55_PLUS')::double precision, 0),
           case when m.posts > 0 then m.engagement_rate else p.engagement_rate end,
           coalesce(m.posts, 0) > 0,
           case when m.posts > 0 then m.average_views else p.average_views end,
           coalesce(m.recent_posts, 0),
           coalesce(m.recent_average_views, 0),
           (p.price_expectations ->> 'VIDEO')::double precision,
           (p.price_expectations ->> 'SHORT')::double precision,
           (p.price_expectations ->> 'POST')::double precision,
           (p.price_expectations ->> 'STORY')::double precision,
           (p.price_expectations ->> 'LIVESTREAM')::double precision,
           (p.price_expectations ->> 'ARTICLE')::double precision,
           (p.price_expectations ->> 'EPISODE')::double precision
    from creator_profiles p
    join users u on u.id = p.user_id
    left join creator_metrics m on m.creator_id = p.user_id
    where p.user_id = creator and cardinality(p.niches) > 0;
    insert into creator_match_locations (creator_id, location_norm, share)
    select creator, lower(trim(e.key)), sum(e.value::double precision)
    from creator_profiles p, jsonb_each_text(p.location_shares) e
    where p.user_id = creator and cardinality(p.niches) > 0 and jsonb_typeof(p.location_shares) = 'object'
    group by lower(trim(e.key));
end $$;

create function creator_match_inputs_changed() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'creator_profiles' then
        perform refresh_creator_match_features(case when tg_op = 'DELETE' then old.user_id else new.user_id end);
    else
        perform refresh_creator_match_features(case when tg_op = 'DELETE' then old.creator_id else new.creator_id end);
    end if;
    return null;
end $$;

create trigger creator_profiles_match_features after insert or update or delete on creator_profiles
    for each row execute function creator_match_inputs_changed();
create trigger creator_metrics_match_features after insert or update or delete on creator_metrics
    for each row execute function creator_match_inputs_changed();

-- Versions that make up the Redis keys of cached rankings, bumped in the transaction of the change, so
-- a ranking cached before a change is never read after it:
--   match_generations 'creators'   any creator's match features changed
--   match_generations 'campaigns'  any campaign changed
--   creator_match_versions         per creator, bumped with 'creators'
-- Creators ranked for campaign C are keyed by (C, campaigns.version, 'creators'); campaigns ranked for
-- creator X by (X, X's version, 'campaigns').
create table match_generations (
    name  text   primary key,
    value bigint not null
);
insert into match_generations (name, value) values ('creators', 1), ('campaigns', 1);

create table creator_match_versions (
    creator_id uuid   primary key references users (id) on delete cascade,
    version    bigint not null
);

create function bump_creator_match_version() returns trigger language plpgsql as $$
begin
    update match_generations set value = value + 1 where name = 'creators';
    if tg_op <> 'DELETE' then
        insert into creator_match_versions (creator_id, version) values (new.creator_id, 1)
        on conflict (creator_id) do update set version = creator_match_versions.version + 1;
    end if;
    return null;
end $$;

create trigger creator_match_features_version after insert or update or delete on creator_match_features
    for each row execute function bump_creator_match_version();

create function bump_campaign_match_generation() returns trigger language plpgsql as $$
begin
    update match_generations set value = value + 1 where name = 'campaigns';
    return null;
end $$;

create trigger campaigns_match_generation after insert or update or delete on campaigns
    for each statement execute function bump_campaign_match_generation();

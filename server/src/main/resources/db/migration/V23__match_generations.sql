-- Versions that make up the Redis keys of cached match rankings, bumped by triggers in the same
-- transaction as the change, so a ranking cached before a change is never read after it:
--   match_generations 'creators'   any creator profile or creator metrics change
--   match_generations 'campaigns'  any campaign change
--   creator_match_versions         per creator, bumped with 'creators' for that creator
-- A ranking of creators for campaign C is keyed by (C, C.version, creators); a ranking of campaigns for
-- creator X by (X, X's version, campaigns).
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
declare
    creator uuid;
begin
    if tg_table_name = 'creator_profiles' then
        creator := case when tg_op = 'DELETE' then old.user_id else new.user_id end;
    else
        creator := case when tg_op = 'DELETE' then old.creator_id else new.creator_id end;
    end if;
    update match_generations set value = value + 1 where name = 'creators';
    if tg_op <> 'DELETE' then
        insert into creator_match_versions (creator_id, version) values (creator, 1)
        on conflict (creator_id) do update set version = creator_match_versions.version + 1;
    end if;
    return null;
end $$;

create trigger creator_profiles_match_version after insert or update or delete on creator_profiles
    for each row execute function bump_creator_match_version();
create trigger creator_metrics_match_version after insert or update or delete on creator_metrics
    for each row execute function bump_creator_match_version();

create function bump_campaign_match_generation() returns trigger language plpgsql as $$
begin
    update match_generations set value = value + 1 where name = 'campaigns';
    return null;
end $$;

create trigger campaigns_match_generation after insert or update or delete on campaigns
    for each statement execute function bump_campaign_match_generation();

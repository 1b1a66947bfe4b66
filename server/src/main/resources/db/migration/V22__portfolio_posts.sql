-- A creator's published content and the metrics measured from it.
create table portfolio_posts (
    id         uuid        primary key,
    creator_id uuid        not null references users (id) on delete cascade,
    title      text        not null,
    url        text        not null,
    category   text        not null,
    platform   text        not null,
    likes      bigint      not null default 0 check (likes >= 0),
    comments   bigint      not null default 0 check (comments >= 0),
    shares     bigint      not null default 0 check (shares >= 0),
    views      bigint      not null default 0 check (views >= 0),
    posted_at  date        not null default current_date,
    created_at timestamptz not null default now()
);

create index portfolio_posts_creator_idx on portfolio_posts (creator_id, posted_at desc);

-- One row per creator with posts, recomputed by trigger whenever their posts change.
--   engagement_rate  percent: sum(likes + comments + shares) / sum(views) * 100 (0 without views)
--   recent_*         the same over posts of the last 90 days
create table creator_metrics (
    creator_id             uuid          primary key references users (id) on delete cascade,
    posts                  int           not null,
    average_views          bigint        not null,
    engagement_rate        numeric(7, 2) not null,
    recent_posts           int           not null,
    recent_average_views   bigint        not null,
    recent_engagement_rate numeric(7, 2) not null,
    updated_at             timestamptz   not null default now()
);

create function refresh_creator_metrics(creator uuid) returns void language sql as $$
    delete from creator_metrics where creator_id = creator
        and not exists (select 1 from portfolio_posts where creator_id = creator);
    insert into creator_metrics (creator_id, posts, average_views, engagement_rate,
                                 recent_posts, recent_average_views, recent_engagement_rate, updated_at)
    select creator,
           count(*),
           coalesce(round(avg(views)), 0),
           coalesce(round(sum(likes + comments + shares) * 100.0 / nullif(sum(views), 0), 2), 0),
           count(*) filter (where posted_at >= current_date - 90),
           coalesce(round(avg(views) filter (where posted_at >= current_date - 90)), 0),
           coalesce(round(sum(likes + comments + shares) filter (where posted_at >= current_date - 90) * 100.0
                          / nullif(sum(views) filter (where posted_at >= current_date - 90), 0), 2), 0),
           now()
    from portfolio_posts where creator_id = creator
    having count(*) > 0
    on conflict (creator_id) do update set
        posts = excluded.posts, average_views = excluded.average_views,
        engagement_rate = excluded.engagement_rate, recent_posts = excluded.recent_posts,
        recent_average_views = excluded.recent_average_views,
        recent_engagement_rate = excluded.recent_engagement_rate, updated_at = excluded.updated_at;
$$;

create function portfolio_posts_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform refresh_creator_metrics(old.creator_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.creator_id <> old.creator_id) then
        perform refresh_creator_metrics(new.creator_id);
    end if;
    return null;
end $$;

create trigger portfolio_posts_metrics after insert or update or delete on portfolio_posts
    for each row execute function portfolio_posts_changed();

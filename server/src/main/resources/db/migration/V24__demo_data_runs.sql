-- One row once DEMO_DATA=true has seeded this database, so it is never seeded twice.
create table demo_data_runs (
    seeded_at timestamptz not null default now(),
    brands    int         not null,
    creators  int         not null,
    campaigns int         not null
);

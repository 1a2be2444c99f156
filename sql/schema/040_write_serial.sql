-- One row that every write transaction bumps. In a DuckLake (many writers, optimistic commits)
-- it makes any two overlapping write transactions conflict, so the later one runs again and
-- sees the other's rows (no actor or outlet inserted twice); in a DuckDB file it costs nothing.
create table write_serial (n bigint not null);
insert into write_serial values (0);

-- What scopes each figure inside its article (tasks/core/events/scope.py): whether it can dispute
-- another figure at all (kind), the places and targets that may narrow it to an incident, running-
-- toll wording, and a period or year outside the story's own time. Written with the figures (load,
-- re-extraction); the events step fills in figures whose row is missing or of an older version.
create table figure_scopes (
    figure_id      varchar primary key,
    article_id     varchar not null,
    kind           varchar not null,      -- count | breakdown | projection | rate | not_people
    places         varchar[] not null,    -- places and targets in the figure's clause, normalised
    context_places varchar[] not null,    -- named places in the sentences just before it
    running        boolean not null,
    period         varchar,               -- month:9 | year:2009 | century:14 | past
    anchor         varchar,               -- yesterday | today | monday .. sunday | last week | this week
    quantity       varchar,               -- what within the measure: hostages | prisoners | bodies moved
    year           integer,               -- the year the figure is about, when the text says so
    reason         varchar not null,
    scope_version  varchar not null
);

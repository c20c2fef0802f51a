-- Follow-up (issue #18): what the steering group notes after a break (what worked, what did not), one text per
-- break of the calendar. About the effort and places, never about named people (checked by the service).
create table break_evaluation (
    calendar_item_id bigint      primary key references calendar_item (id) on delete cascade,
    notes            text        not null check (length(notes) <= 4000),
    updated_by       bigint references app_user (id) on delete set null,
    updated_at       timestamptz not null,
    version          int         not null default 0
);

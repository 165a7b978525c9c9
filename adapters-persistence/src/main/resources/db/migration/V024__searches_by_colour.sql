-- Saved searches may ask for a colour (catalogue codes, as they ask for a fuel). A vehicle's colour
-- stays free text (color), compared as a code as its brand is ('Pearl White' is pearl_white).

alter table preferences add column colours text[] not null default '{}';

-- A required colour pushed into SQL (JdbiMatchCandidates): the vehicle's colour as a catalogue
-- code, the expression V016 indexes for the brand.
create index vehicles_color_code_idx
    on vehicles ((regexp_replace(lower(color), '[[:space:]-]+', '_', 'g')));

-- A changed trade's searches are pruned on the vehicle's colour too (JdbiSearchesFitting), as V023
-- prunes on fuels: '*' where the criterion is not required or not set.
alter table preferences
    add column req_colours text[] generated always as (
        case when 'colours' = any(required) and cardinality(colours) > 0
            then colours else '{*}' end) stored;

create index preferences_req_colours_idx on preferences using gin (req_colours) where not paused;

-- Issue 4 (part): the service areas of A17 ("社区服务、环境保护、活动集会、应急救援、弱势群体帮扶等") as a list the city
-- bureau extends. The five named by A17 are built in; their names come from the resource files.

CREATE TABLE IF NOT EXISTS service_categories
(
    code         text NOT NULL PRIMARY KEY,
    name_zh      text NOT NULL,
    name_en      text NOT NULL,
    built_in     boolean NOT NULL,
    sort_order   integer NOT NULL,
    created_utc  timestamptz NOT NULL
);

INSERT INTO service_categories (code, name_zh, name_en, built_in, sort_order, created_utc) VALUES
    ('CommunityService', '社区服务', 'Community service', true, 1, '2026-01-01T00:00:00Z'),
    ('EnvironmentalProtection', '环境保护', 'Environmental protection', true, 2, '2026-01-01T00:00:00Z'),
    ('EventsAndGatherings', '活动集会', 'Events and gatherings', true, 3, '2026-01-01T00:00:00Z'),
    ('EmergencyRescue', '应急救援', 'Emergency rescue', true, 4, '2026-01-01T00:00:00Z'),
    ('HelpForVulnerableGroups', '弱势群体帮扶', 'Help for vulnerable groups', true, 5, '2026-01-01T00:00:00Z')
ON CONFLICT (code) DO NOTHING;

-- Issue 4 (part): the service areas of A17 ("社区服务、环境保护、活动集会、应急救援、弱势群体帮扶等") as a list the city
-- bureau extends. The five named by A17 are built in; their names come from the resource files.

CREATE TABLE IF NOT EXISTS service_categories
(
    code         TEXT NOT NULL PRIMARY KEY,
    name_zh      TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    built_in     INTEGER NOT NULL,
    sort_order   INTEGER NOT NULL,
    created_utc  TEXT NOT NULL
);

INSERT INTO service_categories (code, name_zh, name_en, built_in, sort_order, created_utc) VALUES
    ('CommunityService', '社区服务', 'Community service', 1, 1, '2026-01-01T00:00:00.0000000Z'),
    ('EnvironmentalProtection', '环境保护', 'Environmental protection', 1, 2, '2026-01-01T00:00:00.0000000Z'),
    ('EventsAndGatherings', '活动集会', 'Events and gatherings', 1, 3, '2026-01-01T00:00:00.0000000Z'),
    ('EmergencyRescue', '应急救援', 'Emergency rescue', 1, 4, '2026-01-01T00:00:00.0000000Z'),
    ('HelpForVulnerableGroups', '弱势群体帮扶', 'Help for vulnerable groups', 1, 5, '2026-01-01T00:00:00.0000000Z')
ON CONFLICT (code) DO NOTHING;

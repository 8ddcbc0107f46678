-- Issue 14 (part): a keyed fingerprint of the personal-data key the database was written with. Backups carry it, the
-- key itself is kept apart; a node given another key refuses to start instead of writing data nobody can read.
CREATE TABLE IF NOT EXISTS personal_data_key_check
(
    id           integer NOT NULL PRIMARY KEY CHECK (id = 1),
    fingerprint  text    NOT NULL
);

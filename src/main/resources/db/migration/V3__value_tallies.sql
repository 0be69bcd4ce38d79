-- Value distributions tallied while importing: for each column, how many rows have each value, split by
-- the target's value at import time. Exploring reads these instead of scanning the table once per column.
CREATE TABLE value_tally (
    dataset_id   BIGINT  NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    num_value    DOUBLE PRECISION,
    text_value   VARCHAR(1000000),
    target_value VARCHAR(4000),
    row_count    BIGINT  NOT NULL
);
CREATE INDEX ix_value_tally ON value_tally (dataset_id, position);

-- Which target column the tallies were split by (null: none was chosen at import).
ALTER TABLE dataset ADD COLUMN tally_target VARCHAR(400);
-- Positions whose tallies were not kept (too many distinct values): exploring falls back to SQL.
ALTER TABLE dataset ADD COLUMN untallied VARCHAR(4000);

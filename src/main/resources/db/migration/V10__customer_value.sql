-- Customer value is the user's choice (finding M5): the currency of the value column and whether it holds a lifetime
-- value or a monthly amount projected over a number of months, stored with each segment; and the choice made for a
-- dataset, which the next segment of that dataset starts from. Segments saved before: a lifetime value, in reais when
-- the column's name ended in _brl (what the screen showed then).
ALTER TABLE segment ADD COLUMN value_currency VARCHAR(3) DEFAULT '' NOT NULL;
ALTER TABLE segment ADD COLUMN value_basis VARCHAR(10) DEFAULT 'LIFETIME' NOT NULL;
ALTER TABLE segment ADD COLUMN value_months INTEGER DEFAULT 1 NOT NULL;
UPDATE segment SET value_currency = 'BRL' WHERE LOWER(value_column) LIKE '%\_brl' ESCAPE '\';

CREATE TABLE dataset_value (
    dataset_name VARCHAR(200) NOT NULL PRIMARY KEY,
    value_column VARCHAR(200) NOT NULL,
    currency     VARCHAR(3)   NOT NULL,
    basis        VARCHAR(10)  NOT NULL,
    months       INTEGER      NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

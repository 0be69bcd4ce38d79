-- A column's display label (issue 12): how charts, drivers, reasons, exports and briefs name the column. NULL means
-- the label humanised from the name ("days_since_last_order" reads "Days since last order"). Recorded with the
-- dataset version like a role change; a new version of the same dataset starts with the labels of the one before.
ALTER TABLE dataset_column ADD COLUMN label VARCHAR(200);
-- A column's type can be changed after import (issue 12 M17, issue 13: `columns set --type`): a number code read as
-- a category, or categories that are numbers read as numbers. The stored values keep the type they were imported
-- with; reads cast them (docs/adr/0021). imported_type is that stored type, as type was before any change.
ALTER TABLE dataset_column ADD COLUMN imported_type VARCHAR(20);
UPDATE dataset_column SET imported_type = type;
ALTER TABLE dataset_column ALTER COLUMN imported_type SET NOT NULL;
-- (V13 and V14 are taken by work on other branches.)

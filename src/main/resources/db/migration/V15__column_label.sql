-- A column's display label (issue 12): how charts, drivers, reasons, exports and briefs name the column. NULL means
-- the label humanised from the name ("days_since_last_order" reads "Days since last order"). Recorded with the
-- dataset version like a role change; a new version of the same dataset starts with the labels of the one before.
-- (V13 and V14 are taken by work on other branches.)
ALTER TABLE dataset_column ADD COLUMN label VARCHAR(200);

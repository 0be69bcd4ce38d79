-- The role a column had when its version was imported, so that a role changed since (a warning's "ignore in
-- models", or the user's own choice) can be listed as an applied fix and undone. Versions imported before: their
-- role as it is now (earlier changes cannot be told apart any more).
ALTER TABLE dataset_column ADD COLUMN imported_role VARCHAR(20);
UPDATE dataset_column SET imported_role = role;
ALTER TABLE dataset_column ALTER COLUMN imported_role SET NOT NULL;

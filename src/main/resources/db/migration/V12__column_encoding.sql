-- How a category or text column enters models when the user chose it (issue 13, docs/adr/0016): keep, group-rare,
-- target, frequency or ignore; NULL means the workbench chooses by the column's number of values and the learner.
-- The minimum customers a value needs to stay on its own applies to group-rare only.
ALTER TABLE dataset_column ADD COLUMN encoding VARCHAR(20);
ALTER TABLE dataset_column ADD COLUMN encoding_min_count INT;

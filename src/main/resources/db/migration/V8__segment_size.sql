-- How many customers a segment has (control group included), counted when it is saved, so that the Segments
-- screen can list the saved segments without re-reading their scorings. Segments saved before: 0 (not counted).
ALTER TABLE segment ADD COLUMN customers BIGINT DEFAULT 0 NOT NULL;

-- Category merges decided in Explore ("CC" is "Credit Card"): kept with the dataset version, applied
-- when reading; the imported table itself is never edited.
CREATE TABLE category_merge (
    dataset_id  BIGINT        NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    column_name VARCHAR(400)  NOT NULL,
    from_value  VARCHAR(4000) NOT NULL,
    to_value    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (dataset_id, column_name, from_value)
);

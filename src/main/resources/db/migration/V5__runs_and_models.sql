-- What the Models screen needs to redraw an evaluation after reopening (per-fold metrics, the pooled
-- out-of-fold predictions behind the curves, permutation importance, the readable model), and the models
-- trained for scoring. Older experiments keep NULL payloads: they stay listed, without curves.
ALTER TABLE experiment ADD COLUMN repeats INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE experiment ADD COLUMN train_size BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE experiment ADD COLUMN test_size BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE experiment ADD COLUMN fold_metrics CLOB;
ALTER TABLE experiment ADD COLUMN predictions BLOB;
ALTER TABLE experiment ADD COLUMN importance CLOB;
ALTER TABLE experiment ADD COLUMN details CLOB;

CREATE TABLE trained_model (
    experiment_id BIGINT PRIMARY KEY REFERENCES experiment (id) ON DELETE CASCADE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    schema_json   CLOB     NOT NULL,
    classifier    BLOB     NOT NULL,
    sha256        CHAR(64) NOT NULL
);

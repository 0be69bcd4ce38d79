-- Persuadables first (issue 15 §4, docs/adr/0027): a segment may rank its call list by the predicted uplift of a
-- campaign's uplift model instead of by churn risk. The uplift of each of its customers is stored when the segment is
-- saved, so the call list's order, the campaign arms drawn from it and their checksums never depend on the model being
-- read again. The uplift model may be deleted later: the campaign's name and the uplifts stay.
CREATE TABLE segment_ranking (
    segment_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES segment (id) ON DELETE CASCADE,
    uplift_model_id BIGINT       REFERENCES uplift_model (id) ON DELETE SET NULL,
    campaign_name   VARCHAR(200) NOT NULL
);

CREATE TABLE segment_uplift (
    segment_id   BIGINT           NOT NULL REFERENCES segment (id) ON DELETE CASCADE,
    customer_key VARCHAR(400)     NOT NULL,
    uplift       DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (segment_id, customer_key)
);

-- The input schema of an uplift model (features, their types and categories), to score another dataset with it.
-- Models learnt before V20 have none: they are learnt again before a segment can be ranked by them.
ALTER TABLE uplift_model ADD COLUMN schema_json CLOB;

-- A campaign cut from a segment ranked by uplift says so in its readout: the order in words, as it was when the
-- campaign was created (the segment may be deleted later). No row: ranked by the model's churn risk.
CREATE TABLE campaign_call_order (
    campaign_id BIGINT        NOT NULL PRIMARY KEY REFERENCES campaign (id) ON DELETE CASCADE,
    words       VARCHAR(1000) NOT NULL
);

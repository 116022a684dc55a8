-- Figures from outside, as data (issue 18): the health profile's published figures
-- (Sundhedsprofilen, Danskernes Sundhed) for the municipality and the nation, imported by
-- staff (`sammen import figures`, /admin/tal). A share in per cent with its confidence
-- interval and the published count; never a person. The national figures the project
-- can cite ship in data/figures/national.csv; a stored national figure wins over them.
-- Keep in step with ../postgres/0021_figures.sql (the same on both).
CREATE TABLE health_figure (
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    -- 'kommune' (the municipality) or 'land' (all of Denmark).
    area TEXT NOT NULL,
    year BIGINT NOT NULL,
    -- A code the program knows (src/figures/mod.rs: Indicator), e.g. 'svaert-ensom'.
    indicator TEXT NOT NULL,
    -- e.g. 'alle', '16-24 år', 'kvinder'.
    breakdown TEXT NOT NULL,
    -- Per cent, 0–100.
    share DOUBLE PRECISION NOT NULL,
    ci_low DOUBLE PRECISION,
    ci_high DOUBLE PRECISION,
    -- The published count; shown only through the disclosure rule.
    people BIGINT,
    source TEXT NOT NULL,
    imported_at BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, area, year, indicator, breakdown)
);

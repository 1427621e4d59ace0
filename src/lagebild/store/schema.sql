-- lagebild storage schema. SCHEMA_VERSION in store/db.py must match the last migration.
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    doc VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    title VARCHAR,
    text VARCHAR NOT NULL,
    pub_date VARCHAR,           -- ISO at its own precision
    pub_precision VARCHAR,
    lang VARCHAR,
    url VARCHAR,
    source VARCHAR,
    path VARCHAR,
    skipped VARCHAR,            -- why it was not coded (unsupported language ...)
    coder_version VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);

CREATE TABLE IF NOT EXISTS sentences (
    doc VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    paragraph INTEGER,
    text VARCHAR
);

CREATE TABLE IF NOT EXISTS mentions (
    doc VARCHAR NOT NULL,
    sentence INTEGER NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    code VARCHAR,
    sector VARCHAR,
    kind VARCHAR,
    entry VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR NOT NULL,
    doc VARCHAR NOT NULL,
    sentence_index INTEGER,
    sentence VARCHAR,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    cameo VARCHAR,
    goldstein DOUBLE,
    source JSON,                -- [{code, text, sector}]
    target JSON,
    source_codes VARCHAR[],
    target_codes VARCHAR[],
    status VARCHAR,
    date VARCHAR,               -- event date, ISO at its precision
    date_precision VARCHAR,
    reported_by VARCHAR[],
    trigger VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    confidence DOUBLE,
    rule VARCHAR,
    location JSON,
    location_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    coder_version VARCHAR
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc);
CREATE INDEX IF NOT EXISTS events_type ON events(type);

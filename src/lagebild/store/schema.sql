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
    ingested_at TIMESTAMP DEFAULT current_timestamp,
    minhash BIGINT[]            -- MinHash signature of the word shingles (fusion.duplicates)
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

-- fusion (schema 2): quotes per article; clusters, duplicates and claims recomputed by fusion.fuse
CREATE TABLE IF NOT EXISTS quotes (
    doc VARCHAR NOT NULL,
    sentence_index INTEGER,
    sentence VARCHAR,
    quote VARCHAR,
    kind VARCHAR,               -- direct, indirect
    cue VARCHAR,
    speaker_code VARCHAR,
    speaker_text VARCHAR,
    speaker_sector VARCHAR,
    start_char INTEGER,
    end_char INTEGER
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);

CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR PRIMARY KEY,
    type VARCHAR,
    mode VARCHAR,
    source_codes VARCHAR[],
    target_codes VARCHAR[],
    status VARCHAR,
    date VARCHAR,               -- the most precise event date of its members
    canonical_event_id VARCHAR,
    canonical_sentence VARCHAR,
    mentions INTEGER,           -- member events
    reports INTEGER,            -- distinct articles
    sources INTEGER,            -- distinct outlets
    independent INTEGER,        -- articles after folding near-duplicates
    first_report VARCHAR,
    last_report VARCHAR
);

CREATE TABLE IF NOT EXISTS cluster_members (
    cluster_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    doc VARCHAR,
    rank INTEGER,               -- 0 = earliest report
    similarity DOUBLE           -- evidence similarity to the canonical event
);
CREATE INDEX IF NOT EXISTS cluster_members_event ON cluster_members(event_id);

CREATE TABLE IF NOT EXISTS article_duplicates (
    doc VARCHAR NOT NULL,
    duplicate_of VARCHAR NOT NULL,
    similarity DOUBLE,
    containment DOUBLE,
    kind VARCHAR                -- identical, near-duplicate, extended
);

CREATE TABLE IF NOT EXISTS claims (
    claim_id VARCHAR PRIMARY KEY,
    claimants VARCHAR[],
    accused VARCHAR[],
    content_type VARCHAR,       -- '' when the accusation names no codable content
    content_target VARCHAR[],
    first_seen VARCHAR,
    last_seen VARCHAR,
    denials INTEGER,
    confirmations INTEGER,
    counters INTEGER
);

CREATE TABLE IF NOT EXISTS claim_links (
    claim_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    doc VARCHAR,
    role VARCHAR,               -- claim, content, denial, confirmation, counter
    actors VARCHAR[],
    status VARCHAR,
    report_date VARCHAR,
    event_date VARCHAR,
    sentence VARCHAR
);

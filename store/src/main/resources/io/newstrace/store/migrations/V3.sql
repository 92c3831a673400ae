-- Version 3: which run each import took (SHA-256 of its run.json), so that a caller can tell whether the store
-- already holds the last complete run of its directory (a watch round killed during the import did not).
ALTER TABLE imports ADD COLUMN run_digest TEXT;

package formats

// ImportBatch is importBatch, for the tests of package formats_test.
const ImportBatch = importBatch

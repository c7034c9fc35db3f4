package exporters

// What the tests of package exporters_test read of the package's inside.
var (
	MdEscape    = mdEscape
	SourceLines = sourceLines
)

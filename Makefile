# Everything here is also a plain go command; see README.md.
TAGS := -tags sqlite_fts5
SHELL := bash

.PHONY: run test generate build ci bench

run:
	go run $(TAGS) ./cmd/factline serve --demo

test:
	go test $(TAGS) ./...

generate:
	go tool templ generate

build:
	go build $(TAGS) -o factline ./cmd/factline

ci:
	bash .ci/run

# Every figure of the performance budgets (docs/ARCHITECTURE.md §10), each beside its
# reference; README.md says how to read it. FACTLINE_SEARCH_CLAIMS=100000 for a
# quicker search figure. With FACTLINE_BENCH_PG=postgres://…/DATABASE the
# database benchmarks run again on PostgreSQL in the same run, each line
# marked with its engine (TimelineFirstWindow seeds with SQLite's SQL: SQLite only).
BENCH_DB := ClaimPage|DemoTimelinePage|SignedInClaimPage|SignedInDemoTimelinePage|TimelinePage1000|SearchMillion|ConcurrentWriters
bench:
	go test $(TAGS) -run '^$$' -bench '^BenchmarkStartup$$' -benchtime 1x ./cmd/factline
	set -o pipefail; go test $(TAGS) -run '^$$' -bench '^Benchmark($(BENCH_DB)|TimelineFirstWindow|TimelineScaleWindow)$$' -benchtime 1x ./web ./models/storage \
		| sed 's/^Benchmark/sqlite   Benchmark/'
	set -o pipefail; if [ -n "$$FACTLINE_BENCH_PG" ]; then FACTLINE_TEST_DB="$$FACTLINE_BENCH_PG" \
		go test $(TAGS) -run '^$$' -bench '^Benchmark($(BENCH_DB))$$' -benchtime 1x ./web ./models/storage \
		| sed 's/^Benchmark/postgres Benchmark/'; fi

# Everything here is also a plain go command; see README.md.
TAGS := -tags sqlite_fts5

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

# Every figure of the performance budgets (DESIGN.md §12), each beside its
# reference; README.md says how to read it. FACTLINE_SEARCH_CLAIMS=100000 for a
# quicker search figure.
bench:
	go test $(TAGS) -run '^$$' -bench '^Benchmark(Startup|ClaimPage|DemoTimelinePage|TimelinePage1000|TimelineFirstWindow|SearchMillion)$$' -benchtime 1x ./cmd/factline ./web ./models

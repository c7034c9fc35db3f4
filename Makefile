# Everything here is also a plain go command; see README.md.
TAGS := -tags sqlite_fts5

.PHONY: run test generate build ci

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

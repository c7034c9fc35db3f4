package storage

import (
	"reflect"
	"testing"
)

// TestCopyValuePlacesAValueAsTheEngineKeepsIt: a copy's values arrive as the
// other engine read them; booleans, bytea's bytes and text land as this
// engine keeps them, one rule for both with the engine's answer of which
// columns keep bytes.
func TestCopyValuePlacesAValueAsTheEngineKeepsIt(t *testing.T) {
	s := NewTestStore(t, nil)
	type copyCase struct {
		v    any
		typ  string
		want any
	}
	cases := []copyCase{
		{int64(1), "boolean", true},
		{int64(0), "boolean", false},
		{int64(1), "integer", int64(1)},
		{"{}", "bytea", []byte("{}")},
		{[]byte("Ana"), "text", "Ana"},
		{"Ana", "text", "Ana"},
	}
	if s.Engine() == Postgres {
		cases = append(cases, copyCase{[]byte("{}"), "bytea", []byte("{}")}, copyCase{[]byte("1.5"), "numeric", "1.5"})
	} else {
		cases = append(cases, copyCase{[]byte{0xff}, "blob", []byte{0xff}}, copyCase{[]byte("Ana"), "", "Ana"})
	}
	for _, c := range cases {
		if got := s.CopyValue(c.v, c.typ); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: CopyValue(%#v, %q) = %#v, want %#v", s.Engine(), c.v, c.typ, got, c.want)
		}
	}
}

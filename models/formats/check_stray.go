package formats

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/factline/factline/models"
)

// checkStrayBytes refuses, part by part (the row of a CSV, the slide of a
// TimelineJS file, the entry, actor or source of a factline file), every text
// of the document that holds a NUL or bytes that are not UTF-8: no database
// should store them (PostgreSQL's text refuses them), and an import's lookups
// (a slug, a speaker's name, a source's address) run before any field is
// validated.
func (d *Document) checkStrayBytes(ps *Problems) {
	check := func(where string, v any) {
		if field := strayField(reflect.ValueOf(v), ""); field != "" {
			ps.Add(where, field, "holds a NUL character or bytes that are not UTF-8 text, which factline cannot store; remove them and import again")
		}
	}
	check("timeline", d.Timeline)
	for i, a := range d.Actors {
		check(fmt.Sprintf("actor %d", i+1), a)
	}
	for i, s := range d.Sources {
		check(fmt.Sprintf("source %d", i+1), s)
	}
	for i, e := range d.Entries {
		check(entryWhere(e, i), e)
	}
	for i, e := range d.Eras {
		check(fmt.Sprintf("era %d", i+1), e)
	}
}

// strayField is the path, by JSON names, of the first text in v (below path)
// with stray bytes, or "".
func strayField(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.String:
		if models.HasStrayBytes(v.String()) {
			return path
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return strayField(v.Elem(), path)
		}
	case reflect.Slice:
		for i := range v.Len() {
			if p := strayField(v.Index(i), path+"["+strconv.Itoa(i)+"]"); p != "" {
				return p
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" || name == "" {
				continue
			}
			if path != "" {
				name = path + "." + name
			}
			if p := strayField(v.Field(i), name); p != "" {
				return p
			}
		}
	}
	return ""
}

package importers

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/factline/factline/models/formats"
)

// parseFactlineJSON reads a factline JSON Document of this FormatVersion.
func parseFactlineJSON(text []byte) (*formats.Document, error) {
	var head struct {
		Format        string          `json:"format"`
		FormatVersion json.RawMessage `json:"format_version"`
	}
	if err := json.Unmarshal(text, &head); err != nil {
		return nil, jsonProblem(text, err)
	}
	if head.Format != "factline" {
		return nil, formats.Refuse("file", "format", "is %q; a factline JSON file says \"factline\"", head.Format)
	}
	if string(head.FormatVersion) != fmt.Sprint(formats.FormatVersion) {
		return nil, formats.Refuse("file", "format_version", "is %s; this factline reads format_version %d only", orNone(string(head.FormatVersion)), formats.FormatVersion)
	}
	var doc formats.Document
	if err := json.Unmarshal(text, &doc); err != nil {
		return nil, jsonProblem(text, err)
	}
	for i := range doc.Entries {
		doc.Entries[i].Origin = doc.Entries[i].Anchor() // factline's export gives entries their items' ids
	}
	return &doc, nil
}

// jsonProblem says where JSON could not be read: the line, and the field when
// a value has the wrong type.
func jsonProblem(text []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return formats.Refuse(fmt.Sprintf("line %d", lineAt(text, syntax.Offset)), "", "is not valid JSON: %v", err)
	case errors.As(err, &typ):
		return formats.Refuse(fmt.Sprintf("line %d", lineAt(text, typ.Offset)), typ.Field, "is a JSON %s where a %s belongs", typ.Value, typ.Type)
	}
	return formats.Refuse("file", "", "is not valid JSON: %v", err)
}

func lineAt(text []byte, offset int64) int {
	line := 1
	for i := int64(0); i < offset && i < int64(len(text)); i++ {
		if text[i] == '\n' {
			line++
		}
	}
	return line
}

func orNone(s string) string {
	if s == "" {
		return "missing"
	}
	return s
}

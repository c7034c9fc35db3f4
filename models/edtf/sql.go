package edtf

import (
	"database/sql/driver"
	"fmt"
)

// Value stores a Date as its canonical EDTF text ("" for no date).
func (d Date) Value() (driver.Value, error) { return d.String(), nil }

// Scan reads a Date from its EDTF text; NULL and "" are the zero Date.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case string:
		return d.UnmarshalText([]byte(v))
	case []byte:
		return d.UnmarshalText(v)
	}
	return fmt.Errorf("edtf: cannot read a date from %T", src)
}

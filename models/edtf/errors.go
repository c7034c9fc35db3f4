package edtf

import "fmt"

// ParseError says, in its Message, why Input is not a date and what to type instead.
type ParseError struct{ Input, Message string }

// Error returns the Message.
func (e *ParseError) Error() string { return e.Message }

// parser carries the whole input, so that a message about any part of it can quote it.
type parser struct{ input string }

func (p parser) errorf(format string, args ...any) error {
	return &ParseError{Input: p.input, Message: fmt.Sprintf(format, args...)}
}

func (p parser) notADate() error {
	return p.errorf(`"%s" is not a date. Type a date such as 8 Sep 2022, Sep 2022, 2022, or a range 12 Sep – 7 Oct 2022.`, p.input)
}

func (p parser) relative() error {
	return p.errorf(`"%s" is a relative date: it only means something against a source's publication date. Type the date itself, such as 8 Sep 2022.`, p.input)
}

func (p parser) noYear() error {
	return p.errorf(`"%s" has no year. Add the year, such as 31 Aug 2022.`, p.input)
}

func (p parser) noZone() error {
	return p.errorf(`"%s" has a time but no time zone. Add the zone, such as 10 Sep 2022, 13:23 (UTC+12), or leave the time out.`, p.input)
}

// check refuses a point that is not a real date, time or zone.
func (p parser) check(pt point) error {
	if msg := pt.problem(); msg != "" {
		return p.errorf("%s", msg)
	}
	return nil
}

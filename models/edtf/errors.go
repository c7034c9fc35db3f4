package edtf

import "fmt"

// ParseError says, in its Message, why Input is not a date and what to type instead.
// MaybeRelative is set when the input may be a date relative to something (a
// weekday, "last week", a day without a year, words that are no date), which an
// anchor such as a source's publication date could resolve; it is not set for
// dates that are wrong in themselves (ambiguous, impossible, out of order).
type ParseError struct {
	Input, Message string
	MaybeRelative  bool
}

// Error returns the Message.
func (e *ParseError) Error() string { return e.Message }

// parser carries the whole input, so that a message about any part of it can quote it.
type parser struct{ input string }

func (p parser) errorf(format string, args ...any) error {
	return &ParseError{Input: p.input, Message: fmt.Sprintf(format, args...)}
}

func (p parser) notADate() error {
	return p.maybeRelative(`"%s" is not a date. Type a date such as 8 Sep 2022, Sep 2022, 2022, or a range 12 Sep – 7 Oct 2022.`)
}

func (p parser) relative() error {
	return p.maybeRelative(`"%s" is a relative date: it only means something against a source's publication date. Type the date itself, such as 8 Sep 2022.`)
}

func (p parser) noYear() error {
	return p.maybeRelative(`"%s" has no year. Add the year, such as 31 Aug 2022.`)
}

func (p parser) maybeRelative(format string) error {
	return &ParseError{Input: p.input, Message: fmt.Sprintf(format, p.input), MaybeRelative: true}
}

// check refuses a point that is not a real date, time or zone.
func (p parser) check(pt point) error {
	if msg := pt.problem(); msg != "" {
		return p.errorf("%s", msg)
	}
	return nil
}

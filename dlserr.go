// Package dlserr turns the errors of a Dynamsoft License Server (DLS) into
// typed Go errors that services can match with errors.Is, switch on, log and
// act on.
//
// A license failure reaches a Go service in one of four shapes, and each has
// its lookup:
//
//   - an original code (100-199) from the license server: FromOriginal;
//   - a product code (-20199 to -20100) from a Dynamsoft SDK: FromProduct;
//   - a message alone, as Android callbacks deliver it: FromMessage;
//   - a code and a message together, as C SDKs deliver them:
//     FromOriginalMessage and FromProductMessage.
//
// Every listed code has a constant of type Code and a sentinel error
// (LicenseExpired and ErrLicenseExpired, ...). A sentinel matches, through
// errors.Is, every error with its code, whatever the wording and however
// deeply it is wrapped. Two codes have a second row with its own meaning, and
// the revised list of 2024 gave 105 a new one; ErrUnderConstruction,
// ErrIPLicenseExpired and ErrHandshakeIDNotCompliant match only errors of
// those rows, which only the message can tell apart. ErrUnknown matches every
// error whose code is not in the list. Is compares codes and rows, never
// message text.
//
// The sentinels, and the errors the lookups return for listed codes and
// wordings, are shared by the whole process and never change: no lookup
// allocates for them. Never write through a *Error (*e = dlserr.Error{}); Go
// cannot forbid it, and it would change that error for every caller.
//
// 0 is success: every lookup by number returns nil for it. No input makes a
// lookup panic, and none becomes a nil error unless its number is 0: an
// unlisted number or an unrecognized message is an error that keeps what was
// received and matches ErrUnknown.
//
// # Error format
//
// Error returns one line:
//
//	dls <product code> (<original code>): <message>
//
// for example
//
//	dls -20111 (111): License has expired.
//	dls -20113 (113): This license item "LI-2024-0042" has been invalid.
//	dls -20111 (111): "Some wording no list has published."
//	dls -20110 (110): unknown code
//	dls ? (999): unknown code
//	dls -10004 (?): unknown code
//	dls ? (?): unknown code: "[License] [Key 1] The license is invalid."
//
// A number that does not exist in a numbering scheme is written "?": codes
// outside 100-199 have no product code, and product codes outside -20199 to
// -20100 have no original one. A message from the list is written as it is;
// any other text from outside (a message the list does not have, a license
// item id) is written as a Go quoted string, so control characters, line
// breaks, U+2028/U+2029 and quotes are escaped and a hostile server cannot
// forge log lines. At most the first 200 bytes of such a text are quoted
// (the cut moves back to a character boundary); a longer one is followed by
// "...(N bytes)", N its full length. Message and LicenseItem still return the
// full text. Errors that are not shared (unknown codes, text from outside)
// build their text on each call to Error.
//
// # Messages
//
// FromMessage and the functions taking a code and a message recognize every
// wording of every generation of the list: the 2021 "LTS" wording, the
// specification's "DLS" wording and the revised wording of 2024-2025. Before
// matching they remove leading white space and trailing white space and NUL
// bytes (C buffers converted whole), white space as unicode.IsSpace defines
// it, and nothing else: case, inner spacing, punctuation and any prefix must
// match a published wording byte for byte. The message 113 is matched for any
// license item id the server filled in. Given to FromMessage, a message that
// is empty after this is not success: it is an unrecognized message, written
// `unknown code: ""`; given with a code, it is no message, and the code alone
// decides.
//
// # Text
//
// A Code marshals to its name ("LicenseExpired") and, if unknown, to its
// decimal number, or to "Code(N)" inside the product range, where a bare
// number would read back as a product code. ParseCode, UnmarshalText and
// UnmarshalJSON read a name, an original number or a product number, and read
// back everything String and MarshalText write: ParseCode(c.String()) and
// the text of c.MarshalText() parse to c for every c. flag.TextVar makes a
// Code a command-line flag.
package dlserr

import (
	"encoding/json"
	"errors"
	"log/slog"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Code is an original DLS error code, the number the license server reports.
// The zero Code means no error, or none known.
type Code int

// The license server's codes are 100-199; SDKs report each as -(20000+code).
const (
	minCode     = 100
	codeSpan    = 100
	productBase = -20000
	minProduct  = productBase - minCode - codeSpan + 1 // -20199
	maxProduct  = productBase - minCode                // -20100
)

// maxQuoted bounds how much outside text reaches Error, so a server cannot
// flood logs through it.
const maxQuoted = 200

// Original returns c as a plain int, the license server's number.
func (c Code) Original() int { return int(c) }

// Product returns the code Dynamsoft SDKs report for c, -(20000+c), or 0 if c
// is outside 100-199, where no product code corresponds.
func (c Code) Product() int {
	if uint(c)-minCode < codeSpan {
		return productBase - int(c)
	}
	return 0
}

// Known reports whether c is in the list.
func (c Code) Known() bool { return c.entry() != nil }

// Message returns the list's message for c (the specification's first row,
// or the revised wording for codes added in 2024), or "" if c is unknown.
func (c Code) Message() string {
	if e := c.entry(); e != nil {
		return e.err.msg
	}
	return ""
}

// String returns the name of c's constant ("LicenseExpired"), or "Code(N)"
// if c is unknown.
func (c Code) String() string {
	if e := c.entry(); e != nil {
		return e.name
	}
	return "Code(" + strconv.Itoa(int(c)) + ")"
}

// Class returns what kind of failure c is, ClassUnknown if c is unknown.
func (c Code) Class() Class {
	if e := c.entry(); e != nil {
		return e.class
	}
	return ClassUnknown
}

// MarshalText writes c's name, or its decimal number if c is unknown. An
// unknown c in the product range (-20199 to -20100) is written as String
// writes it, "Code(-20150)", because a bare number there reads back as a
// product code.
func (c Code) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// AppendText appends what MarshalText returns to b, without allocating when b
// has room.
func (c Code) AppendText(b []byte) ([]byte, error) {
	switch {
	case c.Known():
		return append(b, c.String()...), nil
	case isProduct(int(c)):
		b = strconv.AppendInt(append(b, "Code("...), int64(c), 10)
		return append(b, ')'), nil
	}
	return strconv.AppendInt(b, int64(c), 10), nil
}

// UnmarshalText sets c from a name, "Code(N)", an original number or a
// product number (see ParseCode). On error c is unchanged.
func (c *Code) UnmarshalText(text []byte) error {
	v, err := ParseCode(string(text))
	if err == nil {
		*c = v
	}
	return err
}

// UnmarshalJSON sets c from a JSON string, as UnmarshalText reads it, or from
// a bare JSON number, original or product. null leaves c unchanged, as
// encoding/json expects.
func (c *Code) UnmarshalJSON(data []byte) error {
	s := string(data)
	switch {
	case s == "null":
		return nil
	case strings.HasPrefix(s, `"`):
		var text string
		if json.Unmarshal(data, &text) == nil {
			return c.UnmarshalText([]byte(text))
		}
	case strings.HasPrefix(s, "-") || s != "" && '0' <= s[0] && s[0] <= '9':
		if n, ok := atoi(s); ok {
			*c = fromNumber(n)
			return nil
		}
	}
	return invalidCode(s)
}

// ParseCode reads a code as flags and configuration files write it: a
// constant's name ("LicenseExpired"), "Code(N)" as String writes unknown
// codes, an original number ("111") or a product number ("-20111"), numbers
// in plain decimal as strconv.Itoa writes them. It reads back everything
// String and MarshalText write. Anything else is an error that quotes s.
func ParseCode(s string) (Code, error) {
	if c, ok := byName[s]; ok {
		return c, nil
	}
	if inner, ok := strings.CutPrefix(s, "Code("); ok {
		if inner, ok := strings.CutSuffix(inner, ")"); ok {
			if n, ok := atoi(inner); ok {
				return Code(n), nil
			}
		}
	} else if n, ok := atoi(s); ok {
		return fromNumber(n), nil
	}
	return 0, invalidCode(s)
}

// atoi reads only what strconv.Itoa writes: no sign on positive numbers, no
// leading zeros, no "-0", so that every number has one decimal spelling.
func atoi(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	var buf [24]byte
	return n, err == nil && string(strconv.AppendInt(buf[:0], int64(n), 10)) == s
}

func invalidCode(s string) error {
	return errors.New(string(appendQuoted([]byte("dlserr: invalid code "), s)))
}

// Codes returns every known code in ascending order, in a new slice each call.
func Codes() []Code {
	out := make([]Code, len(codes))
	for i := range codes {
		out[i] = codes[i].code
	}
	return out
}

// Class groups codes by what a service should do about them.
type Class int

const (
	// ClassUnknown is the class of codes that are not in the list.
	ClassUnknown Class = iota
	// ClassUnavailable (100): this server will not serve now. A standby
	// refuses while the main server works, so the client should use the main
	// one; "under construction" is undocumented and presumed transient.
	ClassUnavailable
	// ClassHandshake (101-103, 121-124): the client's handshake code, session
	// password or organization settings are wrong; fix the configuration. A
	// changed session password also regenerates the license key.
	ClassHandshake
	// ClassMismatch (104, 106-109, 114, 115): the license does not fit this
	// client's product, version, edition, deployment type, domain or charge
	// way; fix the license or the client.
	ClassMismatch
	// ClassLicense (105, 111-113): the license is missing, expired, not yet
	// effective or invalid; someone has to renew or fix it.
	ClassLicense
	// ClassQuota (120, 130): a usage limit is reached; it may clear later, and
	// an administrator should know.
	ClassQuota
	// ClassSecurity (151): the server saw a cloned device; alert.
	ClassSecurity
)

var classNames = [...]string{"Unknown", "Unavailable", "Handshake", "Mismatch", "License", "Quota", "Security"}

// String returns k's name without its prefix ("Quota"), or "Class(N)" for a
// value that is not one of the constants.
func (k Class) String() string {
	if uint(k) < uint(len(classNames)) {
		return classNames[k]
	}
	return "Class(" + strconv.Itoa(int(k)) + ")"
}

// Retryable reports whether trying again, later or against the other server,
// can succeed: whether any DLS error in err's tree is of ClassUnavailable or
// ClassQuota. The vendor documents that a standby server refuses (100) while
// the main one works, so the main one serves, and its own sample for 120
// tells the user to try again or to contact the administrator. That a quota
// can clear (a concurrent instance stops, a period ends, an administrator
// raises it) is inference: a per-scan license past its 5% grace fails until
// someone acts, so retry with a backoff, and tell an administrator. Every
// other code is a state of the license or of the configuration that retrying
// does not change (112 only at the license's start date), so it is false for
// them, for nil and for errors that hold no DLS error.
func Retryable(err error) bool {
	return walk(err, func(e *Error) bool {
		k := e.code.Class()
		return k == ClassUnavailable || k == ClassQuota
	})
}

// Error is a DLS error. Its fields are hidden so that no caller edits what a
// shared error says (the package doc warns against overwriting one whole);
// errors.As(err, &e) with e of type *Error reaches it through any wrapping.
type Error struct {
	code    Code
	product int
	row     uint8  // which row of a code with several meanings; 0 is the first
	kind    uint8  // where msg came from, and so how Error writes it
	msg     string // as received, normalized; for sentinels the list's
	item    string // 113's license item id, as received
	text    string // Error, computed once for errors that are shared
}

const (
	kindList = iota // msg is a wording of the list, or there is none
	kindText        // msg is text from outside that the list does not have
	kindItem        // msg is 113 with a license item id filled in
)

// Code returns e's original code, known or not: 0 if none was received (e
// has only a product code outside the license server's range, or only an
// unrecognized message).
func (e *Error) Code() Code {
	if e == nil {
		return 0
	}
	return e.code
}

// Product returns e's product code, as received or derived from the original
// one, or 0 if there is none.
func (e *Error) Product() int {
	if e == nil {
		return 0
	}
	return e.product
}

// Message returns the message as received, after the normalization the
// package doc describes; for a lookup by number alone, the list's message;
// "" if there is none.
func (e *Error) Message() string {
	if e == nil {
		return ""
	}
	return e.msg
}

// LicenseItem returns the license item id that the server put in a 113
// message, byte for byte, or "" for any other error.
func (e *Error) LicenseItem() string {
	if e == nil {
		return ""
	}
	return e.item
}

// Error returns e in the format the package doc describes.
func (e *Error) Error() string {
	switch {
	case e == nil:
		return "dls: <nil>"
	case e.text != "":
		return e.text
	}
	return e.format()
}

// Is reports whether e matches target: ErrUnknown matches errors of unknown
// codes; any other *Error of a known code matches errors of the same code and,
// if target is of a later row (ErrIPLicenseExpired, ...), of the same row; an
// *Error of an unknown number matches errors of the same number. Messages
// never take part, so an unrecognized message without a number matches only
// ErrUnknown and itself.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	switch {
	case !ok || e == nil || t == nil:
		return false
	case t == ErrUnknown:
		return !e.code.Known()
	case t.code.Known():
		return t.code == e.code && (t.row == 0 || t.row == e.row)
	}
	return (t.code != 0 || t.product != 0) && t.code == e.code && t.product == e.product
}

// LogValue makes e a log/slog group: code, product_code, name, class,
// message, and license_item for a 113 message that carries an item id (even
// an empty one). Text from outside is logged as data, which the handler
// quotes or escapes.
func (e *Error) LogValue() slog.Value {
	if e == nil {
		return slog.StringValue("<nil>")
	}
	attrs := []slog.Attr{
		slog.Int("code", int(e.code)),
		slog.Int("product_code", e.product),
		slog.String("name", e.code.String()),
		slog.String("class", e.code.Class().String()),
		slog.String("message", e.msg),
	}
	if e.kind == kindItem {
		attrs = append(attrs, slog.String("license_item", e.item))
	}
	return slog.GroupValue(attrs...)
}

// cache computes e's Error text once, for an error that is shared.
func (e *Error) cache() *Error {
	e.text = e.format()
	return e
}

func (e *Error) format() string {
	// Everything format writes fits here (at most 4 bytes of output for each
	// quoted byte), so the returned string is the only allocation.
	var buf [64 + 4*maxQuoted + 64]byte
	b := buf[:0]
	b = append(b, "dls "...)
	b = appendNumber(b, e.product)
	b = append(b, " ("...)
	b = appendNumber(b, int(e.code))
	b = append(b, "): "...)
	switch {
	case e.kind == kindItem:
		b = append(b, item113Prefix[:len(item113Prefix)-1]...)
		b = appendQuoted(b, e.item)
		b = append(b, item113Suffix[1:]...)
	case !e.code.Known():
		b = append(b, "unknown code"...)
		if e.kind == kindText {
			b = appendQuoted(append(b, ": "...), e.msg)
		}
	case e.kind == kindText:
		b = appendQuoted(b, e.msg)
	default:
		b = append(b, e.msg...)
	}
	return string(b)
}

func appendNumber(b []byte, n int) []byte {
	if n == 0 {
		return append(b, '?')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// appendQuoted appends s Go-quoted, cut to maxQuoted bytes at a character
// boundary, and says how long s was if it was cut.
func appendQuoted(b []byte, s string) []byte {
	if len(s) <= maxQuoted {
		return strconv.AppendQuote(b, s)
	}
	n := maxQuoted
	for i := 1; i < utf8.UTFMax && !utf8.RuneStart(s[n]); i++ {
		n--
	}
	b = strconv.AppendQuote(b, s[:n])
	b = append(b, "...("...)
	b = strconv.AppendInt(b, int64(len(s)), 10)
	return append(b, " bytes)"...)
}

// FromOriginal returns the error for an original code from a license server:
// nil for 0, the code's sentinel for a listed code (without allocating), and
// for any other number an error that keeps it and matches ErrUnknown.
func FromOriginal(code int) error {
	if e := Code(code).entry(); e != nil {
		return e.err
	}
	return FromOriginalMessage(code, "")
}

// FromProduct returns the error for a product code from a Dynamsoft SDK, as
// FromOriginal does for original codes: FromProduct(-20111) is
// ErrLicenseExpired. A number outside -20199 to -20100 is not a license
// server's, so it keeps no original code: its error has Code 0 and keeps the
// number as its Product.
func FromProduct(code int) error {
	if e := productCode(code).entry(); e != nil {
		return e.err
	}
	return FromProductMessage(code, "")
}

// FromOriginalMessage returns the error for an original code delivered with a
// message. The number decides: 0 is nil whatever the message; a listed code
// gives an error of that code, of the row its message names if the message is
// one of the code's wordings, and keeping the message as Message in any case;
// an empty message gives the code's sentinel; an unlisted code keeps both the
// number and the message and matches ErrUnknown.
func FromOriginalMessage(code int, msg string) error {
	if code == 0 {
		return nil
	}
	return lookup(Code(code), Code(code).Product(), msg)
}

// FromProductMessage is FromOriginalMessage for a product code and the
// message an SDK delivered with it, such as a C SDK's error buffer converted
// whole.
func FromProductMessage(code int, msg string) error {
	if code == 0 {
		return nil
	}
	return lookup(productCode(code), code, msg)
}

func lookup(c Code, product int, msg string) error {
	s := normalize(msg)
	known := c.entry()
	switch {
	case known == nil:
		e := &Error{code: c, product: product}
		if s != "" {
			e.kind, e.msg = kindText, s
		}
		return e
	case s == "":
		return known.err
	}
	if w := byMessage[s]; w != nil && w.code == c {
		return w
	}
	if c == LicenseItemInvalid {
		if e := itemError(s); e != nil {
			return e
		}
	}
	return &Error{code: c, product: product, kind: kindText, msg: s}
}

// FromMessage returns the error for a message delivered without a code: the
// code and row of whichever published wording it is, with Message returning
// it as received. An unrecognized message gives an error that keeps it and
// matches ErrUnknown.
func FromMessage(msg string) error {
	s := normalize(msg)
	if w := byMessage[s]; w != nil {
		return w
	}
	if e := itemError(s); e != nil {
		return e
	}
	return &Error{kind: kindText, msg: s}
}

// itemError recognizes 113 as servers send it, with the item id filled in.
func itemError(s string) *Error {
	if len(s) < len(item113Prefix)+len(item113Suffix) ||
		!strings.HasPrefix(s, item113Prefix) || !strings.HasSuffix(s, item113Suffix) {
		return nil
	}
	item := s[len(item113Prefix) : len(s)-len(item113Suffix)]
	return &Error{code: LicenseItemInvalid, product: LicenseItemInvalid.Product(), kind: kindItem, msg: s, item: item}
}

// normalize removes leading white space and trailing white space and NUL
// bytes. It is strings.TrimFunc byte by byte, for speed: most messages have
// nothing to trim, and a C buffer's padding goes in one vectorized step.
func normalize(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 && strings.Count(s[i:], "\x00") == len(s)-i {
		s = s[:i]
	}
	for len(s) > 0 {
		c := s[len(s)-1]
		if c == 0 || asciiSpace(c) {
			s = s[:len(s)-1]
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[:len(s)-n]
	}
	for len(s) > 0 {
		c := s[0]
		if asciiSpace(c) {
			s = s[1:]
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[n:]
	}
	return s
}

// asciiSpace is unicode.IsSpace for bytes below utf8.RuneSelf.
func asciiSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// CodeOf returns the code of the first DLS error in err's tree, the one
// errors.As finds (through fmt.Errorf's %w and errors.Join), or 0 if err is
// nil or holds no DLS error. That error's code is 0 too if it has none (a
// product code outside the license server's range, an unrecognized
// message): use errors.Is(err, ErrUnknown) to tell it from no DLS error.
// Like errors.As, and unlike errors.Is, CodeOf also sees an *Error that a
// wrapper hands out only through an As method; only then does it allocate.
func CodeOf(err error) Code {
	var c Code
	walk(err, func(e *Error) bool {
		c = e.code
		return true
	})
	return c
}

// walk visits the *Error values in err's tree in the order errors.As does,
// until visit returns true, and reports whether it did.
func walk(err error, visit func(*Error) bool) bool {
	for err != nil {
		if e, ok := err.(*Error); ok && e != nil && visit(e) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok {
			var e *Error
			if x.As(&e) { // errors.As stops at what As reports, nil or not
				return e != nil && visit(e)
			}
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if walk(err, visit) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

func isProduct(n int) bool { return minProduct <= n && n <= maxProduct }

// productCode returns the original code of product code n, 0 if it has none.
func productCode(n int) Code {
	if isProduct(n) {
		return Code(productBase - n)
	}
	return 0
}

// fromNumber reads a number that may be in either scheme: the two ranges do
// not overlap.
func fromNumber(n int) Code {
	if c := productCode(n); c != 0 {
		return c
	}
	return Code(n)
}

// The tables behind the lookups, built once from codes.go.

type entry struct {
	name  string
	class Class
	err   *Error // the code's sentinel
}

var (
	// errs holds one shared, immutable error per wording, so that a
	// recognized message and a sentinel cost no allocation. The sentinels
	// point into it before init fills it.
	errs      [len(wordings)]Error
	known     [codeSpan]entry
	byMessage = make(map[string]*Error, len(wordings))
	byName    = make(map[string]Code, len(codes))
)

func init() {
	for i, w := range wordings {
		errs[i] = Error{code: w.code, product: w.code.Product(), row: w.row, msg: w.msg}
		byMessage[w.msg] = &errs[i]
	}
	for _, c := range codes {
		known[c.code-minCode] = entry{c.name, c.class, sentinel(c.code, 0)}
		byName[c.name] = c.code
	}
	// Only now: Error's text depends on which codes are known.
	for i := range errs {
		errs[i].cache()
	}
	ErrUnknown.cache()
}

func (c Code) entry() *entry {
	if i := uint(c) - minCode; i < codeSpan && known[i].err != nil {
		return &known[i]
	}
	return nil
}

// sentinel returns the shared error of the first wording of code c's row: the
// table lists the canonical wording first.
func sentinel(c Code, row uint8) *Error {
	for i, w := range wordings {
		if w.code == c && w.row == row {
			return &errs[i]
		}
	}
	panic("dlserr: no wording for " + strconv.Itoa(int(c)) + " row " + strconv.Itoa(int(row)))
}

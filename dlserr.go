// Package dlserr turns the license errors of Dynamsoft products, those of a
// Dynamsoft License Server (DLS) and those of the SDKs' own license client,
// into typed Go errors that services can match with errors.Is, switch on,
// log and act on.
//
// A license failure reaches a Go service in one of five shapes, and each has
// its lookup:
//
//   - an original code (100-199) from the license server: FromOriginal;
//   - a product code from a Dynamsoft SDK: FromProduct. The server's codes
//     come out of an SDK as -(20000+code), -20199 to -20100; around them the
//     SDK's license client has codes of its own (-20000 to -20014, -20200
//     "failed to reach the License Server", and license-key codes such as
//     -10003 "The license is invalid.");
//   - a message alone, as Android callbacks deliver it: FromMessage;
//   - a code and a message together, as C SDKs' InitLicense delivers them:
//     FromOriginalMessage and FromProductMessage;
//   - a decoded barcode text that the browser SDK masked instead of failing:
//     FromDecodedText.
//
// Every known code has a constant of type Code and a sentinel error
// (LicenseExpired and ErrLicenseExpired, FailedToReachDLS and
// ErrFailedToReachDLS, ...). A server code's constant is its original number,
// an SDK code's constant the SDK's number. A sentinel matches, through
// errors.Is, every error with its code, whatever the wording and however
// deeply it is wrapped. Two codes have a second row with its own meaning, and
// the revised list of 2024 gave 105 a new one; ErrUnderConstruction,
// ErrIPLicenseExpired and ErrHandshakeIDNotCompliant match only errors of
// those rows, which only the message can tell apart. ErrUnknown matches every
// error whose code is not known. Is compares codes and rows, never message
// text.
//
// The sentinels, and the errors the lookups return for known codes and
// wordings, are shared by the whole process and never change: no lookup
// allocates for them. Never write through a *Error (*e = dlserr.Error{}); Go
// cannot forbid it, and it would change that error for every caller.
//
// 0 is success: every lookup by number returns nil for it. No input makes a
// lookup panic, and none becomes a nil error unless its number is 0: an
// unknown number or an unrecognized message is an error that keeps what was
// received and matches ErrUnknown.
//
// # Warnings
//
// Three SDK codes leave the SDK licensed: TrialLicense, LicenseCacheUsed and
// LicenseKeyPartlyInvalid, of ClassWarning. They are errors here, as the SDK
// returned them instead of 0; a service logs them and goes on.
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
//	dls -20200 (?): Failed to reach License Server.
//	dls -20200 (?): "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."
//	dls -20110 (110): unknown code
//	dls ? (999): unknown code
//	dls -10005 (?): unknown code
//	dls ? (?): unknown code: "No such wording."
//
// A number that does not exist in a numbering scheme is written "?": the
// SDK's own codes and codes outside 100-199 have no original code, and codes
// outside 100-199 no product code of the license server's. A known wording
// is written as it is; any other text from outside (a message no list has, a
// license item id) is written as a Go quoted string, so control characters,
// line breaks, U+2028/U+2029 and quotes are escaped and a hostile server
// cannot forge log lines. At most the first 200 bytes of such a text are
// quoted (the cut moves back to a character boundary); a longer one is
// followed by "...(N bytes)", N its full length. Message and LicenseItem
// still return the full text. Errors that are not shared (unknown codes,
// text from outside) build their text on each call to Error.
//
// # Messages
//
// FromMessage and the functions taking a code and a message recognize every
// wording of every generation of the server's list (the 2021 "LTS" wording,
// the specification's "DLS" wording and the revised wording of 2024-2025) and
// every text of the SDK's license codes, from the runtimes of Capture Vision
// 3 and Barcode Reader 9 and 10 and from Barcode Reader 8's and 9's
// error-code pages. Before matching they read the text as C does, up to its
// first NUL byte (a C buffer converted whole; a Go string from Java or
// Android carries none); then they remove leading and trailing white space,
// as unicode.IsSpace defines it; then the tags that Capture Vision and
// Barcode Reader 10.4.20 and later put first: "[License] ", then, for one key
// of a key list, "[Key N] " with N its place in the list: a decimal from 1,
// without leading zeros (as strconv.Itoa writes it). Nothing else is removed or
// guessed: case, inner spacing, punctuation and any other prefix or tag must
// match a wording byte for byte. Message returns the text after these steps.
// The message 113 is matched for any license item id the server filled in.
// Given to FromMessage, a message that is empty after this is not success: it
// is an unrecognized message, written `unknown code: ""`; given with a code,
// it is no message, and the code alone decides.
//
// # Logs and JSON
//
// An *Error is a slog.LogValuer and a json.Marshaler, with the same fields;
// Attr logs any error, wrapped or not, with the fields of the DLS error in it.
// Text from outside is logged at most 200 bytes long, as in Error, with its
// full length beside it.
//
// # Text
//
// A Code marshals to its name ("LicenseExpired") and, if unknown, to its
// decimal number, or to "Code(N)" inside the product range of the license
// server, where a bare number would read back as a product code. ParseCode,
// UnmarshalText and UnmarshalJSON read a name, an original number or a
// product number, and read back everything String and MarshalText write:
// ParseCode(c.String()) and the text of c.MarshalText() parse to c for every
// c. A Class marshals to its name and ParseClass reads it back. flag.TextVar
// makes either a command-line flag.
package dlserr

import (
	"encoding/json"
	"errors"
	"log/slog"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Code is a license error code. A code of the license server is its original
// number (100-199), which SDKs report as the product code -(20000+code); a
// code of an SDK's own license client is the SDK's number (-20200, -10003).
// The zero Code means no error, or none known. Read a number an SDK returned
// with FromProduct, never as Code(rc): -20111 is LicenseExpired, 111, and
// Code(-20111) no known code.
type Code int

// The license server's codes are 100-199; SDKs report each as -(20000+code).
const (
	minCode     = 100
	codeSpan    = 100
	productBase = -20000
	minProduct  = productBase - minCode - codeSpan + 1 // -20199
	maxProduct  = productBase - minCode                // -20100
)

// maxQuoted bounds how much outside text reaches Error, logs and JSON, so a
// server cannot flood them.
const maxQuoted = 200

// Original returns the license server's number for c: c itself if it is
// positive, and 0 for the SDK's own codes, which no server sends.
func (c Code) Original() int { return max(int(c), 0) }

// Product returns the number a Dynamsoft SDK reports for c: -(20000+c) for
// the license server's range 100-199, c itself for the SDK's own codes (any
// negative c outside -20199 to -20100), and 0 for any other value, which no
// SDK reports. FromProduct(c.Product()) is c's sentinel for every known c.
func (c Code) Product() int {
	switch {
	case uint(c)-minCode < codeSpan:
		return productBase - int(c)
	case c < 0 && !isProduct(int(c)):
		return int(c)
	}
	return 0
}

// Known reports whether c is a known code.
func (c Code) Known() bool { return c.entry() != nil }

// Message returns the canonical message for c: the specification's first
// row, the revised wording for server codes added in 2024, Capture Vision 3's
// text for the SDK's codes (Barcode Reader 9's for those it lacks); "" if c
// is unknown.
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
	return invalid("code", s)
}

// ParseCode reads a code as flags and configuration files write it: a
// constant's name ("LicenseExpired"), "Code(N)" as String writes unknown
// codes, an original number ("111") or a product number ("-20111",
// "-20200"), numbers in plain decimal as strconv.Itoa writes them. It reads
// back everything String and MarshalText write. Anything else is an error
// that quotes s.
func ParseCode(s string) (Code, error) {
	if c, ok := byName[s]; ok {
		return c, nil
	}
	if n, ok := parseWrapped(s, "Code("); ok {
		return Code(n), nil
	}
	if n, ok := atoi(s); ok {
		return fromNumber(n), nil
	}
	return 0, invalid("code", s)
}

// parseWrapped reads "<prefix>N)" as String methods write unknown values.
func parseWrapped(s, prefix string) (int, bool) {
	if inner, ok := strings.CutPrefix(s, prefix); ok {
		if inner, ok := strings.CutSuffix(inner, ")"); ok {
			return atoi(inner)
		}
	}
	return 0, false
}

// atoi reads only what strconv.Itoa writes: no sign on positive numbers, no
// leading zeros, no "-0", so that every number has one decimal spelling.
func atoi(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	var buf [24]byte
	return n, err == nil && string(strconv.AppendInt(buf[:0], int64(n), 10)) == s
}

func invalid(what, s string) error {
	return errors.New(string(appendQuoted([]byte("dlserr: invalid "+what+" "), s)))
}

// Codes returns every known code, in a new slice each call: the license
// server's in ascending order, then the SDK's in descending order (-10003 to
// -20200).
func Codes() []Code {
	out := make([]Code, len(codes))
	for i := range codes {
		out[i] = codes[i].code
	}
	return out
}

// Class groups codes by what a service should do about them. Where a class's
// doc says "inference", no vendor document says it.
type Class int

const (
	// ClassUnknown is the class of codes that are not known.
	ClassUnknown Class = iota
	// ClassUnavailable (100; -20200, -20003, -10044): no license server would
	// serve now. A standby refuses (100) while the main server works, so the
	// client should use the main one; "under construction" is undocumented
	// and presumed transient (inference). The SDK returns -20200 (Capture
	// Vision) or -20003 (Barcode Reader 9) when it cannot reach a server or
	// gets no license from it: measured with the port closed, an HTTP 503 and
	// a body that is not a license. -10044 "Failed to request the license
	// content" is presumed the same (inference). Since Barcode Reader 9.6.40
	// the SDK returns LicenseCacheUsed instead while a valid cache lasts.
	ClassUnavailable
	// ClassHandshake (101-103, 121-124; -20001): the client's handshake code,
	// session password or organization settings are wrong; fix the
	// configuration. A changed session password also regenerates the license
	// key.
	ClassHandshake
	// ClassMismatch (104, 106-109, 114, 115; -20011, -10039, -10040): the
	// license does not fit this client's product, version, edition,
	// deployment type, domain, reserved info or charge way; fix the license
	// or the client.
	ClassMismatch
	// ClassLicense (105, 111-113; -20000, -10003, -10004, -10043, -10045,
	// -10052, -10053): the license or its key is missing, expired, not yet
	// effective or invalid; someone has to renew or fix it.
	ClassLicense
	// ClassQuota (120, 130; -20008, -20013, -20014, -10054): a usage limit
	// is reached: devices, instances, requests or results. The vendor's
	// sample for 120 says to try again or to contact the administrator; that
	// other quotas clear (an instance stops, a period ends, an administrator
	// raises the limit) is inference. Back off, and tell an administrator.
	ClassQuota
	// ClassSecurity (151): the server saw a cloned device; alert.
	ClassSecurity
	// ClassWarning (-20010, -20012, -10076): the SDK is licensed anyway; log
	// and go on. The vendor's samples treat -20012 (a cached license, the
	// server out of reach) and -10076 (part of the key invalid) as success,
	// and -10076's text says so; a Barcode Reader 9 sample treats -20010 (a
	// trial license) as no failure. A cache lasts a limited time, and a
	// trial ends, so an operator should see them.
	ClassWarning
	// ClassInstallation (-20002, -20004, -20005, -20007, -10042): the SDK's
	// files on this machine are broken: its license cache cannot be written
	// (the vendor: "the directory of the license cache is inaccessible";
	// measured with the cache path under a file), belongs to another device,
	// or a license library is missing (measured: -20007). Fix the machine;
	// retrying does not help.
	ClassInstallation
	// ClassUsage (-20006, -20009): the program calls the SDK wrongly:
	// InitLicense after creating SDK objects, or two kinds of license
	// initialization together. Fix the program.
	ClassUsage
)

var classNames = [...]string{"Unknown", "Unavailable", "Handshake", "Mismatch", "License", "Quota", "Security", "Warning", "Installation", "Usage"}

// String returns k's name without its prefix ("Quota"), or "Class(N)" for a
// value that is not one of the constants.
func (k Class) String() string {
	if uint(k) < uint(len(classNames)) {
		return classNames[k]
	}
	return "Class(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText writes what String returns.
func (k Class) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText sets k as ParseClass reads text. On error k is unchanged.
func (k *Class) UnmarshalText(text []byte) error {
	v, err := ParseClass(string(text))
	if err == nil {
		*k = v
	}
	return err
}

// ParseClass reads what String writes: a name without its prefix
// ("Quota"), or "Class(N)" for a value that is not one of the constants, so
// that each class has one spelling. Anything else is an error that quotes s.
func ParseClass(s string) (Class, error) {
	for i, name := range classNames {
		if s == name {
			return Class(i), nil
		}
	}
	if n, ok := parseWrapped(s, "Class("); ok && Class(n).String() == s {
		return Class(n), nil
	}
	return 0, invalid("class", s)
}

// Retryable reports whether trying again, later or against the other server,
// can succeed: whether errors.Is(err, s) holds for a sentinel s of
// ClassUnavailable or ClassQuota. Retryable walks the same tree errors.Is
// does, and asks Is methods of other errors in it too. The vendor documents
// that a standby server refuses (100) while the main one works, and its own
// sample for 120 tells the user to try again or to contact the
// administrator; the SDK's "cannot reach the server" codes are the failures
// that failover and retry exist for. That a quota can clear is inference: a
// per-scan license past its 5% grace fails until someone acts, so retry with
// a backoff, and tell an administrator. Every other code is a state of the
// license, the configuration or the machine that retrying does not change
// (112 only at the license's start date), or a warning that needs no retry,
// so it is false for them, for nil and for errors that hold no DLS error.
func Retryable(err error) bool {
	return walk(err, func(node error) bool {
		if e, ok := node.(*Error); ok {
			return e != nil && isRetryable(e.code)
		}
		if x, ok := node.(interface{ Is(error) bool }); ok {
			for _, s := range retryable {
				if x.Is(s) {
					return true
				}
			}
		}
		return false
	})
}

func isRetryable(c Code) bool {
	k := c.Class()
	return k == ClassUnavailable || k == ClassQuota
}

// Error is a license error. Its fields are hidden so that no caller edits what
// a shared error says (the package doc warns against overwriting one whole);
// errors.As(err, &e) with e of type *Error reaches it through any wrapping.
type Error struct {
	code    Code
	product int
	row     uint8  // which row of a code with several meanings; 0 is the first
	kind    uint8  // where msg came from, and so how Error writes it
	msg     string // as received, normalized, in memory of its own; for sentinels the list's
	item    string // 113's license item id, as received: a part of msg
	text    string // Error, computed once for errors that are shared
}

const (
	kindList = iota // msg is a known wording, or there is none
	kindText        // msg is text from outside that no list has
	kindItem        // msg is 113 with a license item id filled in
)

// Code returns e's code, known or not: 0 if none was received (e has only a
// positive number given as a product code, or only an unrecognized message).
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
// package doc describes (tags removed); for a lookup by number alone, the
// code's canonical message; "" if there is none.
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

// LogValue makes e a log/slog group of the fields the package doc's "Logs and
// JSON" lists: code and product_code (each left out when e has none); name,
// the code's constant or "Unknown"; row, the name of a later row's sentinel
// without its Err ("IPLicenseExpired"); class; message; and license_item for
// a 113 message that carries an item id (even an empty one). Message and
// license item are cut as Error cuts them, and message_len and
// license_item_len give the full length in bytes of one that was cut. Text
// from outside is logged as data, which handlers quote or escape.
func (e *Error) LogValue() slog.Value {
	if e == nil {
		return slog.StringValue("<nil>")
	}
	return slog.GroupValue(e.fields()...)
}

// MarshalJSON writes e as a JSON object of the fields LogValue logs, for a
// service that returns or stores a license failure; null for a nil e. It is
// for reading, not a serialization to read back: the text in it is cut.
func (e *Error) MarshalJSON() ([]byte, error) {
	if e == nil {
		return []byte("null"), nil
	}
	b := []byte{'{'}
	for i, a := range e.fields() {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, a.Key)
		b = append(b, ':')
		if a.Value.Kind() == slog.KindInt64 {
			b = strconv.AppendInt(b, a.Value.Int64(), 10)
			continue
		}
		s, _ := json.Marshal(a.Value.String()) // a string always marshals
		b = append(b, s...)
	}
	return append(b, '}'), nil
}

func (e *Error) fields() []slog.Attr {
	attrs := make([]slog.Attr, 0, 9)
	if e.code != 0 {
		attrs = append(attrs, slog.Int("code", int(e.code)))
	}
	if e.product != 0 {
		attrs = append(attrs, slog.Int("product_code", e.product))
	}
	name := "Unknown"
	if e.code.Known() {
		name = e.code.String()
	}
	attrs = append(attrs, slog.String("name", name))
	if e.row != 0 {
		attrs = append(attrs, slog.String("row", rowName(e.code, e.row)))
	}
	attrs = append(attrs, slog.String("class", e.code.Class().String()))
	attrs = appendBounded(attrs, "message", e.msg)
	if e.kind == kindItem {
		attrs = appendBounded(attrs, "license_item", e.item)
	}
	return attrs
}

// appendBounded appends key's attribute with at most maxQuoted bytes of s,
// and key_len with the full length if s was cut.
func appendBounded(attrs []slog.Attr, key, s string) []slog.Attr {
	attrs = append(attrs, slog.String(key, s[:cut(s)]))
	if len(s) > maxQuoted {
		attrs = append(attrs, slog.Int(key+"_len", len(s)))
	}
	return attrs
}

// Attr returns the attribute to log err under key. When err's tree holds a
// DLS error (the one errors.As finds), it is a group of that error's fields,
// as LogValue has them, and "error", the text of the whole err, cut as
// Error cuts text from outside (with error_len if it was cut); so a wrapped
// error logs its code and class, not only its text. Otherwise it is
// slog.Any(key, err).
func Attr(key string, err error) slog.Attr {
	e := find(err)
	if e == nil {
		return slog.Any(key, err)
	}
	attrs := appendBounded(e.fields(), "error", err.Error())
	return slog.Attr{Key: key, Value: slog.GroupValue(attrs...)}
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
	b = appendNumber(b, e.code.Original())
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
	n := cut(s)
	b = strconv.AppendQuote(b, s[:n])
	if n == len(s) {
		return b
	}
	b = append(b, "...("...)
	b = strconv.AppendInt(b, int64(len(s)), 10)
	return append(b, " bytes)"...)
}

// cut returns how much of s to show: all of it up to maxQuoted bytes, else
// maxQuoted bytes moved back to the start of a character (at most
// utf8.UTFMax-1 bytes back, so that invalid UTF-8 is cut too).
func cut(s string) int {
	if len(s) <= maxQuoted {
		return len(s)
	}
	n := maxQuoted
	for i := 1; i < utf8.UTFMax && !utf8.RuneStart(s[n]); i++ {
		n--
	}
	return n
}

// FromOriginal returns the error for an original code from a license server:
// nil for 0, the code's sentinel for a known code (without allocating), and
// for any other number an error that keeps it and matches ErrUnknown. Original
// codes are positive and the SDKs' numbers negative, so a negative number can
// only be an SDK's: FromOriginal reads it as FromProduct does, and
// FromOriginal(int(c)) is c's sentinel for every known constant c.
func FromOriginal(code int) error {
	if code <= 0 {
		return FromProduct(code) // nil for 0, as every lookup
	}
	if e := Code(code).entry(); e != nil {
		return e.err
	}
	return lookup(Code(code), Code(code).Product(), "")
}

// FromProduct returns the error for a number a Dynamsoft SDK returned, as
// FromOriginal does for original codes: FromProduct(-20111) is
// ErrLicenseExpired and FromProduct(-20200) ErrFailedToReachDLS. A negative
// number outside -20199 to -20100 is the SDK's own, its Code the number
// itself, known or not; a positive number is no SDK's, so its error has Code
// 0 and keeps the number as its Product.
func FromProduct(code int) error {
	if e := byNumber(code); e != nil {
		return e.err
	}
	return FromProductMessage(code, "")
}

// FromOriginalMessage returns the error for an original code delivered with a
// message. The number decides: 0 is nil whatever the message; a known code
// gives an error of that code, of the row its message names if the message is
// one of the code's wordings, and keeping the message as Message in any case;
// an empty message gives the code's sentinel; an unknown code keeps both the
// number and the message and matches ErrUnknown. A negative number is read as
// FromProductMessage reads it.
func FromOriginalMessage(code int, msg string) error {
	if code <= 0 {
		return FromProductMessage(code, msg) // nil for 0, as every lookup
	}
	return lookup(Code(code), Code(code).Product(), msg)
}

// FromProductMessage is FromOriginalMessage for the number and the message a
// Dynamsoft SDK returned together, such as InitLicense's return value and
// error buffer.
func FromProductMessage(code int, msg string) error {
	switch {
	case code < 0:
		return lookup(fromNumber(code), code, msg)
	case code > 0:
		return lookup(0, code, msg) // a positive number is no SDK's
	}
	return nil
}

func lookup(c Code, product int, msg string) error {
	w, s := recognize(msg)
	known := c.entry()
	switch {
	case w != nil && w.code == c:
		return w
	case known == nil:
		e := &Error{code: c, product: product}
		if s != "" {
			e.kind, e.msg = kindText, strings.Clone(s)
		}
		return e
	case s == "":
		return known.err
	}
	return &Error{code: c, product: product, kind: kindText, msg: strings.Clone(s)}
}

// FromMessage returns the error for a message delivered without a code: the
// code and row of whichever known wording it is, with Message returning it
// as received. An unrecognized message gives an error that keeps it and
// matches ErrUnknown.
func FromMessage(msg string) error {
	// recognize's steps, written out: the call costs a tenth of a tagged
	// message's lookup (BenchmarkMessage/set=tagged), whose target is 2x a map.
	if w := byWording(msg); w != nil {
		return w
	}
	s := normalize(msg)
	if w := byWording(s); w != nil {
		return w
	}
	if e := itemError(s); e != nil {
		return e
	}
	return &Error{kind: kindText, msg: strings.Clone(s)}
}

// recognize returns the error of the wording msg is, or of 113 with an item
// id, and msg normalized. A known wording as it is, the common case, costs
// one lookup.
func recognize(msg string) (*Error, string) {
	if w := byWording(msg); w != nil {
		return w, msg
	}
	s := normalize(msg)
	if w := byWording(s); w != nil {
		return w, s
	}
	return itemError(s), s
}

// itemError recognizes 113 as servers send it, with the item id filled in.
func itemError(s string) *Error {
	if len(s) < len(item113Prefix)+len(item113Suffix) ||
		!strings.HasPrefix(s, item113Prefix) || !strings.HasSuffix(s, item113Suffix) {
		return nil
	}
	s = strings.Clone(s)
	item := s[len(item113Prefix) : len(s)-len(item113Suffix)]
	return &Error{code: LicenseItemInvalid, product: LicenseItemInvalid.Product(), kind: kindItem, msg: s, item: item}
}

// The SDK's tags before a message, and the mark before a masked barcode text.
const (
	licenseTag = "[License] "
	keyTag     = "[Key "
	attention  = "[Attention(exceptionCode:"
)

// normalize reads s as the package doc's "Messages" says: up to its first
// NUL, without white space around it, without the SDK's leading tags. The
// tags go before the trailing white space, so that a message of tags alone
// ("[License] ") is empty.
func normalize(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	// Most text begins and ends with a visible ASCII byte: nothing to trim.
	if s != "" && !visibleASCII(s[0]) {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
	}
	if rest, ok := strings.CutPrefix(s, licenseTag); ok {
		s = rest
		if n, ok := strings.CutPrefix(rest, keyTag); ok {
			digits := 0
			for digits < len(n) && '0' <= n[digits] && n[digits] <= '9' {
				digits++
			}
			if digits > 0 && n[0] != '0' && len(n) > digits+1 && n[digits] == ']' && n[digits+1] == ' ' {
				s = n[digits+2:]
			}
		}
	}
	if s != "" && !visibleASCII(s[len(s)-1]) {
		s = strings.TrimRightFunc(s, unicode.IsSpace)
	}
	return s
}

func visibleASCII(c byte) bool { return ' ' < c && c < utf8.RuneSelf }

// FromDecodedText returns the license error a decoded barcode text carries:
// nil for an ordinary text, and for a text the Barcode Reader JavaScript SDK
// masked because of a license error, "[Attention(exceptionCode:N)] " and the
// masked text, the error of product code N as FromProduct gives it, known or
// not (ErrUnknown for 0). Only the SDK's exact mark counts, N a 32-bit int
// as C's %d writes it, followed by a space or the end of the text, which
// ends at its first NUL as every text given to this package does: anything
// else is ordinary text, as a barcode may hold any text at all. Ordinary
// text costs no allocation.
func FromDecodedText(text string) error {
	rest, ok := strings.CutPrefix(text, attention)
	if !ok {
		return nil
	}
	rest, _, _ = strings.Cut(rest, "\x00")
	number, after, ok := strings.Cut(rest, ")]")
	if !ok || after != "" && after[0] != ' ' {
		return nil
	}
	n, ok := cInt(number)
	switch {
	case !ok:
		return nil
	case n == 0:
		return ErrUnknown
	}
	return FromProduct(n)
}

// cInt reads a number as C's %d writes an int: plain decimal, 32 bits, on
// every platform.
func cInt(s string) (int, bool) {
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || len(digits) > 10 || digits[0] == '0' && s != "0" {
		return 0, false
	}
	var n int64
	for _, c := range []byte(digits) {
		if c < '0' || '9' < c {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	if len(digits) < len(s) {
		n = -n
	}
	if n < math.MinInt32 || n > math.MaxInt32 {
		return 0, false
	}
	return int(n), true
}

// CodeOf returns the code of the DLS error that errors.As finds in err's tree
// (through fmt.Errorf's %w, errors.Join and As methods), or 0 if err is nil or
// holds none. That error's code is 0 too if it has none (a positive product
// number, an unrecognized message) or if it is a nil *Error, which errors.As
// finds as well: use errors.Is(err, ErrUnknown) to tell an unknown error from
// no DLS error. CodeOf allocates nothing but once for each error with an As
// method it asks, as errors.As does.
func CodeOf(err error) Code {
	return find(err).Code()
}

// find returns the *Error that errors.As(err, &e) sets e to, nil if none:
// it asks err's tree in the same order and stops where errors.As does, at a
// nil *Error too.
func find(err error) *Error {
	var found *Error
	walk(err, func(node error) bool {
		if e, ok := node.(*Error); ok {
			found = e
			return true
		}
		if x, ok := node.(interface{ As(any) bool }); ok {
			var e *Error // its own variable: only here does it escape
			if x.As(&e) {
				found = e
				return true
			}
		}
		return false
	})
	return found
}

// walk visits err's tree in the order errors.Is and errors.As do, until
// visit returns true, and reports whether it did.
func walk(err error, visit func(error) bool) bool {
	for err != nil {
		if visit(err) {
			return true
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

// fromNumber reads a number that may be in either scheme: the license
// server's product codes become their original code, and every other number
// is a Code as it is.
func fromNumber(n int) Code {
	if isProduct(n) {
		return Code(productBase - n)
	}
	return Code(n)
}

// rowName returns the name of a later row of code c, from rowNames.
func rowName(c Code, row uint8) string {
	for _, r := range rowNames {
		if r.code == c && r.row == row {
			return r.name
		}
	}
	return ""
}

// The tables behind the lookups, built once from codes.go. Each is a table
// of 1<<bits slots indexed by a multiplicative hash whose multiplier gives
// every key a slot of its own (init makes sure, and names a multiplier that
// does when a new code or wording needs one): a lookup is one probe and one
// comparison, cheaper than a Go map, which hashes the whole key.

type entry struct {
	name  string
	class Class
	err   *Error // the code's sentinel
}

const (
	numberBits = 7 // 128 slots for the product numbers of len(codes) codes
	wordBits   = 9 // 512 slots for len(wordings) wordings
	numberMul  = 0x2be95dba2902dc09
	wordMul    = 0x9e3779b97f4a89d5
)

var (
	// errs holds one shared, immutable error per wording, so that a
	// recognized message and a sentinel cost no allocation. The sentinels
	// point into it before init fills it.
	errs    [len(wordings)]Error
	entries [len(codes)]entry
	numbers [1 << numberBits]struct {
		product int
		e       *entry
	}
	words     [1 << wordBits]*Error
	minWord   = 1 << 30 // the shortest and longest wording, in bytes
	maxWord   int
	starts    [256]bool // the bytes wordings start with: not a tag's '['
	byName    = make(map[string]Code, len(codes))
	retryable []*Error // the sentinels Retryable asks Is methods about
)

func init() {
	keys := make([]uint64, len(codes))
	for i, c := range codes {
		keys[i] = numberKey(c.code.Product())
	}
	mustBePerfect("numberMul", keys, numberMul, numberBits)
	for i, c := range codes {
		entries[i] = entry{c.name, c.class, sentinel(c.code, 0)}
		byName[c.name] = c.code
		s := &numbers[slot(keys[i], numberMul, numberBits)]
		s.product, s.e = c.code.Product(), &entries[i]
	}
	keys = keys[:0]
	for _, w := range wordings {
		keys = append(keys, wordKey(w.msg))
	}
	mustBePerfect("wordMul", keys, wordMul, wordBits)
	for i, w := range wordings {
		errs[i] = Error{code: w.code, product: w.code.Product(), row: w.row, msg: w.msg}
		words[slot(keys[i], wordMul, wordBits)] = &errs[i]
		minWord, maxWord = min(minWord, len(w.msg)), max(maxWord, len(w.msg))
		starts[w.msg[0]] = true
	}
	// Only now: Error's text and class depend on which codes are known.
	for i := range errs {
		errs[i].cache()
		if isRetryable(errs[i].code) && &errs[i] == sentinel(errs[i].code, errs[i].row) {
			retryable = append(retryable, &errs[i])
		}
	}
	ErrUnknown.cache()
}

// slot is where key goes in a table of 1<<bits slots: the top bits of a
// multiplicative hash.
func slot(key, mul uint64, bits uint) uint64 { return key * mul >> (64 - bits) }

// mustBePerfect panics unless mul gives each of keys a slot of its own, and
// then names a multiplier that does, so that adding a code or a wording can
// never make a lookup miss.
func mustBePerfect(name string, keys []uint64, mul uint64, bits uint) {
	used := make([]int, 1<<bits) // which key is in each slot, counted from 1
	perfect := func(mul uint64) bool {
		clear(used)
		for i, k := range keys {
			s := slot(k, mul, bits)
			if used[s] != 0 {
				if keys[used[s]-1] == k {
					panic("dlserr: no " + name + " gives every key a slot of its own: two keys are the same")
				}
				return false
			}
			used[s] = i + 1
		}
		return true
	}
	if perfect(mul) {
		return
	}
	// Multipliers next to each other hash alike: try them in a random order.
	next, tried := mul, 0
	for ; tried < 1<<20; tried++ {
		if next = next*0x5851f42d4c957f2d + 0x14057b7ef767814f | 1; perfect(next) {
			panic("dlserr: " + name + " no longer gives every key a slot of its own; 0x" + strconv.FormatUint(next, 16) + " does")
		}
	}
	panic("dlserr: none of " + strconv.Itoa(tried) + " multipliers after " + name + " gives every key a slot of its own: make the table larger")
}

// numberKey is the key of product number n, the same on 32- and 64-bit
// platforms.
func numberKey(n int) uint64 { return uint64(int64(n)) }

// wordKey mixes the length of s and five 8-byte windows of it, at 0, 8, 16,
// 24 and its end (moved back to fit in s), which tell apart even the wordings
// that differ in one word (DLS and LTS, does and dose); len(s) must be at
// least 8, as every wording's is.
func wordKey(s string) uint64 {
	n := len(s)
	return uint64(n) ^ load64(s, 0) ^ bits.RotateLeft64(load64(s, min(8, n-8)), 13) ^
		bits.RotateLeft64(load64(s, min(16, n-8)), 26) ^ bits.RotateLeft64(load64(s, min(24, n-8)), 39) ^
		bits.RotateLeft64(load64(s, n-8), 52)
}

// load64 reads the 8 bytes of s at i, little-endian, in one load.
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// byNumber returns the entry of the code whose product number is n.
func byNumber(n int) *entry {
	if s := &numbers[slot(numberKey(n), numberMul, numberBits)]; s.product == n {
		return s.e
	}
	return nil
}

// byWording returns the shared error of wording s, nil if s is none.
func byWording(s string) *Error {
	if len(s) < minWord || len(s) > maxWord || !starts[s[0]] {
		return nil
	}
	return inSlot(s)
}

// inSlot is byWording's probe, apart so that byWording's quick refusals
// inline: a tagged message is refused at its '['.
func inSlot(s string) *Error {
	if w := words[slot(wordKey(s), wordMul, wordBits)]; w != nil && w.msg == s {
		return w
	}
	return nil
}

func (c Code) entry() *entry {
	if p := c.Product(); p != 0 {
		return byNumber(p)
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

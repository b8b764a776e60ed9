// Package dlserr reads the license failures of Dynamsoft products into Go
// errors.
//
// A Dynamsoft License Server (DLS) reports an original code (100-199). The
// SDKs (Barcode Reader, Capture Vision, Dynamic Web TWAIN, ...) report it as
// the product code -(20000+code), among numbers of their own: their license
// client's (-20200, -20000 to -20014), the license key's (-10003), and a
// module's when a decode fails (-10017, -30063). Messages come with the
// numbers, and the browser editions throw text alone. Each becomes an
// [Error] that [errors.Is] matches against a sentinel ([ErrLicenseExpired],
// ...), that [CodeOf] and [ClassOf] switch on, and that log/slog and
// encoding/json write as fields. The package also says what to do: go on
// ([Licensed]), retry later ([Retryable]), or what to fix ([ClassOf]), and
// whether a failure is about the license at all ([ErrNotLicense]).
//
// What a service received decides the call:
//
//   - a number, from a server or an SDK: [FromOriginal] or [FromProduct],
//     which are the same, as a number is read by its sign;
//   - a number and a message, as InitLicense returns them:
//     [FromProductMessage];
//   - a message alone, as Android callbacks and web pages deliver it:
//     [FromMessage];
//   - a decode's number, message and result texts, after InitLicense:
//     [FromDecode]; one result text: [FromDecodedText].
//
// 0 is success: a lookup by number returns nil for it, and for nothing else.
// No input makes a lookup panic. What the package cannot read is an error
// that keeps what was received and matches [ErrUnknown].
//
// The tables are the vendor's, byte for byte: the DLS Error List
// (https://github.com/dynamsoft-docs/license-server-docs/blob/c32070b77004422ccf32991951bf7583dd056c7d/common/errorList.md)
// in each of its generations, and what the SDKs' libraries return, measured
// by running them (testdata/realclient, testdata/webclient). codes.go pins
// every source.
package dlserr

import (
	"encoding/json"
	"errors"
	"log/slog"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lookups: what a caller calls first, with what it received.

// FromOriginal returns the error for an original code, the number a license
// server sends. It is [FromProduct]: original codes are positive and an
// SDK's numbers negative, so a number says which it is.
func FromOriginal(code int) error { return FromProduct(code) }

// FromProduct returns the error for a number that a Dynamsoft SDK returned,
// or that a server sent:
//
//   - 0 is success: nil.
//   - A known code gives its sentinel: FromProduct(-20111) and
//     FromProduct(111) are ErrLicenseExpired, FromProduct(-20200)
//     ErrFailedToReachDLS. So FromProduct(c.Product()) is c's sentinel for
//     every constant c but the five of two meanings.
//   - The five: -10058 to -10062 are license codes in Barcode Reader 9 and
//     other errors in Capture Vision 3. Alone, such a number gives an error
//     that keeps it, has Code 0 and matches ErrUnknown ("ambiguous code").
//   - A number that the SDKs' error tables say is not about the license
//     (-10006 "The file type is not supported.") gives an error of
//     [ErrNotLicense] that keeps the number and the SDK's text for it.
//   - Any other number gives an error that keeps it and matches ErrUnknown.
//
// Every number but the last kind costs no allocation.
func FromProduct(code int) error {
	if n := byNumber(code); n != nil {
		return Error{n.err}
	}
	return unknownOrNil(code)
}

// unknownOrNil is FromProduct of a number no table has.
func unknownOrNil(code int) error {
	if code == 0 {
		return nil
	}
	return Error{unknownNumber(code)}
}

// FromOriginalMessage is [FromProductMessage]: numbers are read by their
// sign.
func FromOriginalMessage(code int, msg string) error { return FromProductMessage(code, msg) }

// FromProductMessage returns the error for a number and a message that
// came together: InitLicense's return value and message buffer, a decode's
// code and error string, a service's code and text. 0 is nil, whatever the
// message. Otherwise the message is read as [FromMessage] reads it, and one
// rule says which of the two decides:
//
//   - A message that is one of the number's own texts is that text's error:
//     FromProductMessage(-20111, "License for this ip has expired.") is
//     ErrIPLicenseExpired's row. So is the number's own code in another
//     form (113 with its item id, a transport report of the code the SDK
//     returned with it). An empty message is the number alone.
//   - A message that reads as another error is the cause that decides
//     ([Error.Unwrap]): the error keeps the number and the whole message,
//     errors.Is matches both, and [CodeOf], [ClassOf], [Retryable],
//     [Licensed] and [TransportOf] follow the message. So the server's
//     verdict decides: Capture Vision's -20003 with "[License] Session
//     password is incorrect." is not retryable (102, ClassHandshake), and
//     Dynamic Web TWAIN's -2800 with a transport report is.
//   - Except that a message that the SDK runs licensed (a warning), or that
//     the failure is not about the license, never overrules a number of a
//     license code: the number decides, and the message is kept.
//   - A message the package does not read is kept with the number, which
//     decides.
//
// A number's own text costs no allocation.
func FromProductMessage(code int, msg string) error {
	n := byNumber(code)
	if n != nil {
		if d := n.own(msg); d != nil {
			return Error{d}
		}
	}
	if code == 0 {
		return nil
	}
	s, u := normalize(msg)
	return Error{numberMessage(code, n, s, u, 0)}
}

// numberMessage is FromProductMessage of number code, whose entry x has
// (nil if none), with the normalized message s: its own text's error, the
// number alone for an empty message, else withMessage's.
func numberMessage(code int, x *number, s, u string, skip uint64) *details {
	if x != nil {
		if d := x.own(s); d != nil {
			return d
		}
	}
	if s == "" {
		return x.orUnknown(code)
	}
	return withMessage(code, x, s, u, skip)
}

// FromMessage returns the error for a message that came without a number.
//
// The text is read as C reads a buffer, up to its first NUL byte. White
// space, as [unicode.IsSpace] defines it, goes from its start; then the tags
// that Capture Vision and Barcode Reader 10.4.20 and later put first,
// "[License] ", then "[Key N] " for one key of a key list (N a decimal from
// 1); then white space goes from its end. Case, inner spacing and
// punctuation count. What is left is the first of these it is, in this
// order, and nothing else is guessed:
//
//   - a text of the tables, byte for byte;
//   - a text that a client wraps, read as the text it wraps, each wrapper
//     once. The browser puts "An error occurred during authorization: "
//     around a message of the license server's list. Barcode Reader 9.6
//     puts its advice after a text (in JS 9.6 and in Web TWAIN's
//     service). Document Scanner puts "Initialization Failed: " or
//     "Resource Initialization Failed: " before one;
//   - a module's "No license found." at capture time ("[Barcode Reader] No
//     license found."), with a format tag ("[ONED] ": 1 to 32 of A-Z, 0-9
//     and _) or not, and after one space the message InitLicense gave,
//     which Capture Vision appends (never a browser frame): the module's
//     code, with that message as its cause as [FromProductMessage] decides;
//   - the browser's frames: "[function] [N] message" and "[N] message"
//     (Capture Vision's JavaScript, Barcode Reader JS 11) and
//     "code:N;message:text" (JS 9.6) are FromProductMessage(N, message), N
//     a C int other than 0, the function's name ASCII letters and digits,
//     a letter first, or none; "[function] message" is the message alone;
//   - the SDK's transport report (see [Transport]), for the reasons the SDKs
//     were measured to write ("DLS Connect Error", ...): the code the SDK
//     returned with it (-20200 or -20003);
//   - a template filled in: 113 with a license item id ([Error.LicenseItem]),
//     "License mismatch: " with a detail, a web product's text with what it
//     fills in (a date, a version, a module's name); of two that match, the
//     one that starts with its own text, then the one with more of it.
//
// Any other message gives an error that keeps it and matches [ErrUnknown];
// an empty message is no success but such an error. A text of the tables,
// alone, tagged or wrapped, costs no allocation.
func FromMessage(msg string) error {
	// A text of the tables has no NUL and no white space around it: alone
	// or after the tags, it is the whole message.
	if d := byText(untagged(msg)); d != nil {
		return Error{d}
	}
	s, u := normalize(msg)
	if d := byText(s); d != nil {
		return Error{d}
	}
	if d := read(s, u, 0); d != nil {
		return Error{d}
	}
	return Error{&details{msg: strings.Clone(s)}}
}

// FromDecodedText returns the license error that a decoded barcode text
// carries: nil for an ordinary text; for a text that an SDK masked because
// of a license error, "[Attention(exceptionCode:N)] " and the masked text,
// the error of product code N. N is read as a license code, as a masked
// result carries nothing else (so -10062 is Barcode Reader 9's), and 0 is
// ErrUnknown. Only the SDK's exact mark counts, N a 32-bit int as C's %d
// writes it, followed by a space or the end of the text, which ends at its
// first NUL: anything else is ordinary text, as a barcode may hold any text.
// Ordinary text and known codes cost no allocation.
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
		return Error{&unknown}
	}
	if x := byNumber(n); x != nil && x.license != nil {
		return Error{x.license}
	}
	return FromProduct(n)
}

// FromDecode returns one error for a decode: its code and message, as
// [FromProductMessage] reads them, and the texts of its results, after
// InitLicense returned initErr (nil if it succeeded). It is nil when the
// decode succeeded and no result is masked. A service answers with it
// alone, as neither SDK fails a decode cleanly:
//
//   - A masked result says the license failed where the code does not
//     (Barcode Reader 9 returns results masked "[Attention(exceptionCode:
//     N)] ..."): with a code of 0, or one no table has, the first masked
//     text of a known code is the error, as [FromDecodedText] reads it.
//   - InitLicense's failure says why a decode's license failure happened: a
//     bare -30063 (Capture Vision, through a wrapper that returns only the
//     number) after -20200 is retryable; after the server's verdict, of the
//     verdict's class. So InitLicense's error is the cause that decides, as
//     FromProductMessage's rule says, unless the decode's message already
//     says why (Capture Vision appends InitLicense's message to its own).
//     A result masked with a code of the license server's says it too, and
//     comes first where InitLicense's error is no verdict of the server:
//     Barcode Reader 9 masks its results with the server's verdict (-20102)
//     where its InitLicense and its decode return -20003 and their own text.
//   - A decode that failed for a reason that is not the license (a file
//     that is no image) is that error, whatever InitLicense said.
//
// The texts are read only for that; check each with FromDecodedText
// before storing it.
func FromDecode(initErr error, code int, msg string, texts ...string) error {
	d := detailsOf(FromProductMessage(code, msg))
	var server *details // the first result masked with a server's code
	for _, t := range texts {
		m := detailsOf(FromDecodedText(t))
		switch {
		case m == nil:
		case d == nil || d.unread() && !m.unread():
			d = m
		case server == nil && m.verdict().code.Original() != 0 && m.def != d.def:
			server = m
		}
	}
	switch {
	case d == nil:
		return nil
	case d.cause != nil, d.class() == ClassNotLicense, d.class() == ClassWarning:
		return Error{d}
	}
	// The server's verdict first, InitLicense's or a result's; then what
	// else InitLicense said.
	first, then := decide(initErr), server
	if first != nil && first.verdict().code.Original() == 0 && then != nil {
		first, then = then, first
	}
	for _, why := range [...]*details{first, then} {
		if why != nil && decides(d, why) {
			e := *d
			e.cause, e.text = why, ""
			return Error{&e}
		}
	}
	return Error{d}
}

// What to do about an error: the functions that look into an error's tree.

// ErrorOf returns the DLS error that decides for err, and false if err is
// nil or holds none. CodeOf, ClassOf, Licensed, Retryable, TransportOf and
// Attr read it, where [errors.As] returns the first of several.
//
// Which DLS error decides is one rule. The functions walk err's tree as
// [errors.Is] and errors.As do: through Unwrap() error, Unwrap() []error
// (errors.Join, fmt.Errorf with several %w) and As methods. Every [Error]
// they meet counts, the one an As method hands out too. (An Error's cause
// is its own, not another error of the tree.) Of several, the first in
// errors.Is's order of the most severe class decides, the class its message
// or cause says (see [Error.Unwrap]). The classes, most severe first:
// ClassSecurity, ClassLicense, ClassMismatch, ClassHandshake,
// ClassInstallation and ClassUsage, which retrying does not help (alert,
// renew, fit, configure, repair, fix the program); ClassQuota and
// ClassUnavailable, which it may; ClassUnknown; ClassNotLicense;
// ClassWarning. So a warning beside a failure does not make err licensed.
// One error that needs fixing makes retrying pointless. What is known of
// the license outweighs what is not. Errors that are no DLS error never
// decide: a join of an io error and a DLS error is the DLS error. The walk
// goes no deeper than 1000 errors and looks at no more than 100,000 (a tree
// that holds itself ends the walk); past those, it acts as if the tree held
// nothing more. Its cost is linear in the errors it looks at, and it
// allocates nothing but what the As methods it asks allocate.
func ErrorOf(err error) (Error, bool) {
	d := decide(err)
	return Error{d}, d != nil
}

// CodeOf returns the code that decides for err: the code of the DLS error
// that decides (see [ErrorOf]), or its cause's where its cause decides (the
// server's verdict in a client's message). It is 0 if err is nil or holds no
// DLS error. It is 0 too where the deciding error has no code: a message
// alone that no table has, a browser text that comes without a number
// ([ErrLicenseMismatch], ...), or -10058 to -10062 when nothing says which
// they are, or Capture Vision's text says they are not about the license.
// An unknown number, and a number that is not about the license, is kept as
// a Code that is not [Code.Known]. To act on an error, switch on ClassOf,
// which says what every one of them is.
func CodeOf(err error) Code {
	if d := decide(err).verdict(); d != nil {
		return d.code
	}
	return 0
}

// ClassOf returns the class that decides for err. It is the class of the
// DLS error that decides (see [ErrorOf]), or of its cause where the cause
// decides. A code whose rows differ has each row's class: the revised 105
// is ClassHandshake, its code ClassLicense. An error that is not about the
// license is ClassNotLicense. For nil, and for a tree without a DLS error,
// it is ClassUnknown.
func ClassOf(err error) Class { return decide(err).class() }

// Licensed reports whether the SDK runs licensed after the call that
// returned err. It does for nil, and when the class that decides (see
// [ClassOf]) is ClassWarning: a trial license, a cached license, part of a
// key invalid. The SDK returns those instead of 0, but they leave it
// licensed. Licensed is false for an error that is not about the license:
// such an error is no evidence of a license, and ClassOf tells it apart.
func Licensed(err error) bool { return err == nil || ClassOf(err) == ClassWarning }

// Retryable reports whether trying again later can succeed: whether the
// class that decides for err (see [ClassOf]) is ClassUnavailable or
// ClassQuota. The vendor documents that a standby server refuses (100)
// while the main one works, and its own sample for 120 tells the user to
// try again or to contact the administrator; the SDK's "cannot reach the
// server" codes are the failures that retries exist for. That a quota can
// clear is inference: a per-scan license past its 5% grace fails until
// someone acts, so retry with a backoff, and tell an administrator. Every
// other class is a state of the license, the configuration or the machine
// that retrying does not change (112 only at the license's start date), a
// warning that needs no retry, or not about the license.
func Retryable(err error) bool { return isRetryable(ClassOf(err)) }

// TransportOf returns the SDK's transport report that the DLS error that
// decides for err (see [ErrorOf]) carries in its message, or its cause in
// theirs, and whether there is one. The report is read once, when the error
// is made; a message that does not follow its grammar (see [Transport]) has
// none: nothing is guessed.
func TransportOf(err error) (Transport, bool) {
	for d := decide(err); d != nil; d = d.cause {
		if d.report != nil {
			return *d.report, true
		}
	}
	return Transport{}, false
}

// Attr returns the attribute to log err under with log/slog. When err's tree
// holds a DLS error, it is a group: the fields [Error.LogValue] gives the
// one that decides (see [ErrorOf]), and "error", the text of the whole err.
// That text is cut to 200 bytes as Error cuts text it received, with
// error_len, its full length, when it was cut. So a wrapped error logs its
// code, class and transport report, not only its text. Otherwise Attr is
// slog.Any(key, err).
// Its cost is linear in err's tree and text.
func Attr(key string, err error) slog.Attr {
	d := decide(err)
	if d == nil {
		return slog.Any(key, err)
	}
	attrs := appendBounded(d.fields(), "error", err.Error())
	return slog.Attr{Key: key, Value: slog.GroupValue(attrs...)}
}

// The types.

// Code is a license error code, a number the vendor defined: a license
// server's original number (100-199), which SDKs report as the product
// code -(20000+code), or an SDK's own number (-20200, -10003, -30063). The
// constants are the codes the tables know; a Code may also hold a number
// they do not know, which the error keeps. The zero Code means no code.
// Read a number an SDK returned with FromProduct, never as Code(rc): -20111
// is LicenseExpired, 111, and Code(-20111) no known code.
type Code int

// Original returns the license server's number for c: c itself if it is
// positive, and 0 for the SDKs' codes, which no server sends.
func (c Code) Original() int { return max(int(c), 0) }

// Product returns the number a Dynamsoft SDK reports for c: -(20000+c) for
// the license server's range 100-199, c itself for the SDKs' codes (any
// negative c outside -20199 to -20100), and 0 for any other value, which no
// SDK reports.
func (c Code) Product() int {
	switch {
	case uint(c)-minCode < codeSpan:
		return productBase - int(c)
	case c < 0 && !isProduct(int(c)):
		return int(c)
	}
	return 0
}

// Known reports whether c is one of the constants.
func (c Code) Known() bool { return c.def() != nil }

// Message returns the canonical message for c. For a server code it is the
// specification's first row (the revised wording for codes added in 2024).
// For an SDK's code it is Capture Vision 3's text, or Barcode Reader 9's
// where Capture Vision has none. For a number that is not about the
// license, it is the SDK's text for it; for any other c, "".
func (c Code) Message() string {
	if m := c.def(); m != nil {
		return m.err.msg
	}
	if n := c.entry(); n != nil && n.err.def == &notLicenseDef {
		return n.err.msg
	}
	return ""
}

// String returns the name of c's constant ("LicenseExpired"), or "Code(N)"
// for any other c.
func (c Code) String() string {
	if m := c.def(); m != nil {
		return m.name
	}
	return "Code(" + strconv.Itoa(int(c)) + ")"
}

// Class returns what kind of failure the code c is: its constant's class,
// ClassNotLicense for a number that the SDKs' tables say is not about the
// license, and ClassUnknown otherwise. An error says more than its code:
// decide with [ClassOf], which follows a later row (the revised 105 is
// ClassHandshake, its code ClassLicense) and a cause.
func (c Code) Class() Class {
	if m := c.def(); m != nil {
		return m.class
	}
	if n := c.entry(); n != nil && n.err.def == &notLicenseDef {
		return ClassNotLicense
	}
	return ClassUnknown
}

// MarshalText writes what String returns.
func (c Code) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// AppendText appends what String returns to b, without allocating when b
// has room.
func (c Code) AppendText(b []byte) ([]byte, error) {
	if m := c.def(); m != nil {
		return append(b, m.name...), nil
	}
	b = strconv.AppendInt(append(b, "Code("...), int64(c), 10)
	return append(b, ')'), nil
}

// UnmarshalText sets c as ParseCode reads text. On error c is unchanged.
func (c *Code) UnmarshalText(text []byte) error {
	v, err := ParseCode(string(text))
	if err == nil {
		*c = v
	}
	return err
}

// UnmarshalJSON sets c from a JSON string, as UnmarshalText reads it, or
// from a JSON number, a license server's or an SDK's, read as FromProduct
// reads it (-20111 is LicenseExpired). null leaves c unchanged, as
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
	default:
		if n, ok := atoi(s); ok {
			*c = fromNumber(n)
			return nil
		}
	}
	return invalid("code", s)
}

// ParseCode reads what String writes, and only that, so that each code has
// one spelling: a constant's name ("LicenseExpired"), or "Code(N)" for any
// other value, N in decimal as strconv.Itoa writes it. Anything else is an
// error that quotes s.
func ParseCode(s string) (Code, error) {
	if c, ok := table.byName[s]; ok {
		return c, nil
	}
	if n, ok := parseWrapped(s, "Code("); ok && Code(n).String() == s {
		return Code(n), nil
	}
	return 0, invalid("code", s)
}

// Codes returns every constant, in a new slice each call: the license
// server's in ascending order, then the SDKs' license client's, then the
// modules', then the other products' (Web TWAIN's, Document Viewer's).
func Codes() []Code {
	out := make([]Code, 0, len(meanings))
	for i := range meanings {
		if m := &table.meanings[i]; m.code != 0 && !m.later {
			out = append(out, m.code)
		}
	}
	return out
}

// Class groups errors by what a service should do about them. Each class's
// doc says what it means, what to do, and the evidence; where it says
// "inference", no vendor document says it. README.md's Reference lists the
// codes of each. A Class marshals to its name without the prefix ("Quota"),
// and ParseClass reads it back.
type Class int

const (
	// ClassUnknown means the package cannot read the error: a number or a
	// message no table has, or a number of two meanings without its text.
	// Do: log it with what it keeps, and look it up in the SDK's own errors.
	ClassUnknown Class = iota
	// ClassUnavailable means no license server would serve now: a standby
	// refused while the main server works, or the SDK could not reach a
	// server or got no license from it. Do: retry later, with a backoff; the
	// SDK fails over from the main server to the standby by itself.
	// Evidence: the standby's refusal is the server's 100 (vendor); the SDK
	// returned -20200 (Capture Vision) or -20003 (Barcode Reader 9) for
	// closed ports, HTTP errors and a body that is no license (measured);
	// since Barcode Reader 9.6.40 it returns LicenseCacheUsed instead while a
	// valid cache lasts (vendor). "Under construction" and -10044 are
	// presumed transient (inference).
	ClassUnavailable
	// ClassHandshake means the client's handshake code, session password or
	// organization settings are wrong. Do: fix the configuration. Evidence:
	// the server's list; a changed session password also regenerates the
	// license key (vendor).
	ClassHandshake
	// ClassMismatch means the license does not fit this client: its product,
	// version, edition, deployment type, domain, reserved info or charge
	// way. Do: fix the license or the client. Evidence: the texts.
	ClassMismatch
	// ClassLicense means the license or its key is missing, expired, not yet
	// effective or invalid, or does not cover a module. Do: renew or fix the
	// license; retrying does not help. Evidence: the texts; a module's code
	// at decode time does not prove the rest of the license fine: Capture
	// Vision returned -30063 whatever InitLicense's failure (measured), so
	// read a decode with [FromDecode].
	ClassLicense
	// ClassQuota means a usage limit is reached: devices, instances,
	// requests or results. Do: back off, and tell an administrator.
	// Evidence: the vendor's sample for 120 says to try again or to contact
	// the administrator; that other quotas clear (an instance stops, a
	// period ends, an administrator raises the limit) is inference.
	ClassQuota
	// ClassSecurity means the server saw a cloned device. Do: alert.
	// Evidence: the server's list; nothing documents the trigger.
	ClassSecurity
	// ClassWarning means the SDK runs licensed anyway ([Licensed]). Do: log
	// it and go on; a cache and a trial end, so an operator should see them.
	// Evidence: the vendor's samples treat -20012 (a cached license, the
	// server out of reach) and -10076 (part of the key invalid) as success,
	// and -10076's text says so; a Barcode Reader 9 sample treats -20010 (a
	// trial license) as no failure.
	ClassWarning
	// ClassInstallation means the machine cannot run the license client as
	// it is set up: its license cache cannot be written or belongs to another
	// device, a license library is missing, the browser is too old, or the
	// clock is wrong. Do: fix the machine; retrying does not help. Evidence:
	// the vendor: "the directory of the license cache is inaccessible";
	// measured: -20002 with the cache path under a file, -20007 with the
	// client library missing.
	ClassInstallation
	// ClassUsage means the program uses the SDK wrongly. Do: fix the
	// program: call InitLicense once, before creating SDK objects, with one
	// kind of license initialization, from a page served over https.
	// Evidence: the texts.
	ClassUsage
	// ClassNotLicense means the error is not about the license: a bad file or
	// image, a wrong parameter or template, no memory, a timeout
	// ([ErrNotLicense]). Do: handle it as the SDK's own error (a bad upload
	// is the client's fault, not the license's). Evidence: the SDKs'
	// GetErrorString tables, measured (testdata/realclient).
	ClassNotLicense
)

var classNames = [...]string{"Unknown", "Unavailable", "Handshake", "Mismatch", "License", "Quota", "Security", "Warning", "Installation", "Usage", "NotLicense"}

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

// ParseClass reads what String writes, and only that: a name without its
// prefix ("Quota"), or "Class(N)" for a value that is not one of the
// constants. Anything else is an error that quotes s.
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

// Error is a license error. The lookups return it as an error value, which
// [errors.As] copies out: errors.As(err, &e) with e an Error (or an *Error,
// which gets a copy of its own). What an Error says is fixed when it is made
// and no caller can change it, so the lookups share one Error for each known
// code and text without allocating. The zero Error is no error.
//
// An error has a number, a code or both, as received or derived. It has
// what the package knows it is: a code, a later row of a code, a browser
// text without a number, not about the license, or nothing. It has the
// message as read. Where the message says more than the number, it has a
// cause that decides.
type Error struct {
	d *details
}

// details is what an Error says. A shared one is never written after init.
type details struct {
	code      Code       // see Error.Code
	product   int        // the number an SDK reported, or 0
	def       *meaning   // what the package knows the error is; nil for nothing
	ambiguous bool       // a number of two meanings, and nothing told which
	msg       string     // the message as read, or the table's text
	listed    bool       // msg is a text of the tables: Error writes it as it is
	server    bool       // msg is a text of the license server's list, or its 113 filled in
	tmpl      *template  // the template msg fills in, if it does
	cause     *details   // what msg says, where it decides over the number
	report    *Transport // the SDK's transport report in msg
	text      string     // Error's text, computed once for a shared error
}

// detailsOf returns what err says if err is an Error, nil otherwise.
func detailsOf(err error) *details {
	e, _ := err.(Error)
	return e.d
}

// Code returns the code of e's number. It is the constant where e is a
// license code's error. It is the number itself where no constant has it:
// an unknown number, or a number that is not about the license. It is 0
// where e has no number (a message alone), and where its number is a
// constant's but e is not that code (-10058 to -10062, ambiguous or with
// Capture Vision's text). [CodeOf] says which code decides: its cause's,
// where the cause decides.
func (e Error) Code() Code {
	if e.d == nil {
		return 0
	}
	return e.d.code
}

// Product returns the number an SDK reports for e, as received or derived
// from the original code, or 0 if there is none.
func (e Error) Product() int {
	if e.d == nil {
		return 0
	}
	return e.d.product
}

// Message returns the message as read (see [FromMessage]: up to its first
// NUL, without the SDK's tags, and the message a client's wrapper holds);
// for a lookup by number alone, the code's canonical message or the SDK's
// text for the number; "" if there is none.
func (e Error) Message() string {
	if e.d == nil {
		return ""
	}
	return e.d.msg
}

// LicenseItem returns the license item id that the server put in the 113
// message of e or of its cause, byte for byte, or "" if there is none.
func (e Error) LicenseItem() string {
	for d := e.d; d != nil; d = d.cause {
		if d.tmpl != nil && d.tmpl.meaning.code == LicenseItemInvalid {
			return d.holes()[0]
		}
	}
	return ""
}

// Error returns e as one line:
//
//	dls <product code> (<original code>): <message>
//
// with the numbers that exist: both for the license server's codes, only the
// product code for the SDKs' numbers, only the original code for a positive
// number outside 100-199, and none for a message without a number:
//
//	dls -20111 (111): License has expired.
//	dls -20113 (113): This license item "LI-2024-0042" has been invalid.
//	dls -20111 (111): "Some wording no list has published."
//	dls -20003: Session password is incorrect.
//	dls -20200: "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."
//	dls -10006: not a license error: The file type is not supported.
//	dls 999: unknown code
//	dls -10062: ambiguous code
//	dls: unknown code: "No such wording."
//
// A text of the tables is written as it is. Any other text it received (a
// message no table has, a license item id, a transport report) is written as
// a Go quoted string. So control characters, line breaks, U+2028/U+2029 and
// quotes are escaped, and a hostile server cannot forge log lines. Such a
// text is cut to its first 200 bytes, at a character boundary, and then
// "...(N bytes)" gives its full length. [Error.Message] and
// [Error.LicenseItem] still return the whole text. A shared error's text
// costs no allocation.
func (e Error) Error() string {
	switch {
	case e.d == nil:
		return "dls: <nil>"
	case e.d.text != "":
		return e.d.text
	}
	return e.d.format()
}

// Unwrap returns e's cause: the error its message reads as, where the
// message decides over e's number (see [FromProductMessage]), or that
// InitLicense's error was for a decode (see [FromDecode]); nil for every
// other error.
func (e Error) Unwrap() error {
	if e.d == nil || e.d.cause == nil {
		return nil
	}
	return Error{e.d.cause}
}

// Is reports whether e matches target, for [errors.Is]. A code's sentinel
// matches every error of the code, whatever its row. Any other sentinel
// matches every error of its meaning: [ErrIPLicenseExpired] its row,
// [ErrNotLicense] every error that is not about the license, [ErrUnknown]
// every error the package cannot read. An Error of nothing known matches
// every error of nothing known with the same numbers. Messages take no
// part; e's cause is matched through Unwrap.
func (e Error) Is(target error) bool {
	t, ok := target.(Error)
	if !ok || e.d == nil || t.d == nil {
		return false
	}
	d, td := e.d, t.d
	switch {
	case td == &unknown:
		return d.unread()
	case td == &notLicenseErr:
		return d.verdict().def == &notLicenseDef
	case td.def == nil:
		return d.def == nil && (td.code != 0 || td.product != 0) && td.code == d.code && td.product == d.product
	case td.def.code != 0 && !td.def.later:
		return d.def != nil && d.def.code == td.def.code
	}
	return d.def == td.def
}

// As sets target to a copy of e when target is an **Error, for
// [errors.As] with an *Error target: the copy is the caller's own.
func (e Error) As(target any) bool {
	p, ok := target.(**Error)
	if ok {
		c := e
		*p = &c
	}
	return ok
}

// LogValue makes e a log/slog group of these fields, each number in a field
// that says whose number it is:
//
//   - original_code, the license server's number, and product_code, the
//     SDK's (each left out when the error has none);
//   - name, the code's constant, the name of a browser text's sentinel
//     without Err, "NotLicense" for an error that is not about the license,
//     or "Unknown"; and row, a later row's sentinel without Err
//     ("IPLicenseExpired");
//   - class, as ClassOf says;
//   - message, as Message returns it, and license_item, 113's item id;
//   - transport, what TransportOf reads: reason, error_code, http_status,
//     response, failover with main_error_code and main_http_status, cache;
//   - cause, the fields of the error's cause.
//
// Text it received is cut to 200 bytes, as Error cuts it, with its full
// length in a field of the same name and _len (message_len); it is logged as
// data, which handlers quote or escape.
func (e Error) LogValue() slog.Value {
	if e.d == nil {
		return slog.StringValue("<nil>")
	}
	return slog.GroupValue(e.d.fields()...)
}

// MarshalJSON writes e as a JSON object of the fields LogValue logs, for a
// service that returns or stores a license failure; null for the zero
// Error. It is for reading, not a serialization to read back: the text in
// it is cut.
func (e Error) MarshalJSON() ([]byte, error) {
	if e.d == nil {
		return []byte("null"), nil
	}
	return appendObject(make([]byte, 0, 256+min(len(e.d.msg), maxQuoted)), e.d.fields()), nil
}

// Transport is the SDK's transport report: what its license client writes
// into InitLicense's message about its exchange with the license server
// when it got no license from one. Capture Vision 3 writes
//
//	<reason>. ErrorCode:N HttpCode:N ResponseStr:<body>.[Cache] <cache>
//
// (ReponseStr in some builds), with " MainErrorCode:N MainHttpCode:N" before
// the final period when it tried the standby server after the main one, and
// the cache note only when it has one; Barcode Reader 9 writes
//
//	<reason>.-ErrorCode:N-HttpCode:N-ReponseStr:<body>
//
// The reason has no period. Every N is a C int as %d writes it, -1
// included: an ErrorCode or HttpCode that does not fit in 32 bits makes the
// message no report. The body runs to the shortest end after which the rest
// of the report reads as the grammar says, with numbers that fit (Capture
// Vision), or to the end of the message (Barcode Reader 9), so a body that
// holds such an end itself is cut there.
type Transport struct {
	// Reason is the SDK's summary: "DLS Connect Error", "Unknown Network
	// Error", "Invalid License String" (Capture Vision), "Invalid License",
	// "Unknow Error" (Barcode Reader 9).
	Reason string
	// ErrorCode is the number of the SDK's HTTP client for the last server
	// it tried. Measured: 0, an HTTP answer came; 7, the port was closed;
	// 18, the connection closed in the middle of the body; 52, the server
	// closed the connection without an answer; 28, no answer in 60 seconds.
	// They are libcurl's CURLE_ numbers (inference: they match).
	ErrorCode int
	// HTTPStatus is the last HTTP status the SDK received, 0 for none. The
	// SDK does not reset it when it fails over, so with the main server
	// answering 503 and the standby out of reach it is the main's 503
	// (measured).
	HTTPStatus int
	// Response is the body the server sent, as received, newlines included.
	Response string
	// Failover reports that the SDK tried the standby server after the main
	// one, which it does by itself, as the key names both: MainErrorCode and
	// MainHTTPStatus are then the main server's numbers.
	Failover       bool
	MainErrorCode  int
	MainHTTPStatus int
	// Cache is the SDK's note on its license cache ("Cache not found."), ""
	// if it wrote none.
	Cache string
}

// Reading messages.

// The SDK's tags before a message, and the mark before a masked barcode
// text.
const (
	licenseTag = "[License] "
	keyTag     = "[Key "
	attention  = "[Attention(exceptionCode:"
	noLicense  = "No license found."
)

// A reading of a message may use each wrapper once, and the forms that
// read a message inside it once: skip says which are used up.
const (
	skipCapture   = 1 << iota // a capture-time text inside another
	skipFramed                // a browser frame inside another
	skipTransport             // a transport report inside a report's body
	skipWrapper               // the first wrapper's bit; the others follow
)

// read returns what the normalized text s is, nil if the package reads
// nothing in it. u is s before its trailing white space went, which a
// transport report's body keeps. The forms are tried in the order of this
// list, and the first that reads s decides; a reading that is no text of the
// tables is in memory of its own.
func read(s, u string, skip uint64) *details {
	for _, form := range [...]func(s, u string, skip uint64) *details{
		listed,    // a text of the tables
		wrapped,   // a text that a client wraps
		atCapture, // a module's "No license found." at capture time
		framed,    // the browser's "[function] [N] message" and "code:N;message:text"
		transport, // the SDK's transport report
		filledIn,  // a template filled in: last, as a hole at a start takes in any text before its literal
	} {
		if d := form(s, u, skip); d != nil {
			return d
		}
	}
	return nil
}

// listed is byText as a form of read.
func listed(s, _ string, _ uint64) *details { return byText(s) }

// readAgain reads a text that another holds, normalized again.
func readAgain(t string, skip uint64) *details {
	s, u := normalize(t)
	return read(s, u, skip)
}

// withMessage returns the error of number code, whose entry n has (nil if
// none), with the normalized message s, which is none of the number's own
// texts: the rule that FromProductMessage states.
func withMessage(code int, n *number, s, u string, skip uint64) *details {
	var alone details
	if n != nil {
		alone = *n.err
	} else {
		alone = details{code: fromNumber(code), product: fromNumber(code).Product()}
	}
	m := read(s, u, skip)
	if m != nil && alone.def != nil && alone.def.code != 0 && m.def != nil && m.def.code == alone.def.code {
		if m.product != alone.product { // a product's own number for the code (aliases): kept
			c := *m
			c.product, c.text = alone.product, ""
			return &c
		}
		return m // the number's own code, in another form
	}
	d := &details{code: alone.code, product: alone.product, def: alone.def, ambiguous: alone.ambiguous}
	if t := byText(s); t != nil {
		d.msg, d.listed = t.msg, true
	} else {
		d.msg = strings.Clone(s)
	}
	switch {
	case m == nil:
	case m.unread():
		d.report = m.report
	case decides(&alone, m):
		d.cause = m
	}
	return d
}

// decides reports whether m, what a message or an earlier call says, decides
// over n, the error of a number: whenever it reads as an error of its own,
// except that a warning, or an error that is not about the license, never
// overrules a license code.
func decides(n, m *details) bool {
	if m.unread() {
		return false
	}
	switch m.class() {
	case ClassWarning, ClassNotLicense:
		return n.def == nil || n.def == &notLicenseDef
	}
	return true
}

// normalize reads s as FromMessage says: up to its first NUL, without white
// space around it, without the SDK's leading tags; and returns it also
// before its trailing white space went. The tags go before the trailing
// white space, so that a message of tags alone ("[License] ") is empty.
func normalize(s string) (string, string) {
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	// Most text begins and ends with a visible ASCII byte: nothing to trim.
	if s != "" && !visibleASCII(s[0]) {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
	}
	s = untagged(s)
	u := s
	if s != "" && !visibleASCII(s[len(s)-1]) {
		s = strings.TrimRightFunc(s, unicode.IsSpace)
	}
	return s, u
}

// untagged returns s without the SDK's tags at its start, "[License] " and
// then "[Key N] ". It is small enough to inline: most messages have no tag.
func untagged(s string) string {
	if len(s) >= len(licenseTag) && s[:len(licenseTag)] == licenseTag {
		return withoutKeyTag(s[len(licenseTag):])
	}
	return s
}

// withoutKeyTag returns s without a "[Key N] " at its start.
func withoutKeyTag(s string) string {
	if n, ok := strings.CutPrefix(s, keyTag); ok {
		digits := 0
		for digits < len(n) && '0' <= n[digits] && n[digits] <= '9' {
			digits++
		}
		if digits > 0 && n[0] != '0' && strings.HasPrefix(n[digits:], "] ") {
			s = n[digits+2:]
		}
	}
	return s
}

func visibleASCII(c byte) bool { return ' ' < c && c < utf8.RuneSelf }

// admits says what a wrapper wraps.
type admits uint8

const (
	serverMessage admits = iota // a message of the license server's list, or 113 filled in
	tableText                   // a text of the tables
	anyReading                  // any text the package reads
)

// wrapped reads s as a text that a client wraps (see wrappers), each
// wrapper once.
func wrapped(s, _ string, skip uint64) *details {
	for i, w := range wrappers {
		bit := uint64(skipWrapper) << i
		if skip&bit != 0 || len(s) <= len(w.prefix)+len(w.suffix) || !strings.HasPrefix(s, w.prefix) || !strings.HasSuffix(s, w.suffix) {
			continue
		}
		inner := s[len(w.prefix) : len(s)-len(w.suffix)]
		var d *details
		switch w.admits {
		case tableText:
			d = byText(inner)
		default:
			d = readAgain(inner, skip|bit)
		}
		if d != nil && !d.unread() && (w.admits != serverMessage || d.server) {
			return d
		}
	}
	return nil
}

// filledIn reads s as a template filled in (see templates).
func filledIn(s, _ string, _ uint64) *details {
	for i := range table.templates {
		if t := &table.templates[i]; t.match(s) {
			return &details{code: t.meaning.code, product: t.meaning.code.Product(), def: t.meaning, msg: strings.Clone(s), tmpl: t,
				server: t.meaning.code == LicenseItemInvalid}
		}
	}
	return nil
}

// atCapture reads s as a module's "No license found." at capture time (see
// FromMessage), with a format tag, InitLicense's message appended, or both.
func atCapture(s, _ string, skip uint64) *details {
	if skip&skipCapture != 0 {
		return nil
	}
	for _, w := range table.modules {
		rest, ok := strings.CutPrefix(s, w.msg[:len(w.msg)-len(noLicense)])
		if !ok {
			continue
		}
		rest, ok = strings.CutPrefix(formatTagged(rest), noLicense)
		switch {
		case !ok:
			return nil
		case rest == "":
			return &details{code: w.code, product: w.product, def: w.def, msg: strings.Clone(s)}
		case len(rest) < 2 || rest[0] != ' ':
			return nil
		}
		if r, _ := utf8.DecodeRuneInString(rest[1:]); unicode.IsSpace(r) {
			return nil
		}
		d := &details{code: w.code, product: w.product, def: w.def, msg: strings.Clone(s)}
		if m := readAgain(rest[1:], skip|skipCapture|skipFramed); m != nil && decides(w, m) {
			d.cause = m
		}
		return d
	}
	return nil
}

// formatTagged returns s after a format tag ("[ONED] "), or s if it has none.
func formatTagged(s string) string {
	n := 1
	for n < len(s) && n <= 32 && ('A' <= s[n] && s[n] <= 'Z' || '0' <= s[n] && s[n] <= '9' || s[n] == '_') {
		n++
	}
	if n > 1 && s[0] == '[' && strings.HasPrefix(s[n:], "] ") {
		return s[n+2:]
	}
	return s
}

// framed reads u, the text before its trailing white space went, as one of
// the browser clients' frames: "[function] [N] message" (the function's name
// ASCII letters and digits, a letter first, or none), "[N] message" and
// "code:N;message:text", N a C int other than 0, as FromProductMessage(N,
// message); and "[function] message", as the message alone.
func framed(s, u string, skip uint64) *details {
	if skip&skipFramed != 0 || !strings.HasPrefix(s, "[") && !strings.HasPrefix(s, "code:") {
		return nil
	}
	var number, rest string
	if after, ok := strings.CutPrefix(u, "code:"); ok {
		number, rest, _ = strings.Cut(after, ";")
		if rest, ok = strings.CutPrefix(rest, "message:"); !ok {
			return nil
		}
	} else {
		name, after, ok := strings.Cut(u[1:], "] ")
		if !ok {
			return nil
		}
		n, isNumber := cInt(name)
		switch {
		case isNumber && n != 0:
			number, rest = name, after
		case strings.TrimFunc(name, isASCIIAlnum) != "" || name != "" && '0' <= name[0] && name[0] <= '9': // a name, as JavaScript's, starts with a letter
			return nil
		default: // a function's name, then a number or not
			inner, _ := strings.CutPrefix(after, "[")
			if number, rest, ok = strings.Cut(inner, "] "); !ok || len(inner) == len(after) {
				return readAgain(after, skip|skipFramed)
			}
			if n, ok := cInt(number); !ok || n == 0 {
				return readAgain(after, skip|skipFramed)
			}
		}
	}
	n, ok := cInt(number)
	if !ok || n == 0 {
		return nil
	}
	ms, mu := normalize(rest)
	return numberMessage(n, byNumber(n), ms, mu, skip|skipFramed)
}

func isASCIIAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
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

// unknownNumber returns a new error of number n, which no table has.
func unknownNumber(n int) *details {
	c := fromNumber(n)
	return &details{code: c, product: c.Product()}
}

// The SDK's transport report.

// transport reads s, a message after normalization, as the SDK's transport
// report. A reason the SDK was measured to write gives the error of the
// code it returned with it; another reason, an error of no code that keeps
// the report. u is s before its trailing white space went: a body at the
// end keeps it.
func transport(s, u string, skip uint64) *details {
	if skip&skipTransport != 0 {
		return nil
	}
	var t Transport
	c, body, ok := parseTransport(s, u, &t)
	if !ok {
		return nil
	}
	// The report's texts point into the error's own copy of the message.
	own := strings.Clone(u[:max(len(s), body[1])])
	t.Reason, t.Response, t.Cache = own[:len(t.Reason)], own[body[0]:body[1]], own[len(s)-len(t.Cache):len(s)]
	d := &details{code: c, product: c.Product(), def: c.def(), msg: own[:len(s)], report: &t}
	if v := verdictIn(&t); v != nil && decides(d, v) {
		d.cause = v
	}
	return d
}

// verdictIn returns the license server's verdict in a report's body: a
// refusal (any status but 200, and 0 for none) whose body is the JSON
// object the server refuses with, {"errorCode":N,"message":"TEXT"}, one of
// the two fields or both, read as FromOriginalMessage(N, TEXT), FromMessage
// (TEXT) or FromOriginal(N). A 200's body is no verdict: the client read it
// as one that holds no license. nil if the body is none, or reads as
// nothing.
func verdictIn(t *Transport) *details {
	body := strings.TrimSpace(t.Response)
	if t.HTTPStatus == 200 || t.HTTPStatus == 0 || !strings.HasPrefix(body, "{") {
		return nil
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal([]byte(body), &fields) != nil {
		return nil
	}
	var msg string
	rawCode, hasCode := fields["errorCode"]
	rawMsg, hasMsg := fields["message"]
	n, numberOK := atoi(string(rawCode))
	if hasCode && (!numberOK || n == 0) || hasMsg && json.Unmarshal(rawMsg, &msg) != nil || !hasCode && !hasMsg {
		return nil
	}
	var v *details
	switch s, u := normalize(msg); {
	case !hasCode:
		v = read(s, u, skipTransport)
	default:
		v = numberMessage(n, byNumber(n), s, u, skipTransport)
	}
	if v == nil || v.unread() {
		return nil
	}
	return v
}

// parseTransport reads s as a Transport into t, and returns the code the
// SDK was measured to return with its reason (0 for another reason) and
// where the body lies in u, the same message before its trailing white space
// went: a body at the end keeps it.
func parseTransport(s, u string, t *Transport) (Code, [2]int, bool) {
	var body [2]int
	reason, rest, found := strings.Cut(s, ".")
	if !found || reason == "" {
		return 0, body, false
	}
	*t = Transport{Reason: reason}
	var ok bool
	if rest, found := strings.CutPrefix(rest, "-ErrorCode:"); found { // Barcode Reader 9
		if t.ErrorCode, rest, ok = cutNumber(rest, "-HttpCode:"); ok {
			t.HTTPStatus, rest, ok = cutNumber(rest, "-ReponseStr:")
		}
		if !ok {
			return 0, body, false
		}
		start := len(s) - len(rest)
		t.Response = u[start:]
		return reasonCode(true, reason), [2]int{start, len(u)}, true
	}
	if rest, ok = strings.CutPrefix(rest, " ErrorCode:"); !ok {
		rest, ok = strings.CutPrefix(rest, " NetCode:")
	}
	if ok {
		if t.ErrorCode, rest, ok = cutNumber(rest, " HttpCode:"); ok {
			t.HTTPStatus, rest, ok = cutNumber(rest, " Re")
		}
	}
	if !ok {
		return 0, body, false
	}
	if rest, ok = strings.CutPrefix(rest, "sponseStr:"); !ok {
		if rest, ok = strings.CutPrefix(rest, "ponseStr:"); !ok {
			return 0, body, false
		}
	}
	start := len(s) - len(rest)
	// A tail starts with a period or " MainErrorCode:": only there can the
	// body end. Each candidate is looked at once, in a constant time.
	for end := 0; ; end++ {
		i := strings.IndexAny(rest[end:], ". ")
		if i < 0 {
			break
		}
		end += i
		if t.tail(rest[end:]) {
			t.Response = rest[:end]
			return reasonCode(false, reason), [2]int{start, start + end}, true
		}
	}
	return 0, body, false
}

// mainTail starts the main server's numbers in Capture Vision's report.
const mainTail = " MainErrorCode:"

// tail reads what follows the body of Capture Vision's report into t: the
// main server's numbers, the final period, the cache note; it reports
// whether s reads so, with numbers that fit, and leaves t as it was if not.
func (t *Transport) tail(s string) bool {
	failover, mainCode, mainStatus := false, 0, 0
	if rest, found := strings.CutPrefix(s, mainTail); found {
		var ok bool
		if mainCode, rest, ok = cutNumber(rest, " MainHttpCode:"); ok {
			mainStatus, s, ok = cutNumber(rest, ".")
		}
		if !ok {
			return false
		}
		failover = true
	} else if s, found = strings.CutPrefix(s, "."); !found {
		return false
	}
	cache := ""
	if s != "" {
		var ok bool
		if cache, ok = strings.CutPrefix(s, "[Cache] "); !ok {
			return false
		}
	}
	t.Failover, t.MainErrorCode, t.MainHTTPStatus, t.Cache = failover, mainCode, mainStatus, cache
	return true
}

// cutNumber reads at the start of s a number as cInt reads one, followed by
// sep, and returns it and what follows sep; ok says s reads so.
func cutNumber(s, sep string) (n int, rest string, ok bool) {
	i := 0
	if strings.HasPrefix(s, "-") {
		i++
	}
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if n, ok = cInt(s[:i]); ok {
		rest, ok = strings.CutPrefix(s[i:], sep)
	}
	return n, rest, ok
}

// reasonCode returns the code the SDK was measured to return with a report
// of this reason and form, 0 if it was measured with none.
func reasonCode(dbr9 bool, reason string) Code {
	for _, r := range reasons {
		if r.dbr9 == dbr9 && r.reason == reason {
			return r.code
		}
	}
	return 0
}

// What an error is: its class, and which error decides.

// unread reports whether the package read nothing in d: ErrUnknown's
// errors.
func (d *details) unread() bool { return d.def == nil && d.cause == nil }

// verdict returns the error whose code and class decide for d: its cause's,
// as far as causes go, as every cause decides (see decides); nil for nil.
func (d *details) verdict() *details {
	for d != nil && d.cause != nil {
		d = d.cause
	}
	return d
}

// ownClass is the class of what d is, its cause left aside.
func (d *details) ownClass() Class {
	if d == nil || d.def == nil {
		return ClassUnknown
	}
	return d.def.class
}

// class is ClassOf for d.
func (d *details) class() Class { return d.verdict().ownClass() }

func isRetryable(k Class) bool { return k == ClassUnavailable || k == ClassQuota }

// severity lists the classes in the order in which they decide for a tree
// of errors (see ErrorOf), the first first.
var severity = [...]Class{
	ClassSecurity, ClassLicense, ClassMismatch, ClassHandshake, ClassInstallation, ClassUsage,
	ClassQuota, ClassUnavailable,
	ClassUnknown, ClassNotLicense, ClassWarning,
}

// rank is k's place in severity, counted from its end: the higher, the
// more severe.
var rank = func() (r [len(classNames)]int) {
	for i, k := range severity {
		r[k] = len(severity) - i
	}
	return r
}()

// The tree walk.

// maxDepth bounds how deep a walk goes, and maxNodes how many errors it looks
// at, so that a tree that holds itself ends the walk.
const (
	maxDepth = 1000
	maxNodes = 100 * maxDepth
)

// decide returns the DLS error that decides for err, as ErrorOf says, nil if
// there is none.
func decide(err error) *details {
	w := walker{nodes: maxNodes}
	w.visit(err, 0)
	return w.best
}

// walker walks an error's tree for decide.
type walker struct {
	best  *details
	rank  int
	nodes int // how many more errors the walk may look at
}

// visit walks err's tree from the given depth, in errors.Is's order, and
// reports whether the walk is over: it found an error of the most severe
// class.
func (w *walker) visit(err error, depth int) bool {
	for ; err != nil && depth < maxDepth && w.nodes > 0; depth++ {
		w.nodes--
		if d := asDetails(err); d != nil {
			if k := rank[d.class()]; w.best == nil || k > w.rank {
				w.best, w.rank = d, k
			}
			if w.rank == rank[severity[0]] {
				return true
			}
		}
		switch x := err.(type) {
		case Error:
			return false // its cause is its own
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if w.visit(err, depth+1) {
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

// asDetails returns what the Error that err is says, or the one its As
// method hands out to an Error target or, failing that, to an *Error target,
// as errors.As takes them; nil if there is none.
func asDetails(err error) *details {
	if e, ok := err.(Error); ok {
		return e.d
	}
	x, ok := err.(interface{ As(any) bool })
	if !ok {
		return nil
	}
	var e Error // its own variables: only here do they escape
	if x.As(&e) {
		return e.d
	}
	var p *Error
	if x.As(&p) && p != nil {
		return p.d
	}
	return nil
}

// Formatting: Error's text, logs and JSON.

// maxQuoted bounds how much received text reaches Error, logs and JSON, so a
// server cannot flood them.
const maxQuoted = 200

// format writes d's Error text.
func (d *details) format() string {
	b := make([]byte, 0, 64+2*min(len(d.msg), maxQuoted))
	b = append(b, "dls"...)
	switch o := d.code.Original(); {
	case d.product != 0 && o != 0:
		b = strconv.AppendInt(append(b, ' '), int64(d.product), 10)
		b = append(strconv.AppendInt(append(b, " ("...), int64(o), 10), ')')
	case d.product != 0:
		b = strconv.AppendInt(append(b, ' '), int64(d.product), 10)
	case o != 0:
		b = strconv.AppendInt(append(b, ' '), int64(o), 10)
	}
	b = append(b, ": "...)
	head := ""
	switch {
	case d.def == &notLicenseDef:
		head = "not a license error"
	case d.ambiguous && d.cause == nil:
		head = "ambiguous code"
	case d.unread():
		head = "unknown code"
	}
	if head != "" {
		b = append(b, head...)
		if d.msg == "" && (d.code != 0 || d.product != 0 || d == &unknown) {
			return string(b)
		}
		b = append(b, ": "...)
	}
	switch {
	case d.listed:
		b = append(b, d.msg...)
	case d.tmpl != nil:
		holes := d.holes()
		for i, part := range d.tmpl.parts {
			switch prev := d.tmpl.parts[max(i-1, 0)]; {
			case i == 0:
			case strings.HasSuffix(prev, `"`) && strings.HasPrefix(part, `"`):
				// A hole between quotes is quoted by its own quoting.
				b, part = appendQuoted(b[:len(b)-1], holes[i-1]), part[1:]
			case holes[i-1] != "": // an empty one adds nothing
				b = appendQuoted(b, holes[i-1])
			}
			b = append(b, part...)
		}
	default:
		b = appendQuoted(b, d.msg)
	}
	return string(b)
}

// appendQuoted appends s Go-quoted, cut to maxQuoted bytes at a character
// boundary, and says how long s was if it was cut.
func appendQuoted(b []byte, s string) []byte {
	n := cutAt(s)
	b = strconv.AppendQuote(b, s[:n])
	if n == len(s) {
		return b
	}
	b = append(b, "...("...)
	b = strconv.AppendInt(b, int64(len(s)), 10)
	return append(b, " bytes)"...)
}

// cutAt returns how much of s to show: all of it up to maxQuoted bytes, else
// maxQuoted bytes moved back to the start of a character (at most
// utf8.UTFMax-1 bytes back, so that invalid UTF-8 is cut too).
func cutAt(s string) int {
	if len(s) <= maxQuoted {
		return len(s)
	}
	n := maxQuoted
	for i := 1; i < utf8.UTFMax && !utf8.RuneStart(s[n]); i++ {
		n--
	}
	return n
}

// fields returns the fields LogValue logs for d.
func (d *details) fields() []slog.Attr {
	attrs := make([]slog.Attr, 0, 10)
	if o := d.code.Original(); o != 0 {
		attrs = append(attrs, slog.Int("original_code", o))
	}
	if d.product != 0 {
		attrs = append(attrs, slog.Int("product_code", d.product))
	}
	name, row := "Unknown", ""
	switch {
	case d.def == nil:
	case d.def.code == 0:
		name = d.def.name
	default:
		name = d.def.code.String()
		if d.def.later {
			row = d.def.name
		}
	}
	attrs = append(attrs, slog.String("name", name))
	if row != "" {
		attrs = append(attrs, slog.String("row", row))
	}
	attrs = append(attrs, slog.String("class", d.class().String()))
	attrs = appendBounded(attrs, "message", d.msg)
	if d.tmpl != nil && d.tmpl.meaning.code == LicenseItemInvalid {
		attrs = appendBounded(attrs, "license_item", d.holes()[0])
	}
	if d.report != nil {
		attrs = append(attrs, slog.Attr{Key: "transport", Value: slog.GroupValue(d.report.fields()...)})
	}
	if d.cause != nil {
		attrs = append(attrs, slog.Attr{Key: "cause", Value: slog.GroupValue(d.cause.fields()...)})
	}
	return attrs
}

func (t *Transport) fields() []slog.Attr {
	attrs := appendBounded(make([]slog.Attr, 0, 10), "reason", t.Reason)
	attrs = append(attrs, slog.Int("error_code", t.ErrorCode), slog.Int("http_status", t.HTTPStatus))
	attrs = appendBounded(attrs, "response", t.Response)
	if t.Failover {
		attrs = append(attrs, slog.Bool("failover", true), slog.Int("main_error_code", t.MainErrorCode), slog.Int("main_http_status", t.MainHTTPStatus))
	}
	if t.Cache != "" {
		attrs = appendBounded(attrs, "cache", t.Cache)
	}
	return attrs
}

// appendBounded appends key's attribute with at most maxQuoted bytes of s,
// and key_len with the full length if s was cut.
func appendBounded(attrs []slog.Attr, key, s string) []slog.Attr {
	attrs = append(attrs, slog.String(key, s[:cutAt(s)]))
	if len(s) > maxQuoted {
		attrs = append(attrs, slog.Int(key+"_len", len(s)))
	}
	return attrs
}

// appendObject writes attrs as a JSON object: the kinds fields uses.
func appendObject(b []byte, attrs []slog.Attr) []byte {
	b = append(b, '{')
	for i, a := range attrs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(appendJSONString(b, a.Key), ':')
		switch v := a.Value; v.Kind() {
		case slog.KindInt64:
			b = strconv.AppendInt(b, v.Int64(), 10)
		case slog.KindBool:
			b = strconv.AppendBool(b, v.Bool())
		case slog.KindGroup:
			b = appendObject(b, v.Group())
		default:
			b = appendJSONString(b, v.String())
		}
	}
	return append(b, '}')
}

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it since Go 1.22 (before, \b and \f were \u0008 and \u000c):
// quotes, backslashes, control characters, <, > and &, U+2028 and U+2029,
// and each byte of invalid UTF-8 as U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			switch r {
			case utf8.RuneError:
				b = append(b, `\ufffd`...)
			default:
				b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			}
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(append(b, s[start:]...), '"')
}

// Numbers.

// The license server's codes are 100-199; SDKs report each as -(20000+code).
const (
	minCode     = 100
	codeSpan    = 100
	productBase = -20000
	minProduct  = productBase - minCode - codeSpan + 1 // -20199
	maxProduct  = productBase - minCode                // -20100
)

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
	return errors.New(string(appendQuoted([]byte("dls: invalid "+what+" "), s)))
}

// The indexes behind the lookups, built once from codes.go's rows.

// meaning is what an error can be: a row of meanings, with its row among
// its code's and its sentinel's error.
type meaning struct {
	code  Code
	name  string
	class Class
	later bool     // a later row of its code, not the code's own
	err   *details // its sentinel's: its first text
}

// number is what the index knows of a number.
type number struct {
	err     *details   // what the number alone is: FromProduct's answer
	license *details   // its license code's sentinel, nil if it is no license code's
	texts   []*details // the texts that are the number's own
}

// orUnknown returns what number n alone is: x's error, or for a number no
// table has, a new one.
func (x *number) orUnknown(n int) *details {
	if x != nil {
		return x.err
	}
	return unknownNumber(n)
}

// own returns the error of s if s is one of x's own texts, nil otherwise.
func (x *number) own(s string) *details {
	for _, d := range x.texts {
		if d.msg == s {
			return d
		}
	}
	return nil
}

// template is a row of templates, with its meaning.
type template struct {
	meaning *meaning
	parts   []string
}

// literal is how many bytes of t its sender does not fill in.
func (t *template) literal() int {
	n := 0
	for _, p := range t.parts {
		n += len(p)
	}
	return n
}

// match reports whether s fills in t: s starts with the first literal part
// and ends with the last, and the others follow in between, each found
// where it first comes after the one before. A hole at either end may not
// be empty, as the literals alone are no filled-in text; a hole between two
// literals may.
func (t *template) match(s string) bool {
	_, ok := t.holes(s)
	return ok
}

// holes returns the parts of s that its sender filled in, if s fills in t.
func (t *template) holes(s string) ([]string, bool) {
	parts := t.parts
	first, last := parts[0], parts[len(parts)-1]
	if len(s) < len(first)+len(last) || !strings.HasPrefix(s, first) || !strings.HasSuffix(s, last) {
		return nil, false
	}
	rest := s[len(first) : len(s)-len(last)]
	var holes []string
	for _, p := range parts[1 : len(parts)-1] {
		at := strings.Index(rest, p)
		if at < 0 {
			return nil, false
		}
		holes, rest = append(holes, rest[:at]), rest[at+len(p):]
	}
	holes = append(holes, rest)
	if first == "" && holes[0] == "" || last == "" && rest == "" {
		return nil, false
	}
	return holes, true
}

// holes returns the parts of d's message that its sender filled in.
func (d *details) holes() []string {
	holes, _ := d.tmpl.holes(d.msg)
	return holes
}

// byNumber returns what the index knows of number n, nil if nothing.
func byNumber(n int) *number {
	if uint(n)-minCode < codeSpan {
		n = productBase - n // the server's code as the SDKs report it
	}
	k := uint(-n)
	if b := k >> blockBits; b < uint(len(table.blocks)) {
		blk := &table.blocks[b]
		if i := k - blk.first; i < uint(len(blk.numbers)) {
			if x := &blk.numbers[i]; x.err != nil {
				return x
			}
		}
	}
	return nil
}

// entry returns what the index knows of c's number, if c is a number in
// its canonical form.
func (c Code) entry() *number {
	if isProduct(int(c)) {
		return nil
	}
	return byNumber(int(c))
}

// def returns c's meaning if c is a constant.
func (c Code) def() *meaning {
	if n := c.entry(); n != nil && n.license != nil {
		return n.license.def
	}
	return nil
}

// byText returns the shared error of text s, nil if s is no text of the
// tables. Most texts are found at the first slot they probe.
func byText(s string) *details {
	i := textSlot(s, table.textShift)
	if t := &table.texts[i]; t.msg == s {
		return t.d
	}
	return probe(s, i)
}

// probe goes on from slot i, where byText did not find s: to s, or to an
// empty slot.
func probe(s string, i uint64) *details {
	for {
		switch t := &table.texts[i]; {
		case t.d == nil:
			return nil
		case t.msg == s:
			return t.d
		}
		i = (i + 1) & table.textMask
	}
}

// textSlot is where text s starts its probe in table.texts: a hash of its
// length and three 8-byte windows, at its start, middle and end, which
// tell apart texts that differ in one word (DLS and LTS, does and dose).
// Texts of fewer than 8 bytes all start at one slot and probe on; texts
// that hash alike do too.
func textSlot(s string, shift uint) uint64 {
	n := len(s)
	k := uint64(n)
	if n >= 8 {
		k ^= load64(s, 0) ^ bits.RotateLeft64(load64(s, n/2-4), 21) ^ bits.RotateLeft64(load64(s, n-8), 42)
	}
	return k * 0x9e3779b97f4a7c15 >> shift
}

// load64 reads the 8 bytes of s at i, little-endian, in one load.
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// blockBits sizes the blocks of the number index: the SDKs number their
// errors in families of ten thousand (-10000, -20000, -30000, ...), each
// used in short runs, so a block of 1024 numbers holds a run and few empty
// slots. Any size works; only memory changes.
const blockBits = 10

// block is a run of the number index: the numbers from first on, negated.
type block struct {
	first   uint
	numbers []number
}

// table holds the indexes, built from codes.go's rows before any variable
// that a lookup initializes: Go orders package variables by what they use.
var table = build()

// tables are the indexes behind the lookups.
type tables struct {
	meanings  [len(meanings)]meaning
	shared    [len(wordings)]details   // one shared error for each text of wordings
	others    [len(notLicense)]details // one for each text of notLicense
	aliases   [len(aliases)]details    // one for each alias
	templates []template               // templates and the texts of wordings with {}, in the order tried
	blocks    []block                  // every number, by -product>>blockBits
	texts     []struct {
		msg string
		d   *details
	} // open addressing, probed from textSlot
	textMask  uint64
	textShift uint
	modules   []*details // the modules' "[Module] No license found."
	byName    map[string]Code
	byMeaning map[string]*meaning
}

var (
	unknown       details // ErrUnknown's
	notLicenseDef = meaning{name: "NotLicense", class: ClassNotLicense}
	notLicenseErr = details{def: &notLicenseDef} // ErrNotLicense's
)

// sentinel returns the error of meaning name, for the sentinel
// declarations: its first text's.
func sentinel(name string) error {
	if m := table.byMeaning[name]; m != nil {
		return Error{m.err}
	}
	panic("dlserr: a sentinel of no meaning: " + name)
}

// build makes the indexes from codes.go's rows, and panics where the rows
// contradict each other, so that a mistake in them fails every test.
func build() *tables {
	table := new(tables)
	table.byName = make(map[string]Code, len(meanings))
	byMeaning := make(map[string]*meaning, len(meanings))
	table.byMeaning = byMeaning
	for i, r := range meanings {
		m := &table.meanings[i]
		*m = meaning{code: r.code, name: r.name, class: r.class, later: i > 0 && r.code != 0 && meanings[i-1].code == r.code}
		if byMeaning[r.name] != nil {
			panic("dlserr: two meanings named " + r.name)
		}
		byMeaning[r.name] = m
		if r.code != 0 && !m.later {
			table.byName[r.name] = r.code
		}
	}

	// One shared error for each text; a meaning's first is its sentinel's.
	for i, w := range wordings {
		m := byMeaning[w.meaning]
		if m == nil {
			panic("dlserr: a wording of no meaning: " + w.meaning)
		}
		table.shared[i] = details{code: m.code, product: m.code.Product(), def: m, msg: w.msg, listed: true, server: w.src&(srcLTS|srcDLS|srcRevised) != 0}
		if m.err == nil {
			m.err = &table.shared[i]
		}
	}
	for i := range table.meanings {
		if m := &table.meanings[i]; m.err == nil {
			panic("dlserr: meaning " + m.name + " has no text")
		}
	}
	for _, t := range templates {
		table.templates = append(table.templates, template{meaning: byMeaning[t.meaning], parts: t.parts})
		if byMeaning[t.meaning] == nil || len(t.parts) < 2 {
			panic("dlserr: a template of no meaning, or of one part: " + t.meaning)
		}
	}
	// A text of wordings with {} is a template too: each {} is filled in.
	for _, w := range wordings {
		if strings.Contains(w.msg, "{}") {
			table.templates = append(table.templates, template{meaning: byMeaning[w.meaning], parts: strings.Split(w.msg, "{}")})
		}
	}
	// A text that fills in two templates fills in the one that starts with
	// its own text ("License mismatch: {}" before "{} module license is
	// missing."), then the one that says more ("The current product key
	// expired on {}, ..." before "The current product key {}, ...").
	slices.SortStableFunc(table.templates, func(a, b template) int { return b.literal() - a.literal() })
	var ordered []template
	for _, holeFirst := range []bool{false, true} {
		for _, t := range table.templates {
			if (t.parts[0] == "") == holeFirst {
				ordered = append(ordered, t)
			}
		}
	}
	table.templates = ordered

	// The numbers: each code's, then each number of notLicense.
	numbers := map[int]*number{}
	entry := func(n int) *number {
		if numbers[n] == nil {
			numbers[n] = &number{}
		}
		return numbers[n]
	}
	for i := range table.shared {
		if d := &table.shared[i]; d.def.code != 0 {
			x := entry(int(d.def.code))
			if !d.def.later && x.err == nil {
				x.err, x.license = d.def.err, d.def.err
			}
			x.texts = append(x.texts, d)
		}
	}
	for i, a := range aliases {
		m, d := byMeaning[a.meaning], &table.aliases[i]
		if m == nil || numbers[a.number] != nil {
			panic("dlserr: an alias of no meaning, or of a number that has one: " + a.meaning)
		}
		*d = details{code: m.code, product: a.number, def: m, msg: m.err.msg, listed: true}
		x := entry(a.number)
		x.err, x.texts = d, []*details{d} // no license: Code(a.number) is no constant
	}
	for i, r := range notLicense {
		x := entry(r.number)
		own := &table.others[i]
		*own = details{code: Code(r.number), product: r.number, def: &notLicenseDef, msg: r.msg, listed: true}
		if x.license != nil { // a license code in another SDK: its code is not this error's
			own.code = 0
		}
		x.texts = append(x.texts, own)
		switch {
		case x.license != nil && x.err == x.license: // without its text, the number is ambiguous
			x.err = &details{product: r.number, ambiguous: true}
		case x.err == nil:
			x.err = own
		}
	}
	// The server's range, by its product codes, each code listed or not.
	for c := Code(minCode); c < minCode+codeSpan; c++ {
		x := numbers[int(c)]
		if x == nil {
			x = &number{err: &details{code: c, product: c.Product()}}
		}
		delete(numbers, int(c))
		numbers[c.Product()] = x
	}
	// Each block spans its numbers, first to last.
	spans := map[uint][2]uint{}
	for n := range numbers {
		if n >= 0 {
			panic("dlserr: a number outside the server's range that is not negative: " + strconv.Itoa(n))
		}
		k := uint(-n)
		sp, ok := spans[k>>blockBits]
		if !ok {
			sp = [2]uint{k, k}
		}
		spans[k>>blockBits] = [2]uint{min(sp[0], k), max(sp[1], k)}
	}
	for b, sp := range spans {
		for uint(len(table.blocks)) <= b {
			table.blocks = append(table.blocks, block{})
		}
		table.blocks[b] = block{first: sp[0], numbers: make([]number, sp[1]-sp[0]+1)}
	}
	for n, x := range numbers {
		blk := &table.blocks[uint(-n)>>blockBits]
		blk.numbers[uint(-n)-blk.first] = *x
	}

	// The texts: each wording, then each text of notLicense once: the
	// number's, or, if other numbers return it too, of no number.
	var texts []*details
	seen := map[string]int{}
	for i := range table.shared {
		texts = append(texts, &table.shared[i])
		if _, dup := seen[table.shared[i].msg]; dup {
			panic("dlserr: a text twice in wordings: " + table.shared[i].msg)
		}
		seen[table.shared[i].msg] = i
	}
	for i := range table.others {
		d := &table.others[i]
		j, dup := seen[d.msg]
		switch {
		case !dup:
			seen[d.msg] = len(texts)
			texts = append(texts, d)
		case texts[j].def != &notLicenseDef:
			panic("dlserr: a text both about the license and not: " + d.msg)
		case texts[j].product != d.product:
			texts[j] = &details{def: &notLicenseDef, msg: d.msg, listed: true}
		}
	}
	size := 1
	for size < 4*len(texts) { // at most a quarter full: a probe seldom goes on
		size *= 2
	}
	table.texts = make([]struct {
		msg string
		d   *details
	}, size)
	table.textMask, table.textShift = uint64(size-1), uint(64-bits.TrailingZeros(uint(size)))
	for _, d := range texts {
		i := textSlot(d.msg, table.textShift)
		for table.texts[i].d != nil {
			i = (i + 1) & table.textMask
		}
		table.texts[i].msg, table.texts[i].d = d.msg, d
		if strings.HasPrefix(d.msg, licenseTag) {
			panic("dlserr: a text starts as a tag does: " + d.msg)
		}
		if strings.HasPrefix(d.msg, "[") && strings.HasSuffix(d.msg, "] "+noLicense) {
			table.modules = append(table.modules, d)
		}
	}

	// Only now: an error's text depends on which codes are known.
	for _, d := range texts {
		d.text = d.format()
	}
	for i := range table.shared {
		table.shared[i].text = table.shared[i].format()
	}
	for i := range table.others {
		table.others[i].text = table.others[i].format()
	}
	cache := func(x *number) {
		if x.err.text == "" {
			x.err.text = x.err.format()
		}
	}
	for b := range table.blocks {
		for i := range table.blocks[b].numbers {
			if x := &table.blocks[b].numbers[i]; x.err != nil {
				cache(x)
			}
		}
	}
	unknown.text = unknown.format()
	notLicenseErr.text = notLicenseErr.format()
	return table
}

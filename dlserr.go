// Package dlserr reads the license failures of Dynamsoft products into Go
// errors.
//
// A Dynamsoft License Server (DLS) reports an original code (100-199), and
// the SDKs (Barcode Reader, Capture Vision, Dynamic Web TWAIN, ...) report it
// as the product code -(20000+code), among numbers of their own: their
// license client's (-20200 "Failed to reach License Server.", -20000 to
// -20014), the license key's (-10003), a module's at decode time (-10017,
// -30063). The browser editions report text. Each becomes an [*Error] that
// [errors.Is] matches against a sentinel ([ErrLicenseExpired], ...), that
// [CodeOf] and [ClassOf] switch on, and that log/slog and encoding/json write
// as fields; and the package says what to do: go on ([Licensed]), retry later
// ([Retryable]), or what to fix ([ClassOf]), and whether a failure is about
// the license at all ([ErrNotLicense]: a bad image is not).
//
// What a service received decides the call:
//
//   - a number, from a server or an SDK: [FromOriginal] or [FromProduct],
//     which are the same, as a number is read by its sign;
//   - a number and a message, as InitLicense and a decode return them:
//     [FromProductMessage];
//   - a message alone, as Android callbacks and the browser deliver it:
//     [FromMessage];
//   - a decoded barcode text that the SDK masked instead of failing:
//     [FromDecodedText].
//
// 0 is success: a lookup by number returns nil for it, and for nothing else.
// No input makes a lookup panic, and an unknown number or message is an
// error that keeps what was received and matches [ErrUnknown].
//
// The tables are the vendor's, byte for byte: the DLS Error List
// (https://github.com/dynamsoft-docs/license-server-docs/blob/c32070b77004422ccf32991951bf7583dd056c7d/common/errorList.md)
// in each of its generations, and what the SDKs' libraries return, measured
// by running them (testdata/realclient, testdata/webclient); codes.go pins
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
// server sends: nil for 0; for 100-199, the code's sentinel, or for a code
// no list has (110, 116, ...) a shared error that keeps it and matches
// ErrUnknown, each from a table of its own without allocating. It is
// [FromProduct] for every other number: original codes are positive and an
// SDK's numbers negative, so a negative number can only be an SDK's.
func FromOriginal(code int) error {
	if i := uint(code - minCode); i < codeSpan {
		return originals[i]
	}
	return fromProduct(code) // not FromProduct, which would no longer inline here
}

// FromProduct returns the error for a number that a Dynamsoft SDK returned,
// or that a server sent, read by its sign:
//
//   - 0 is success: nil.
//   - A known code gives its sentinel, without allocating (one slot of a
//     table, found with one remainder): FromProduct(-20111) is
//     ErrLicenseExpired, FromProduct(111) too, FromProduct(-20200)
//     ErrFailedToReachDLS, FromProduct(-30063)
//     ErrBarcodeReaderLicenseNotFound. So FromProduct(c.Product()) and
//     FromProduct(int(c)) are c's sentinel for every constant c but five.
//   - The five: a number of two meanings (-10058 to -10062) is a license
//     code in Barcode Reader 9 and another error in Capture Vision 3;
//     without the message that says which, its error keeps the number, has
//     Code 0 and matches ErrUnknown ("ambiguous code").
//   - A number that the SDKs' error tables say is not about the license
//     (-10006 "The file type is not supported.") gives an error that keeps
//     the number and the SDK's text for it, matches [ErrNotLicense] and is of
//     [ClassNotLicense], without allocating.
//   - Any other number gives an error that keeps it and matches ErrUnknown.
func FromProduct(code int) error {
	// Small enough to inline: a known number costs a remainder and a load.
	// An empty slot has number 0 and no error, which is 0's answer.
	if s := &numbers[uint32(code)%numberSlots]; s.number == code { // numberSlot, written out
		return s.err
	}
	return fromProduct(code)
}

// fromProduct is FromProduct past its table: a call that stays a call, so
// that FromProduct and FromOriginal inline.
//
//go:noinline
func fromProduct(code int) error { return fromNumberMessage(code, "", true) }

// FromOriginalMessage is [FromProductMessage]: numbers are read by their
// sign.
func FromOriginalMessage(code int, msg string) error {
	return fromNumberMessage(code, msg, true)
}

// FromProductMessage returns the error for a number and a message that
// came together, such as InitLicense's return value and message buffer, or
// a decode's code and error string. The message is read as [FromMessage]
// reads it; then the number decides:
//
//   - 0 is nil, whatever the message.
//   - A known code gives an error of that code: of the row its message names
//     if the message is one of the code's texts, with the message kept as
//     [Error.Message] in any case, and a capture-time text's cause (see
//     FromMessage). Without a message, the code's sentinel.
//   - A number of two meanings (-10058 to -10062) is the license code with
//     Barcode Reader 9's text, an error of [ErrNotLicense] with Capture
//     Vision's, and otherwise an error of no known code that keeps the
//     number and the message.
//   - A number that is not about the license gives an error of ErrNotLicense
//     that keeps the number and the message.
//   - An unknown number gives an error that keeps the number and the
//     message and matches [ErrUnknown]. If FromMessage reads the message
//     (a text of a known code, or one that is not about the license), the
//     error carries that reading as its cause ([Error.Unwrap]): then
//     errors.Is matches the cause's code too, and [ClassOf], [Retryable] and
//     [TransportOf] follow the cause, unless it is a warning. So Dynamic Web
//     TWAIN's -2800 with "[License] DLS Connect Error. ErrorCode:7 ..." is
//     retryable, as the message says.
//
// Known texts and codes cost no allocation.
func FromProductMessage(code int, msg string) error {
	return fromNumberMessage(code, msg, true)
}

// FromMessage returns the error for a message that came without a number:
// the error of whichever text of a known code it is, with [Error.Message]
// returning it as read.
//
// The text is read as C reads a buffer, up to its first NUL byte; then
// white space goes from its start, as [unicode.IsSpace] defines it; then the
// tags that Capture Vision and Barcode Reader 10.4.20 and later put first,
// "[License] ", then, for one key of a key list, "[Key N] " with N a decimal
// from 1 without leading zeros; then white space goes from its end. What is
// left is read as the first of these it is, in this order; nothing else is
// removed or guessed, and case, inner spacing and punctuation count:
//
//   - A text of the tables, byte for byte.
//   - The server's 113 with any license item id filled in
//     ([Error.LicenseItem]), or "License mismatch: " with any detail.
//   - A module's "No license found." at capture time ("[Barcode Reader] No
//     license found."), which may carry a format tag ("[ONED] ": 1 to 32 of
//     A-Z, 0-9 and _ in brackets, then a space), and after which Capture
//     Vision appends, after one space, the message InitLicense gave. The
//     error is the module's code, and carries that message as its cause
//     ([Error.Unwrap]) when it is a text of a known license code, in one of
//     the browser's first two forms or not, or the SDK's transport report:
//     then errors.Is matches the cause's code too, and ClassOf, Retryable and
//     TransportOf follow the cause, which says why the license is missing,
//     unless it is a warning, which does not. Any other appended message
//     stays in the text, and the module's code alone decides.
//   - One of the browser client's forms, and only one, not one inside
//     another: "An error occurred during authorization: " around a message of
//     the license server's list, with one of the two endings the client
//     writes, is that message (the client ends it with a period, and every
//     message of the list has one); Barcode Reader JS 9.6's advice after a
//     text of the tables ("... Visit https://...") is that text; and
//     "[function] [N] message" (Barcode Reader JS 11) and "code:N;message:text"
//     (JS 9.6) are FromProductMessage(N, message), N a C int other than 0, the
//     function name ASCII letters and digits, one space between the parts.
//   - The SDK's transport report (see [Transport]), only for the reasons the
//     SDKs were measured to write ("DLS Connect Error", ...): it is then the
//     code the SDK returned with it (-20200 or -20003).
//
// A text of a known code, alone or in those forms, costs no allocation. Any
// other message gives an error that keeps it and matches [ErrUnknown]; an
// empty message is no success but such an error, written `unknown code: ""`.
func FromMessage(msg string) error {
	// readMessage's steps, written out so that a known text, tagged or not,
	// costs no more than its lookups: a text of the tables behind the tags
	// alone needs no other step of normalize, as no text has a NUL or white
	// space around it.
	if len(msg) >= len(licenseTag) && load64(msg, 0) == tagPrefix8 {
		if w := byWording(untagged(msg)); w != nil {
			return w
		}
	} else if w := byWording(msg); w != nil {
		return w
	} else if inner, ok := authorized(msg); ok { // the browser's most common form, before normalize, as the tags
		if w := byWording(inner); w != nil && w.code.Original() != 0 {
			return w
		}
	}
	s, u := normalize(msg)
	if len(s) != len(msg) { // else s is msg, which is no text
		if w := byWording(s); w != nil {
			return w
		}
	}
	return readAlone(s, u, true)
}

// FromDecodedText returns the license error a decoded barcode text carries:
// nil for an ordinary text, and for a text that an SDK masked because of a
// license error, "[Attention(exceptionCode:N)] " and the masked text, the
// error of product code N as FromProduct gives it, known or not (ErrUnknown
// for 0); a number of two meanings is the license code, as a masked result
// carries nothing else. Only the SDK's exact mark counts, N a 32-bit int as
// C's %d writes it, followed by a space or the end of the text, which ends
// at its first NUL as every text given to this package does: anything else
// is ordinary text, as a barcode may hold any text at all. Ordinary text
// costs no allocation.
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
	if e := byNumber(n); e != nil {
		return e.err
	}
	return FromProduct(n)
}

// What to do about an error: the functions that look into an error's tree.

// ErrorOf returns the DLS error that decides for err, nil if err is nil or
// holds none. It is the error CodeOf, ClassOf, Licensed, Retryable,
// TransportOf and Attr read, where [errors.As] returns the first of several.
//
// Which DLS error decides is one rule. The functions walk err's tree as
// [errors.Is] and errors.As do, through Unwrap() error, Unwrap() []error
// (errors.Join, fmt.Errorf with several %w) and As methods alike, and every
// [*Error] they meet counts, the one an As method hands out too (a nil
// *Error counts as none, and an *Error's cause is its own, not another error
// of the tree). Of several, the one that decides is the first, in
// errors.Is's order, of the most severe: a license failure that retrying
// does not help, then one that it may (ClassUnavailable, ClassQuota), then
// an error of no known code (ClassUnknown), then one that is not about the
// license (ClassNotLicense), then a warning (ClassWarning). So a warning
// beside a failure does not make err licensed, one error that needs fixing
// makes retrying pointless, and what is known of the license outweighs what
// is not. Errors that are no DLS error never decide: a join of an io error
// and a DLS error is the DLS error, and the service handles the io error
// itself. The walk goes no deeper than 1000 errors and looks at no more than
// 100,000 (a tree that holds itself ends the walk); past those, it acts as if
// the tree held nothing more. ErrorOf allocates nothing, but once for each As
// method it asks, as errors.As does.
func ErrorOf(err error) *Error {
	return decide(err)
}

// CodeOf returns the code of the DLS error that decides for err (see
// [ErrorOf]), 0 if err is nil or holds none. The code is 0 too when the
// deciding error has none: a message no table has ([ErrUnknown]), an error
// that is not about the license ([ErrNotLicense]), or a number of two
// meanings without the text that says which (ErrUnknown); and an unknown
// number is kept as a Code that is not [Code.Known]. So to act on an error,
// switch on ClassOf, which says what every one of them is.
func CodeOf(err error) Code {
	return decide(err).Code()
}

// ClassOf returns the class of the DLS error that decides for err (see
// [ErrorOf]): its row's class where a code has rows of other classes (the
// revised 105 is ClassHandshake, where the code is ClassLicense), its
// cause's class where its cause says why it failed (see
// [FromProductMessage]), ClassNotLicense for an error that is not about the
// license, and otherwise its code's class. For nil, and for a tree without a
// DLS error, it is ClassUnknown. ClassOf differs from CodeOf(err).Class()
// exactly where the row or the cause says more, and for an error that is not
// about the license, whose code is 0.
func ClassOf(err error) Class {
	return decide(err).class()
}

// Licensed reports whether the SDK runs licensed after the call that
// returned err: for nil, and when the DLS error that decides (see [ErrorOf])
// is a warning (ClassWarning: a trial license, a cached license, part of a
// key invalid), which the SDK returns instead of 0 but which leaves it
// licensed. So Licensed(err) is err == nil || ClassOf(err) == ClassWarning,
// and it is false for an error that is not about the license: such an error
// is no evidence of a license, and ClassOf tells it apart.
func Licensed(err error) bool {
	return err == nil || ClassOf(err) == ClassWarning
}

// Retryable reports whether trying again later can succeed: whether the
// class of the DLS error that decides for err (see [ErrorOf]) is
// ClassUnavailable or ClassQuota, so Retryable(err) is exactly
// ClassOf(err) being one of them. The vendor documents that a standby server
// refuses (100) while the main one works, and its own sample for 120 tells
// the user to try again or to contact the administrator; the SDK's "cannot
// reach the server" codes are the failures that retries exist for. That a
// quota can clear is inference: a per-scan license past its 5% grace fails
// until someone acts, so retry with a backoff, and tell an administrator.
// Every other class is a state of the license, the configuration or the
// machine that retrying does not change (112 only at the license's start
// date), a warning that needs no retry, or not about the license.
func Retryable(err error) bool {
	return isRetryable(ClassOf(err))
}

// TransportOf returns the SDK's transport report that the DLS error that
// decides for err (see [ErrorOf]) carries in its message, or its cause in
// theirs, and whether there is one. The report is read once, when the error
// is made; a message that does not follow its grammar (see [Transport]) has
// none: nothing is guessed.
func TransportOf(err error) (Transport, bool) {
	for e := decide(err); e != nil; e = e.cause {
		if e.report != nil {
			return *e.report, true
		}
	}
	return Transport{}, false
}

// Attr returns the attribute to log err under with log/slog. When err's tree
// holds a DLS error, it is a group of the fields [Error.LogValue] gives the
// one that decides (see [ErrorOf]: the one a service acts on), and "error",
// the text of the whole err, which holds the others, cut as Error cuts text
// it received, with error_len, its full length had nothing in it been cut.
// So a wrapped error logs its code, class and transport report, not only its
// text. Otherwise it is slog.Any(key, err).
func Attr(key string, err error) slog.Attr {
	best := decide(err)
	if best == nil {
		return slog.Any(key, err)
	}
	text := err.Error()
	shown := text[:cutAt(text)]
	attrs := append(best.fields(), slog.String("error", shown))
	w := walker{nodes: maxNodes, text: text}
	w.visit(err, 0)
	if full := len(text) + w.uncut; full > len(shown) {
		attrs = append(attrs, slog.Int("error_len", full))
	}
	return slog.Attr{Key: key, Value: slog.GroupValue(attrs...)}
}

// The types.

// Code is a license error code. A code of the license server is its original
// number (100-199), which SDKs report as the product code -(20000+code); a
// code of an SDK is the SDK's number (-20200, -10003, -30063); and the
// browser client's failures that have no number are dlserr's own, with
// values that no number reads as (LicenseMismatch, ...).
// The zero Code means no error, or none known. Read a number an SDK returned
// with FromProduct, never as Code(rc): -20111 is LicenseExpired, 111, and
// Code(-20111) no known code.
type Code int

// Original returns the license server's number for c: c itself if it is
// positive, and 0 for the SDKs' codes, which no server sends, and for
// dlserr's own, which have no number.
func (c Code) Original() int { return max(int(c), 0) }

// Product returns the number a Dynamsoft SDK reports for c: -(20000+c) for
// the license server's range 100-199, c itself for the SDKs' codes (any
// negative c outside -20199 to -20100), and 0 for any other value, which no
// SDK reports, dlserr's own codes among them. FromProduct(c.Product()) is c's
// sentinel for every known c but the five of two meanings (see FromProduct)
// and dlserr's own, which have no number.
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
// text for the SDK's codes (Barcode Reader 9's for those it lacks), the
// browser's for dlserr's own; "" if c is unknown.
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

// Class returns what kind of failure the code c is, ClassUnknown if c is
// unknown. An error says more than its code: decide with [ClassOf], which
// gives a later row's class (the revised 105 is ClassHandshake, its code
// ClassLicense) and a cause's (a capture-time -30063 whose cause is -20200
// is ClassUnavailable).
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
// back everything String and MarshalText write: ParseCode(c.String()) and
// the text of c.MarshalText() parse to c for every c. It names constants, so
// "-10062" is DBRPharmacodeLicenseInvalid, where FromProduct(-10062) without
// its message is no code. Anything else is an error that quotes s.
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

// Codes returns every known code, in a new slice each call: the license
// server's in ascending order, then the SDKs' in descending order (-10003 to
// -90012), then dlserr's own.
func Codes() []Code {
	out := make([]Code, len(codeTable))
	for i := range codeTable {
		out[i] = codeTable[i].code
	}
	return out
}

// Class groups codes by what a service should do about them. Each class's
// doc says what it means, its codes, what to do, and the evidence; where it
// says "inference", no vendor document says it. A Class marshals to its
// name without the prefix ("Quota"), and ParseClass reads it back.
type Class int

const (
	// ClassUnknown means the code is not known. Codes: every number and text
	// that no table here has, and a number of two meanings without its text.
	// Do: log it with what it keeps, and look it up in the SDK's own errors.
	ClassUnknown Class = iota
	// ClassUnavailable means no license server would serve now. Codes: 100;
	// -10044, -20003, -20200. Do: retry later, with a backoff; the SDK fails
	// over from the main server to the standby by itself. Evidence: a
	// standby refuses (100) while the main server works (vendor); the SDK
	// returns -20200 (Capture Vision) or -20003 (Barcode Reader 9) when it
	// cannot reach a server or gets no license from it, and a decode after
	// such a failure returns -20200 too (measured: closed ports, HTTP errors,
	// a body that is no license); since Barcode Reader 9.6.40 the SDK returns
	// LicenseCacheUsed instead while a valid cache lasts (vendor). "Under
	// construction" and -10044 are presumed transient (inference).
	ClassUnavailable
	// ClassHandshake means the client's handshake code, session password or
	// organization settings are wrong. Codes: 101, 102, 103, 121, 122, 123,
	// 124; -20001; and the revised 105's row. Do: fix the configuration.
	// Evidence: the server's list; a changed session password also
	// regenerates the license key (vendor).
	ClassHandshake
	// ClassMismatch means the license does not fit this client: its product,
	// version, edition, deployment type, domain, reserved info or charge
	// way. Codes: 104, 106, 107, 108, 109, 114, 115; -10039, -10040, -20011;
	// LicenseMismatch. Do: fix the license or the client. Evidence: the
	// texts.
	ClassMismatch
	// ClassLicense means the license or its key is missing, expired, not yet
	// effective or invalid, or does not cover a module. Codes: 105, 111, 112,
	// 113; -10003, -10004, -10043, -10045, -10052, -10053, -20000, and every
	// per-module code. Do: renew or fix the license; retrying does not help.
	// Evidence: a per-module code does not prove the rest of the license
	// fine: after a bad key, Barcode Reader 9's decode returned -10017 (with
	// the key t0000000000) or -20000 (a DLS2 key it refused), and Capture
	// Vision's returns -30063 whatever the license's failure (measured).
	ClassLicense
	// ClassQuota means a usage limit is reached: devices, instances,
	// requests or results. Codes: 120, 130; -10054, -20008, -20013, -20014.
	// Do: back off, and tell an administrator. Evidence: the vendor's sample
	// for 120 says to try again or to contact the administrator; that other
	// quotas clear (an instance stops, a period ends, an administrator
	// raises the limit) is inference.
	ClassQuota
	// ClassSecurity means the server saw a cloned device. Codes: 151. Do:
	// alert. Evidence: the server's list; nothing documents the trigger.
	ClassSecurity
	// ClassWarning means the SDK runs licensed anyway ([Licensed]). Codes:
	// -10076, -20010, -20012; EnhancedFeaturesLicenseNotFound. Do: log it and
	// go on; a cache and a trial end, so an operator should see them.
	// Evidence: the vendor's samples treat -20012 (a cached license, the
	// server out of reach) and -10076 (part of the key invalid) as success,
	// and -10076's text says so; a Barcode Reader 9 sample treats -20010 (a
	// trial license) as no failure.
	ClassWarning
	// ClassInstallation means the machine cannot run the license client as
	// it is set up: its license cache cannot be written or belongs to another
	// device, a license library is missing, the browser is too old, or the
	// clock is wrong. Codes: -10042, -20002, -20004, -20005, -20007;
	// SystemClockChanged, BrowserUnsupported. Do: fix the machine (correct
	// its date and time for SystemClockChanged); retrying does not help.
	// Evidence: the vendor: "the directory of the license cache is
	// inaccessible"; measured: -20002 with the cache path under a file,
	// -20007 with the client library missing.
	ClassInstallation
	// ClassUsage means the program uses the SDK wrongly. Codes: -20006,
	// -20009; HTTPSRequired. Do: fix the program: call InitLicense once,
	// before creating SDK objects, with one kind of license initialization,
	// from a page served over https. Evidence: the texts.
	ClassUsage
	// ClassNotLicense means the error is not about the license: a bad file
	// or image, a wrong parameter or template, no memory, a timeout
	// ([ErrNotLicense]). Codes: none; 66 numbers of the SDKs' error tables.
	// Do: handle it as the SDK's own error (a bad upload is the client's
	// fault, not the license's). Evidence: the SDKs' GetErrorString tables,
	// measured (testdata/realclient).
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

// Error is a license error. [errors.As] with an *Error target reaches it
// through any wrapping, and [ErrorOf] the one that decides. Its fields are
// hidden so that no caller edits what an error says. The lookups share one
// *Error for each known code and text across the whole process: never write
// through one (*e = dlserr.Error{}), which Go cannot forbid.
//
// An error has a code, a product number or both, as received or derived; a
// row, where a code has several meanings (codes 100, 105 and 111 have a
// second row in the server's list, which only the message tells); the
// message, as read; and, for a capture-time text or an unknown number with a
// message the package reads, a cause.
type Error struct {
	code       Code
	product    int
	row        uint8 // which row of a code with several meanings; 0 is the first
	kind       uint8 // where msg came from, and so how Error writes it
	notLicense bool  // the number's own error, not about the license
	msg        string
	part       string     // kindItem: the filled-in part of msg; kindCapture: InitLicense's appended message
	text       string     // Error, computed once for an error that is shared
	cause      *Error     // kindCapture, kindCause: what the message says
	report     *Transport // the SDK's transport report in msg, read once
}

// Code returns e's code, known or not: 0 if none was received (e has only a
// message no table has, is not about the license, or is a number of two
// meanings without the text that tells which).
func (e *Error) Code() Code {
	if e == nil {
		return 0
	}
	return e.code
}

// Product returns the number an SDK reports for e, as received or derived
// from the original code, or 0 if there is none.
func (e *Error) Product() int {
	if e == nil {
		return 0
	}
	return e.product
}

// Message returns the message as read (see [FromMessage]: no tags, and the
// message the browser client's forms carry); for a lookup by number alone,
// the code's canonical message or the SDK's text for the number; "" if
// there is none.
func (e *Error) Message() string {
	if e == nil {
		return ""
	}
	return e.msg
}

// LicenseItem returns the license item id that the server put in a 113
// message, byte for byte, or "" for any other error.
func (e *Error) LicenseItem() string {
	if e == nil || e.kind != kindItem || e.code != LicenseItemInvalid {
		return ""
	}
	return e.part
}

// Error returns e as one line:
//
//	dls <product code> (<original code>): <message>
//
// with the numbers that exist: both for the license server's codes, only the
// product code for the SDKs' codes, only the original code for a positive
// number outside 100-199, and none for dlserr's own codes and a message
// without a number:
//
//	dls -20111 (111): License has expired.
//	dls -20113 (113): This license item "LI-2024-0042" has been invalid.
//	dls -20111 (111): "Some wording no list has published."
//	dls -20200: "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."
//	dls -30063: [Barcode Reader] No license found. [License] [Key 1] The license is invalid.
//	dls -10006: not a license error: The file type is not supported.
//	dls -2800: unknown code: "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."
//	dls 999: unknown code
//	dls -10062: ambiguous code
//	dls: unknown code: "No such wording."
//
// A text of the tables is written as it is. Any other text it received (a
// message no table has, a license item id, a transport report, a message
// appended at capture time) is written as a Go quoted string, so control
// characters, line breaks, U+2028/U+2029 and quotes are escaped and a
// hostile server cannot forge log lines; at most the first 200 bytes of it
// (the cut moves back to a character boundary), and for a longer one
// "...(N bytes)", N its full length. [Error.Message] and [Error.LicenseItem]
// still return the whole text. A shared error computes its text once; any
// other builds it on each call.
func (e *Error) Error() string {
	switch {
	case e == nil:
		return "dls: <nil>"
	case e.text != "":
		return e.text
	}
	return e.format()
}

// Unwrap returns e's cause: for a capture-time error, the message InitLicense
// gave, which Capture Vision appends to the module's "No license found."; for
// an unknown number, the message it came with; each as an error of its own,
// if the package reads it (see FromProductMessage); nil for every other
// error.
func (e *Error) Unwrap() error {
	if e == nil || e.cause == nil {
		return nil
	}
	return e.cause
}

// Is reports whether e matches target, for [errors.Is]. [ErrUnknown] matches
// errors whose code is not known (and not [ErrNotLicense]'s); ErrNotLicense,
// the errors that are not about the license; any other *Error of a known
// code, errors of the same code and, if target is of a later row
// (ErrIPLicenseExpired, ...), of the same row; an *Error of no known code,
// errors of the same numbers. Messages never take part, so an unrecognized
// message without a number matches only ErrUnknown and itself.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	switch {
	case !ok || e == nil || t == nil:
		return false
	case t == errUnknown:
		return e.unknown()
	case t == errNotLicense:
		return e.notLicense
	case t.code.Known():
		return t.code == e.code && (t.row == 0 || t.row == e.row)
	}
	return (t.code != 0 || t.product != 0) && t.code == e.code && t.product == e.product
}

// LogValue makes e a log/slog group of these fields, each number in a field
// that says whose number it is:
//
//   - original_code, the license server's number, and product_code, the
//     SDK's (each left out when the error has none);
//   - name, the code's constant, "NotLicense" for an error that is not
//     about the license, or "Unknown"; and row, the name of a later row's
//     sentinel without its Err ("IPLicenseExpired");
//   - class, as ClassOf says;
//   - message, as Message returns it, and license_item, 113's item id;
//   - transport, what TransportOf reads: reason, error_code, http_status,
//     response, failover with main_error_code and main_http_status, cache;
//   - cause, the fields of the error's cause.
//
// Text it received is cut to 200 bytes, as Error cuts it, with its full
// length in a field of the same name and _len (message_len); it is logged as
// data, which handlers quote or escape.
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
	return appendObject(make([]byte, 0, 256+len(e.msg[:cutAt(e.msg)])), e.fields()), nil
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
	// 18, the connection closed in the middle of the body; 35, no TLS
	// handshake (https:// at a plain HTTP server); 52, the server closed the
	// connection without an answer; 28, no answer in 60 seconds. They are
	// libcurl's CURLE_ numbers (inference: they match).
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

const (
	kindList      = iota // msg is a text of the tables, or there is none
	kindText             // msg is text received that no table has, kept as it came
	kindItem             // msg fills in one of the templates
	kindTransport        // msg is the SDK's transport report
	kindCapture          // msg is a module's "No license found." with a format tag or an appended message
	kindCause            // msg came with an unknown number, and is the cause's
	kindFramed           // (a reading only) msg is a browser form with a number and a message
)

// The SDK's tags before a message, the mark before a masked barcode text,
// and the end of a module's text at capture time.
const (
	licenseTag = "[License] "
	keyTag     = "[Key "
	attention  = "[Attention(exceptionCode:"
	noLicense  = "No license found."
)

// reading is what a message is, read without allocating.
type reading struct {
	kind   uint8
	code   Code   // what the text names alone: its text's, the template's, the module's, the reason's; 0 for other text
	w      *Error // kindList: the text's shared error
	s, u   string // the text normalized, and before its trailing white space went (s is u's prefix)
	at     int    // kindItem: the filled-in part's start in s; kindCapture: the appended message's, 0 if none; kindTransport: the body's in u; kindFramed: the message's in u
	end    int    // kindItem: the part's end in s; kindTransport: the body's end in u
	number int    // kindFramed: the number the form names
}

// readMessage reads msg as FromMessage does, without a number. A known text
// as it is, the common case, costs one lookup; the report, if msg is one,
// goes into t.
func readMessage(msg string, t *Transport, frames bool) reading {
	if w := byWording(msg); w != nil {
		return reading{kind: kindList, code: w.code, w: w, s: msg, u: msg}
	}
	s, u := normalize(msg)
	if w := byWording(s); w != nil {
		return reading{kind: kindList, code: w.code, w: w, s: s, u: u}
	}
	return readRest(s, u, t, frames)
}

// readRest reads a normalized text that is no text of the tables: a
// template filled in, a capture-time text, a transport report, a browser
// form, or other text.
func readRest(s, u string, t *Transport, frames bool) reading {
	r := reading{kind: kindText, s: s, u: u}
	// The authorization template first, as the browser's messages come in
	// it most: no text of another form starts as it does.
	if inner, ok := authorized(s); ok {
		if w := byWording(inner); w != nil && w.code.Original() != 0 {
			return reading{kind: kindList, code: w.code, w: w, s: inner, u: inner}
		}
		if c, start, end, ok := template(inner); ok && c.Original() != 0 {
			return reading{kind: kindItem, code: c, s: inner, u: inner, at: start, end: end}
		}
	} else if c, start, end, ok := template(s); ok {
		r.kind, r.code, r.at, r.end = kindItem, c, start, end
	} else if w, at, ok := capture(s); ok {
		r.kind, r.code, r.at = kindCapture, w.code, at
	} else if w := advised(s); w != nil {
		return reading{kind: kindList, code: w.code, w: w, s: w.msg, u: w.msg}
	} else if n, at, ok := framed(u); frames && ok {
		r.kind, r.number, r.at = kindFramed, n, at
	} else if c, body, ok := parseTransport(s, u, t); ok {
		r.kind, r.code, r.at, r.end = kindTransport, c, body[0], body[1]
	}
	return r
}

// readAlone returns the error of a normalized text that is no text of the
// tables, read as FromMessage reads it.
func readAlone(s, u string, frames bool) error {
	var t Transport
	r := readRest(s, u, &t, frames)
	switch r.kind {
	case kindList:
		return r.w
	case kindFramed:
		return fromNumberMessage(r.number, u[r.at:], false)
	case kindTransport:
		if r.code == 0 {
			r.kind = kindText // a reason no SDK was measured to write says nothing without a number
		}
	}
	return r.build(r.code, r.code.Product(), false, &t, false)
}

// fromNumberMessage is FromProductMessage, reading the browser's forms only
// if frames is set.
func fromNumberMessage(n int, msg string, frames bool) error {
	if n == 0 {
		return nil
	}
	c := fromNumber(n)
	key := c.Product()
	if key == 0 {
		key = n
	}
	w, s, u := byWording(msg), msg, msg
	if w == nil {
		s, u = normalize(msg)
		w = byWording(s)
	}
	at := numberSlot(key)
	sl, in := &numbers[at], &numberInfo[at]
	switch {
	case sl.number != key:
		return unknownNumber(c, c.Product(), s, u, w, frames)
	case w != nil && w.code == c && in.e != nil:
		return w // the common case: one of the code's own texts
	case s == "":
		return sl.err
	case w != nil && w.notLicense && w.product == key:
		return w
	}
	for i := range others[in.first : in.first+in.texts] {
		if e := &others[int(in.first)+i]; e.msg == s {
			return e // a text that another number returns too
		}
	}
	var t Transport
	r := readRest(s, u, &t, frames)
	switch {
	case r.kind == kindFramed && fromNumber(r.number) == c: // the number's own, in a browser form
		return fromNumberMessage(r.number, u[min(r.at, len(u)):], false)
	case in.e == nil: // not about the license: the text is the number's
		return r.keep(0, key, true, &t)
	case in.e.twoMeanings && r.code != c: // not Barcode Reader 9's text: the number's other meaning
		return r.keep(0, key, false, &t)
	case r.code != c:
		return r.keep(c, c.Product(), false, &t)
	case r.kind == kindList:
		return r.w
	}
	return r.build(c, c.Product(), false, &t, false)
}

// unknownNumber returns the error of a number that no table has, with the
// message as read: the message's own error as its cause, if the package
// reads it.
func unknownNumber(c Code, p int, s, u string, w *Error, frames bool) error {
	switch {
	case s == "" && uint(c-minCode) < codeSpan:
		return originals[c-minCode] // a server's code no list has, shared
	case s == "":
		return &Error{code: c, product: p}
	}
	var t Transport
	var r reading
	if w != nil {
		r = reading{kind: kindList, code: w.code, w: w, s: s, u: u}
	} else {
		r = readRest(s, u, &t, frames)
	}
	if r.kind == kindText || r.kind == kindTransport && r.code == 0 {
		return r.keep(c, p, false, &t)
	}
	// The error keeps the whole message; the cause reads its part, in the
	// same memory where it is a part of the text.
	e := &Error{code: c, product: p, kind: kindCause}
	switch {
	case r.kind == kindList:
		e.msg, e.cause = strings.Clone(s), r.w
	case r.kind == kindFramed:
		e.msg, e.cause = strings.Clone(s), fromNumberMessage(r.number, u[min(r.at, len(u)):], false).(*Error)
	case len(r.s) != len(s): // 113 inside the authorization template
		e.msg = strings.Clone(s)
		r.s = e.msg[len(authorization) : len(authorization)+len(r.s)]
		r.u = r.s
		e.cause = r.build(r.code, r.code.Product(), false, &t, true)
	default:
		r.own()
		e.msg, e.cause = r.s, r.build(r.code, r.code.Product(), false, &t, true)
	}
	return e
}

// keep returns an error of code c and product number p that keeps r's text
// as received, a transport report if it is one.
func (r reading) keep(c Code, p int, notLicense bool, t *Transport) *Error {
	if r.kind != kindTransport {
		r.kind = kindText
		if _, body, ok := parseTransport(r.s, r.u, t); ok {
			r.kind, r.at, r.end = kindTransport, body[0], body[1]
		}
	}
	return r.build(c, p, notLicense, t, false)
}

// build returns a new error of code c and product number p for the text r
// read, which is kept in memory of its own unless owned says it is already,
// with a cause where r is a capture-time text with a message appended that
// the package reads. It allocates once, and once more to copy the text.
func (r reading) build(c Code, p int, notLicense bool, t *Transport, owned bool) *Error {
	if !owned {
		r.own()
	}
	// What InitLicense's appended message reads as, if it is a cause.
	var cause reading
	var causeReport Transport
	if r.kind == kindCapture && r.at > 0 {
		cause = readMessage(r.s[r.at:], &causeReport, false)
		if !cause.code.Known() || cause.kind != kindList && cause.kind != kindItem && cause.kind != kindTransport {
			cause.kind = kindText // none: a cause has no cause of its own
		}
	}
	var e, ce *Error
	var report *Transport
	switch {
	case r.kind == kindTransport:
		x := new(struct {
			e Error
			t Transport
		})
		e, report = &x.e, &x.t
		*report = *t
	case cause.kind == kindItem || cause.kind == kindTransport:
		x := new(struct {
			e, cause Error
			t        Transport
		})
		e, ce, report = &x.e, &x.cause, &x.t
		*report = causeReport
	default:
		e = new(Error)
	}
	*e = Error{code: c, product: p, kind: r.kind, notLicense: notLicense, msg: r.s}
	switch r.kind {
	case kindItem:
		e.part = r.s[r.at:r.end]
	case kindTransport:
		report.rebase(r.s, r.u[r.at:r.end])
		e.report = report
	case kindCapture:
		if r.at > 0 {
			e.part = r.s[r.at:]
		}
		switch cause.kind {
		case kindList:
			e.cause = cause.w
		case kindItem:
			*ce = Error{code: cause.code, product: cause.code.Product(), kind: kindItem, msg: cause.s, part: cause.s[cause.at:cause.end]}
			e.cause = ce
		case kindTransport:
			*ce = Error{code: cause.code, product: cause.code.Product(), kind: kindTransport, msg: cause.s, report: report}
			report.rebase(cause.s, cause.u[cause.at:cause.end])
			e.cause = ce
		}
	}
	return e
}

// own copies r's text into memory of its own, so that an error never keeps
// the caller's buffer: the text, and the white space after it only where a
// transport report's body runs to the end and keeps it.
func (r *reading) own() {
	if r.kind == kindTransport && r.end == len(r.u) {
		r.u = strings.Clone(r.u)
		r.s = r.u[:len(r.s)]
		return
	}
	r.s = strings.Clone(r.s)
	r.u = r.s
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
// then "[Key N] ", compared a word at a time, as they come before every
// message of Capture Vision's.
func untagged(s string) string {
	if len(s) < len(licenseTag) || load64(s, 0) != tagPrefix8 || s[8] != ']' || s[9] != ' ' {
		return s
	}
	s = s[len(licenseTag):]
	if len(s) > len(keyTag) && s[0] == '[' && s[1] == 'K' && s[2] == 'e' && s[3] == 'y' && s[4] == ' ' {
		n := s[len(keyTag):]
		digits := 0
		for digits < len(n) && '0' <= n[digits] && n[digits] <= '9' {
			digits++
		}
		if digits > 0 && n[0] != '0' && len(n) > digits+1 && n[digits] == ']' && n[digits+1] == ' ' {
			s = n[digits+2:]
		}
	}
	return s
}

func visibleASCII(c byte) bool { return ' ' < c && c < utf8.RuneSelf }

// template reports which code's template s fills in, and where the
// filled-in part lies in s: between a prefix and a suffix (113), or after a
// prefix, not empty (the prefix alone is a text of the tables).
func template(s string) (Code, int, int, bool) {
	for _, t := range templates {
		if len(s) > len(t.prefix)+len(t.suffix) || t.suffix != "" && len(s) == len(t.prefix)+len(t.suffix) {
			if strings.HasPrefix(s, t.prefix) && strings.HasSuffix(s, t.suffix) {
				return t.code, len(t.prefix), len(s) - len(t.suffix), true
			}
		}
	}
	return 0, 0, 0, false
}

// capture reads s as a module's "No license found." at capture time (see
// FromMessage), with a format tag or InitLicense's message appended: it
// returns the module's shared error, and where the appended message starts
// in s, 0 if there is none.
func capture(s string) (*Error, int, bool) {
	for _, w := range modules {
		rest, ok := strings.CutPrefix(s, w.msg[:len(w.msg)-len(noLicense)])
		if !ok {
			continue
		}
		rest, ok = strings.CutPrefix(formatTagged(rest), noLicense)
		switch {
		case !ok:
			return nil, 0, false
		case rest == "":
			return w, 0, true
		case len(rest) < 2 || rest[0] != ' ':
			return nil, 0, false
		}
		if r, _ := utf8.DecodeRuneInString(rest[1:]); unicode.IsSpace(r) {
			return nil, 0, false
		}
		return w, len(s) - len(rest) + 1, true
	}
	return nil, 0, false
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

// authorized returns the message of the license server that the browser
// client's authorization template wraps in s.
func authorized(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, authorization)
	if !ok {
		return "", false
	}
	for _, ending := range authorizationEndings {
		if inner, ok := strings.CutSuffix(rest, ending); ok && strings.HasSuffix(inner, ".") {
			return inner, true
		}
	}
	return "", false
}

// advised returns the shared error of the text that Barcode Reader JS 9.6's
// advice follows in s, nil if s is no such text.
func advised(s string) *Error {
	for _, a := range advice {
		if base, ok := strings.CutSuffix(s, a); ok {
			return byWording(base)
		}
	}
	return nil
}

// framed reads u as the browser client's "[function] [N] message" or
// "code:N;message:text", N a C int other than 0: it returns N and where the
// message starts in u.
func framed(u string) (int, int, bool) {
	var number, rest string
	if after, ok := strings.CutPrefix(u, "code:"); ok {
		number, rest, _ = strings.Cut(after, ";")
		if rest, ok = strings.CutPrefix(rest, "message:"); !ok {
			return 0, 0, false
		}
	} else {
		i := 1
		for i < len(u) && ('a' <= u[i] && u[i] <= 'z' || 'A' <= u[i] && u[i] <= 'Z' || '0' <= u[i] && u[i] <= '9') {
			i++
		}
		if i == 1 || u[0] != '[' || !strings.HasPrefix(u[i:], "] [") {
			return 0, 0, false
		}
		if number, rest, ok = strings.Cut(u[i+3:], "] "); !ok {
			return 0, 0, false
		}
	}
	if n, ok := cInt(number); ok && n != 0 {
		return n, len(u) - len(rest), true
	}
	return 0, 0, false
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

// The SDK's transport report.

// parseTransport reads s, a message after normalization, as a Transport into
// t, and returns the code the SDK was measured to return with its reason (0
// for another reason) and where the body lies in u, the same message before
// its trailing white space went: a body at the end keeps it.
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
	if rest, ok = strings.CutPrefix(rest, " ErrorCode:"); ok {
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
	// body end. The next of each is found with one search of the bytes
	// after the last, so the body is read once.
	dot, main := -1, -1
	for end := 0; end < len(rest); end++ {
		if dot < end {
			if dot = strings.IndexByte(rest[end:], '.'); dot >= 0 {
				dot += end
			} else {
				dot = len(rest)
			}
		}
		if main < end {
			if main = strings.Index(rest[end:], mainTail); main >= 0 {
				main += end
			} else {
				main = len(rest)
			}
		}
		// After a period, only the end or the cache note can come: most
		// periods of a body are refused before tail is asked.
		end = min(dot, main)
		if end == dot && end+1 < len(rest) && rest[end+1] != '[' {
			continue
		}
		if end < len(rest) && t.tail(rest[end:]) {
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

// rebase points t's texts into s, the message t was read from, in memory of
// its own now, and sets its body: the reason starts s and the cache note
// ends it.
func (t *Transport) rebase(s, body string) {
	t.Reason, t.Response, t.Cache = s[:len(t.Reason)], body, s[len(s)-len(t.Cache):]
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

// Formatting: Error's text, logs and JSON.

// maxQuoted bounds how much received text reaches Error, logs and JSON, so a
// server cannot flood them.
const maxQuoted = 200

// unknown reports whether e's code is not known, for ErrUnknown.
func (e *Error) unknown() bool { return !e.notLicense && !e.code.Known() }

// class is ClassOf for e: by what it is, its cause, its row, or its code.
func (e *Error) class() Class {
	switch {
	case e == nil:
		return ClassUnknown
	case e.notLicense:
		return ClassNotLicense
	case e.cause != nil:
		if k := e.cause.class(); k != ClassWarning {
			return k
		}
	case e.row != 0:
		return laterRowOf(e.code, e.row).class
	}
	return e.code.Class()
}

// cache computes e's Error text once, for an error that is shared.
func (e *Error) cache() {
	e.text = e.format()
}

// format writes e's Error text, with at most limit bytes of each received
// text quoted.
func (e *Error) format() string {
	// What format writes fits here (at most 4 bytes of output for each
	// quoted byte), so the returned string is the only allocation.
	var buf [64 + 4*maxQuoted + 2*128]byte
	b := append(buf[:0], "dls"...)
	switch o := e.code.Original(); {
	case e.product != 0 && o != 0:
		b = strconv.AppendInt(append(b, ' '), int64(e.product), 10)
		b = append(strconv.AppendInt(append(b, " ("...), int64(o), 10), ')')
	case e.product != 0:
		b = strconv.AppendInt(append(b, ' '), int64(e.product), 10)
	case o != 0:
		b = strconv.AppendInt(append(b, ' '), int64(o), 10)
	}
	head, text, known, tail := e.body()
	b = append(append(b, ": "...), head...)
	if known {
		b = append(b, text...)
	} else {
		b = appendQuoted(b, text)
	}
	return string(append(b, tail...))
}

// body is what Error writes after "dls <numbers>: ": head, then text as it
// is if it is known (a text of the tables) or else Go-quoted, then tail.
func (e *Error) body() (head, text string, known bool, tail string) {
	switch {
	case e.notLicense && e.msg == "":
		return "not a license error", "", true, ""
	case e.notLicense:
		return "not a license error: ", e.msg, e.kind == kindList, ""
	case e.kind == kindItem:
		prefix, suffix := templateOf(e.code)
		if strings.HasSuffix(prefix, `"`) && strings.HasPrefix(suffix, `"`) {
			prefix, suffix = prefix[:len(prefix)-1], suffix[1:] // the quotes are the id's
		}
		return prefix, e.part, false, suffix
	case e.kind == kindCapture:
		plain := e.part == "" || e.cause != nil && e.cause.kind == kindList && e.cause.text != "" && e.cause.msg == trimmedTags(e.part)
		return e.msg[:len(e.msg)-len(e.part)], e.part, plain, ""
	case e.kind == kindCause:
		return "unknown code: ", e.msg, e.cause.kind == kindList && e.cause.msg == e.msg, ""
	case e.kind == kindList && e.code == 0 && e.product != 0 && e.msg == "" && fromNumber(e.product).Known():
		return "ambiguous code", "", true, ""
	case e.unknown() && e.kind == kindList:
		return "unknown code", "", true, ""
	case e.unknown():
		return "unknown code: ", e.msg, false, ""
	}
	return "", e.msg, e.kind == kindList, ""
}

// trimmedTags is s without the SDK's tags, as a cause's Message has it.
func trimmedTags(s string) string {
	s, _ = normalize(s)
	return s
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

func (e *Error) fields() []slog.Attr {
	attrs := make([]slog.Attr, 0, 10)
	if o := e.code.Original(); o != 0 {
		attrs = append(attrs, slog.Int("original_code", o))
	}
	if e.product != 0 {
		attrs = append(attrs, slog.Int("product_code", e.product))
	}
	name := "Unknown"
	switch {
	case e.notLicense:
		name = "NotLicense"
	case e.code.Known():
		name = e.code.String()
	}
	attrs = append(attrs, slog.String("name", name))
	if e.row != 0 {
		attrs = append(attrs, slog.String("row", laterRowOf(e.code, e.row).name))
	}
	attrs = append(attrs, slog.String("class", e.class().String()))
	attrs = appendBounded(attrs, "message", e.msg)
	if e.kind == kindItem && e.code == LicenseItemInvalid { // an id, even an empty one
		attrs = appendBounded(attrs, "license_item", e.part)
	}
	if e.report != nil {
		attrs = append(attrs, slog.Attr{Key: "transport", Value: slog.GroupValue(e.report.fields()...)})
	}
	if e.cause != nil {
		attrs = append(attrs, slog.Attr{Key: "cause", Value: slog.GroupValue(e.cause.fields()...)})
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
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
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

// The tree walk.

// maxDepth bounds how deep a walk goes, and maxNodes how many errors it looks
// at, so that a tree that holds itself ends the walk.
const (
	maxDepth = 1000
	maxNodes = 100 * maxDepth
)

// decide returns the DLS error that decides for err, as CodeOf says, nil if
// there is none.
func decide(err error) *Error {
	w := walker{nodes: maxNodes}
	w.visit(err, 0)
	return w.best
}

// walker walks an error's tree for decide and Attr.
type walker struct {
	best  *Error
	rank  int
	nodes int    // how many more errors the walk may look at
	text  string // Attr: the whole error's text; the walk goes through the whole tree
	uncut int    // Attr: how many bytes the Error texts in text cut of what they quote
}

// visit walks err's tree from the given depth, in errors.Is's order, and
// reports whether the walk is over: it found an error of the most severe
// rank, and is not measuring.
func (w *walker) visit(err error, depth int) bool {
	for ; err != nil && depth < maxDepth && w.nodes > 0; depth++ {
		w.nodes--
		if e, ok := asError(err); ok && e != nil {
			if k := rank(e.class()); w.best == nil || k > w.rank {
				w.best, w.rank = e, k
			}
			if w.text != "" {
				w.uncut += e.cutIn(w.text)
			} else if w.rank == rankFix {
				return true
			}
		}
		switch x := err.(type) {
		case *Error:
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

// cutIn returns how many bytes e's Error text cut of the text it quotes, if
// text holds it: counted, not written, so that a long text costs no memory.
func (e *Error) cutIn(text string) int {
	_, q, known, _ := e.body()
	if known || len(q) <= maxQuoted || !strings.Contains(text, e.Error()) {
		return 0
	}
	cut := quotedLen(q[:cutAt(q)]) + len("...( bytes)") + len(strconv.Itoa(len(q)))
	return quotedLen(q) - cut
}

// quotedLen is len(strconv.Quote(s)), counted without writing it.
func quotedLen(s string) int {
	n := 2
	for s != "" {
		r, width := utf8.DecodeRuneInString(s)
		s = s[width:]
		switch {
		case width == 1 && r == utf8.RuneError:
			n += len(`\xff`)
		case r == '"' || r == '\\':
			n += 2
		case strconv.IsPrint(r):
			n += width
		case r == '\a' || r == '\b' || r == '\f' || r == '\n' || r == '\r' || r == '\t' || r == '\v':
			n += 2
		case r < ' ' || r == 0x7f:
			n += len(`\x7f`)
		case r < 0x10000:
			n += len(`\uffff`)
		default:
			n += len(`\U0010ffff`)
		}
	}
	return n
}

// The ranks of classes, for the error that decides (see ErrorOf).
const (
	rankWarning = iota
	rankNotLicense
	rankUnknown
	rankRetry
	rankFix
)

func rank(k Class) int {
	switch {
	case k == ClassWarning:
		return rankWarning
	case k == ClassNotLicense:
		return rankNotLicense
	case k == ClassUnknown:
		return rankUnknown
	case isRetryable(k):
		return rankRetry
	}
	return rankFix
}

// asError returns the *Error that err is, or that its As method hands out,
// as errors.As takes it.
func asError(err error) (*Error, bool) {
	if e, ok := err.(*Error); ok {
		return e, true
	}
	if x, ok := err.(interface{ As(any) bool }); ok {
		var e *Error // its own variable: only here does it escape
		if x.As(&e) {
			return e, true
		}
	}
	return nil, false
}

func isRetryable(k Class) bool { return k == ClassUnavailable || k == ClassQuota }

// The tables behind the lookups, built once from codes.go. A number's slot
// is its remainder by the table's size, a text's the top bits of a
// multiplicative hash, each chosen so that every key has a slot of its own
// (init makes sure, and names a size or a multiplier that works when a new
// code or text needs one): a lookup is one probe and one comparison, where
// a Go map hashes the whole key (BenchmarkProduct and BenchmarkMessage
// compare them).

// The license server's codes are 100-199; SDKs report each as -(20000+code).
// dlserr's own codes, which have no number, are Code values in that product
// range, which no number reads as.
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

// laterRow is what a later row of a code is called and what class it is of.
type laterRow struct {
	code  Code
	row   uint8
	name  string
	class Class
}

// laterRowOf returns what laterRows says of row n of code c.
func laterRowOf(c Code, n uint8) laterRow {
	for _, r := range laterRows {
		if r.code == c && r.row == n {
			return r
		}
	}
	return laterRow{}
}

// templateOf returns the prefix and suffix of code c's template.
func templateOf(c Code) (string, string) {
	for _, t := range templates {
		if t.code == c {
			return t.prefix, t.suffix
		}
	}
	return "", ""
}

// word is a slot of the table of texts.
type word struct {
	msg string
	e   *Error
}

// numberSlotOf is a slot of numbers: a number and FromProduct's answer.
type numberSlotOf struct {
	number int   // a product number, a C int; 0 in an empty slot
	err    error // an *Error; nil in an empty slot
}

type entry struct {
	name        string
	class       Class
	err         *Error // the code's sentinel
	twoMeanings bool   // the number is another error in another SDK
}

const (
	numberSlots = 517 // for the numbers of codeTable and notLicense: the first modulus from 512 that gives each a slot
	wordBits    = 12  // 4096 slots for the texts of wordings and notLicense
	wordMul     = 0xc5fcfae9968e2d3d
)

var (
	// shared holds one shared, immutable error for each text of wordings,
	// so that a recognized message and a sentinel cost no allocation. The
	// sentinels point into it before init fills it.
	shared     [len(wordings)]Error
	others     [len(notLicense)]Error // one for each text of notLicense
	entries    [len(codeTable)]entry
	numbers    [numberSlots]numberSlotOf
	numberInfo [numberSlots]struct { // the rest of each slot, apart so that FromProduct reads 24 bytes
		e     *entry // the license code's entry, nil for a number that is not a license code
		first uint16 // where the number's texts are in others, if it is not about the license
		texts uint16 // how many
	}
	own              [codeSpan]*entry // dlserr's own codes' entries, by code-minProduct
	originals        [codeSpan]error  // by code-minCode: each server code's sentinel, or a shared error of the unknown code
	unknownOriginals [codeSpan]Error
	words            [1 << wordBits]word // the text beside its error, compared without loading the error
	minWord          = 1 << 30           // the shortest and longest text, in bytes
	maxWord          int
	modules          []*Error                // the modules' "[Module] No license found."
	tagPrefix8       = load64(licenseTag, 0) // "[License", which no text starts with
	byName           = make(map[string]Code, len(codeTable))

	errUnknown    = &Error{}
	errNotLicense = &Error{notLicense: true}
)

func init() {
	// The numbers: each code's, then each number of notLicense that is no
	// code's, once.
	var keys []uint64
	for _, c := range codeTable {
		if p := c.code.Product(); p != 0 {
			keys = append(keys, numberKey(p))
		}
	}
	codeKeys := len(keys)
	for i, n := range notLicense {
		if (i == 0 || notLicense[i-1].number != n.number) && !slices.Contains(keys[:codeKeys], numberKey(n.number)) {
			keys = append(keys, numberKey(n.number))
		}
	}
	mustDivide("numberSlots", keys, numberSlots)
	for i, c := range codeTable {
		entries[i] = entry{name: c.name, class: c.class, err: sentinelOf(c.code, 0)}
		byName[c.name] = c.code
		p := c.code.Product()
		if p == 0 { // dlserr's own: no number reads as it
			own[int(c.code)-minProduct] = &entries[i]
			continue
		}
		numbers[numberSlot(p)] = numberSlotOf{p, entries[i].err}
		numberInfo[numberSlot(p)].e = &entries[i]
		if o := c.code.Original(); o != 0 {
			originals[o-minCode] = entries[i].err
		}
	}
	for i := range originals {
		if originals[i] == nil {
			c := Code(minCode + i)
			unknownOriginals[i] = Error{code: c, product: c.Product()}
			originals[i] = &unknownOriginals[i]
		}
	}
	for i := 0; i < len(notLicense); {
		n, first := notLicense[i].number, i
		for ; i < len(notLicense) && notLicense[i].number == n; i++ {
			others[i] = Error{product: n, notLicense: true, msg: notLicense[i].msg}
		}
		s, in := &numbers[numberSlot(n)], &numberInfo[numberSlot(n)]
		s.number, in.first, in.texts = n, uint16(first), uint16(i-first)
		if in.e == nil {
			s.err = &others[first]
			continue
		}
		// A license code in one SDK and another error in the other: without
		// its text, the number is ambiguous.
		in.e.twoMeanings = true
		s.err = &Error{product: n}
	}

	// The texts: each of wordings, then each of notLicense once, which is
	// the number's; or, if other numbers return it too, of no number.
	keys = keys[:0]
	var texts []*Error
	for i, w := range wordings {
		shared[i] = Error{code: w.code, product: w.code.Product(), row: w.row, msg: w.msg}
		keys, texts = append(keys, wordKey(w.msg)), append(texts, &shared[i])
	}
	for i := range others {
		if j := slices.IndexFunc(texts[len(wordings):], func(e *Error) bool { return e.msg == others[i].msg }); j >= 0 {
			both := *texts[len(wordings)+j]
			both.product = 0
			texts[len(wordings)+j] = &both
			continue
		}
		keys, texts = append(keys, wordKey(others[i].msg)), append(texts, &others[i])
	}
	mustBePerfect("wordMul", keys, wordMul, wordBits)
	for i, e := range texts {
		words[slot(keys[i], wordMul, wordBits)] = word{e.msg, e}
		minWord, maxWord = min(minWord, len(e.msg)), max(maxWord, len(e.msg))
		if load64(e.msg, 0) == tagPrefix8 {
			panic("dlserr: a text starts as a tag does: " + e.msg)
		}
		if strings.HasSuffix(e.msg, "] "+noLicense) {
			modules = append(modules, e)
		}
	}
	// Only now: Error's text and class depend on which codes are known.
	for _, e := range texts {
		e.cache()
	}
	for i := range numbers {
		if e, _ := numbers[i].err.(*Error); e != nil {
			e.cache()
		}
	}
	for i := range unknownOriginals {
		unknownOriginals[i].cache()
	}
	errUnknown.cache()
	errNotLicense.cache()
}

// slot is where key goes in a table of 1<<bits slots: the top bits of a
// multiplicative hash.
func slot(key, mul uint64, bits uint) uint64 { return key * mul >> (64 - bits) }

// numberSlot is where number n goes in numbers: the remainder of its low 32
// bits, the same on every platform, which the compiler computes with a
// multiplication.
func numberSlot(n int) uint32 { return uint32(n) % numberSlots }

// numberKey is number n as numberSlot reads it.
func numberKey(n int) uint64 { return uint64(uint32(n)) }

// mustBePerfect panics unless mul gives each of keys a slot of its own, and
// then names a multiplier that does, so that adding a code or a text can
// never make a lookup miss.
func mustBePerfect(name string, keys []uint64, mul uint64, bits uint) {
	by := func(mul uint64) func(uint64) uint64 { return func(k uint64) uint64 { return slot(k, mul, bits) } }
	if perfect(name, keys, 1<<bits, by(mul)) {
		return
	}
	// Multipliers next to each other hash alike: try them in a random order.
	next, tried := mul, 0
	for ; tried < 1<<20; tried++ {
		if next = next*0x5851f42d4c957f2d + 0x14057b7ef767814f | 1; perfect(name, keys, 1<<bits, by(next)) {
			panic("dlserr: " + name + " no longer gives every key a slot of its own; 0x" + strconv.FormatUint(next, 16) + " does")
		}
	}
	panic("dlserr: none of " + strconv.Itoa(tried) + " multipliers after " + name + " gives every key a slot of its own: make the table larger")
}

// mustDivide is mustBePerfect for a table of mod slots that the remainder
// of a key by mod indexes: it names the next modulus that works.
func mustDivide(name string, keys []uint64, mod uint64) {
	by := func(mod uint64) func(uint64) uint64 { return func(k uint64) uint64 { return k % mod } }
	if perfect(name, keys, mod, by(mod)) {
		return
	}
	for next := mod + 1; next <= 1<<16; next++ {
		if perfect(name, keys, next, by(next)) {
			panic("dlserr: " + name + " no longer gives every key a slot of its own; " + strconv.FormatUint(next, 10) + " does")
		}
	}
	panic("dlserr: no modulus from " + name + " to 65536 gives every key a slot of its own")
}

// perfect reports whether slotOf gives each of keys a slot of its own of n;
// it panics if two keys are the same, which no function can tell apart.
func perfect(name string, keys []uint64, n uint64, slotOf func(uint64) uint64) bool {
	used := make([]int, n) // which key is in each slot, counted from 1
	for i, k := range keys {
		s := slotOf(k)
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

// wordKey mixes the length of s and five 8-byte windows of it, at 0, 8, 16,
// 24 and its end (moved back to fit in s), which tell apart even the texts
// that differ in one word (DLS and LTS, does and dose); len(s) must be at
// least 8, as every text's is.
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

// byNumber returns the entry of the code whose number is n, nil if n is no
// license code's.
func byNumber(n int) *entry {
	if i := numberSlot(n); numbers[i].number == n {
		return numberInfo[i].e
	}
	return nil
}

// byWording returns the shared error of text s, nil if s is none.
func byWording(s string) *Error {
	if len(s) < minWord || len(s) > maxWord {
		return nil
	}
	return inSlot(s)
}

// inSlot is byWording's probe, apart so that byWording's quick refusal
// inlines.
func inSlot(s string) *Error {
	// wordKey(s), written out: the call cost a tenth of a lookup
	// (BenchmarkMessage), and TestPerfectHash finds every text both ways.
	n := len(s)
	k := uint64(n) ^ load64(s, 0) ^ bits.RotateLeft64(load64(s, min(8, n-8)), 13) ^
		bits.RotateLeft64(load64(s, min(16, n-8)), 26) ^ bits.RotateLeft64(load64(s, min(24, n-8)), 39) ^
		bits.RotateLeft64(load64(s, n-8), 52)
	if w := &words[slot(k, wordMul, wordBits)]; w.msg == s && w.e != nil {
		return w.e
	}
	return nil
}

func (c Code) entry() *entry {
	switch p := c.Product(); {
	case p != 0:
		return byNumber(p)
	case isProduct(int(c)):
		return own[int(c)-minProduct] // dlserr's own, or nil
	}
	return nil
}

// sentinel returns the shared error of code c's row as an error, for the
// sentinel declarations.
func sentinel(c Code, row uint8) error { return sentinelOf(c, row) }

// sentinelOf returns the shared error of the first text of code c's row:
// the table lists the canonical text first.
func sentinelOf(c Code, row uint8) *Error {
	for i, w := range wordings {
		if w.code == c && w.row == row {
			return &shared[i]
		}
	}
	panic("dlserr: no text for " + strconv.Itoa(int(c)) + " row " + strconv.Itoa(int(row)))
}

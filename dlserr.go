// Package dlserr turns the license errors of Dynamsoft products into typed
// Go errors that a service can match with errors.Is, switch on, log and act
// on: the codes of a Dynamsoft License Server (DLS), those of the SDKs' own
// license client, and the per-module license codes a decode returns.
//
// A license failure reaches a Go service in one of four shapes, each with
// its lookup:
//
//   - a number: FromOriginal or FromProduct. The license server sends an
//     original code (100-199); an SDK returns it as the product code
//     -(20000+code), -20199 to -20100, and around it codes of its own:
//     -20000 to -20014, -20200 "failed to reach the License Server",
//     license-key codes such as -10003 "The license is invalid.", and
//     per-module codes such as -10017 and -30063. Original codes are
//     positive and an SDK's numbers negative, so both functions read a
//     number by its sign, and they agree on every number.
//   - a message alone, as Android callbacks deliver it: FromMessage;
//   - a number and a message together, as InitLicense and a decode return
//     them: FromProductMessage, or FromOriginalMessage, which is the same;
//   - a decoded barcode text that the SDK masked instead of failing:
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
// # What to do
//
// ClassOf says what kind of failure an error is, and so what to do about it;
// Retryable, whether trying again can succeed; Licensed, whether the SDK runs
// licensed after it: TrialLicense, LicenseCacheUsed and
// LicenseKeyPartlyInvalid are warnings (ClassWarning), errors here as the SDK
// returned them instead of 0, but the SDK is licensed. TransportOf reads what
// the SDK's license client says happened on the wire. ClassOf goes by the
// error's row (the revised 105 is ClassHandshake) and its cause (see
// "Capture time"), where Code.Class goes by the code alone.
//
// CodeOf, ClassOf, Retryable, Licensed, TransportOf and Attr walk an error's
// tree as errors.Is does, but look at no more than its first 1000 errors, so
// that a tree that holds itself ends their walk; past those, they act as if
// the tree held nothing more.
//
// # One number, two meanings
//
// Barcode Reader 9's license codes for five modules, -10058 to -10062, are
// errors that have nothing to do with a license in Capture Vision 3 (-10062
// is "Failed to call the function while capturing in progress."). Only the
// message tells them apart: with Barcode Reader 9's text, the number is the
// license code; with any other text, or none, the error keeps the number and
// the text, has no known Code and matches ErrUnknown. So for these five
// constants, and only for them, FromProduct(int(c)) is not c's sentinel.
// FromDecodedText reads them as license codes, as a masked result carries
// nothing else.
//
// # Capture time
//
// A decode without a license returns a per-module code. Capture Vision's "No
// license found." texts start with the module's tag, which is part of the
// wording ("[Barcode Reader] No license found."); a format tag may follow it
// ("[ONED] ": 1 to 32 upper-case letters, digits or _ in brackets, then a
// space); and Capture Vision appends, after the text and one space, the
// message InitLicense gave, verbatim with its tags. Such an error is the
// module's code and carries InitLicense's message as its cause (Unwrap), read
// as FromMessage reads it, when it is a message this package reads: a
// wording, 113 with an id, or a report of the wire. Then errors.Is matches
// the cause's code too, and ClassOf, Retryable and TransportOf follow the
// cause, which says why the license is missing; a cause of ClassWarning does
// not say why, and leaves the module's class. Any other appended message
// stays in the text, and the module's code alone decides. Message returns
// the whole text. Nothing else is stripped or guessed: a missing space, a
// misspelt module or a missing period leave the text unrecognized.
//
// # Error format
//
// Error returns one line:
//
//	dls <product code> (<original code>): <message>
//
// with the numbers that exist: both for the license server's codes, only the
// product code for the SDK's own codes, only the original code for a
// positive number outside 100-199, and none for a message without a number:
//
//	dls -20111 (111): License has expired.
//	dls -20113 (113): This license item "LI-2024-0042" has been invalid.
//	dls -20111 (111): "Some wording no list has published."
//	dls -20200: Failed to reach License Server.
//	dls -20200: "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."
//	dls -30063: [Barcode Reader] No license found. [License] [Key 1] The license is invalid.
//	dls -20110 (110): unknown code
//	dls 999: unknown code
//	dls -10005: unknown code
//	dls -10062: ambiguous code
//	dls: unknown code: "No such wording."
//
// A known wording is written as it is; any other text from outside (a
// message no list has, a license item id, an appended message that is no
// known wording) is written as a Go quoted string, so control characters,
// line breaks, U+2028/U+2029 and quotes are escaped and a hostile server
// cannot forge log lines. At most the first 200 bytes of such a text are
// quoted (the cut moves back to a character boundary); a longer one is
// followed by "...(N bytes)", N its full length. Message and LicenseItem
// still return the full text. Errors that are not shared (unknown codes,
// text from outside) build their text on each call to Error.
//
// # Messages
//
// FromMessage and the functions taking a number and a message recognize
// every wording of every generation of the server's list (the 2021 "LTS"
// wording, the specification's "DLS" wording and the revised wording of
// 2024-2025), every text of the license client's codes, from the runtimes
// of Capture Vision 3 and Barcode Reader 9 and 10 and from Barcode Reader
// 8's and 9's error-code pages, and the runtime text of every per-module
// code (the headers' comments, such as "The GS1 Databar license is
// invalid." for Barcode Reader 9's -10058, are not among them: that one is
// Capture Vision's text for -30058). Before matching they read the text as C does, up
// to its first NUL byte (a C buffer converted whole; a Go string from Java or
// Android carries none); then they remove leading white space, as
// unicode.IsSpace defines it; then the tags that Capture Vision and Barcode
// Reader 10.4.20 and later put first: "[License] ", then, for one key of a
// key list, "[Key N] " with N its place in the list: a decimal from 1,
// without leading zeros (as strconv.Itoa writes it); then trailing white
// space. Nothing else is removed or guessed: case, inner spacing, punctuation
// and any other prefix or tag must match a wording byte for byte. Message
// returns the text after these steps. The message 113 is matched for any
// license item id the server filled in. Given to FromMessage, a message that
// is empty after this is not success: it is an unrecognized message, written
// `unknown code: ""`; given with a number, it is no message, and the number
// alone decides.
//
// # Logs and JSON
//
// An *Error is a slog.LogValuer and a json.Marshaler, with the same fields,
// each number in a field that says whose number it is:
//
//   - original_code, the license server's number, and product_code, the
//     SDK's (each left out when the error has none);
//   - name, the code's constant or "Unknown", and row, the name of a later
//     row's sentinel without its Err ("IPLicenseExpired");
//   - class, as ClassOf says;
//   - message, as Message returns it, and license_item, 113's item id;
//   - transport, what TransportOf reads: reason, error_code, http_status,
//     response, failover with main_error_code and main_http_status, cache;
//   - cause, the fields of the cause of a capture-time error.
//
// Text from outside is cut to 200 bytes, as in Error, with its full length
// in a field of the same name and _len (message_len). Attr logs any error,
// wrapped or not, with the fields of the DLS error in it.
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

// The lookups: what a caller calls first, with what it received.

// FromOriginal returns the error for an original code from a license server:
// nil for 0, the code's sentinel for a known code (without allocating, one
// table slot for each of the server's codes), and for any other number an
// error that keeps it and matches ErrUnknown. Original codes are positive and
// the SDKs' numbers negative, so a negative number can only be an SDK's:
// FromOriginal reads it as FromProduct does, and FromOriginal(int(c)) is c's
// sentinel for every known constant c but the five of the package doc's "One
// number, two meanings".
func FromOriginal(code int) error {
	if i := uint(code - minCode); i < codeSpan {
		if e := originals[i]; e != nil {
			return e
		}
	}
	return FromProduct(code)
}

// FromProduct returns the error for a number a Dynamsoft SDK returned, as
// FromOriginal does for original codes: FromProduct(-20111) is
// ErrLicenseExpired, FromProduct(-20200) ErrFailedToReachDLS and
// FromProduct(-30063) ErrBarcodeReaderLicenseNotFound, each without
// allocating (a table with a slot for each known number, found with one
// multiplication). A negative number outside -20199 to -20100 is the SDK's
// own, its Code the number itself, known or not; a positive number is a
// server's, read as FromOriginal reads it. The one exception: a number of
// two meanings (-10058 to -10062, see the package doc) is no code without
// its message, so its error keeps the number, has Code 0 and matches
// ErrUnknown and no sentinel.
func FromProduct(code int) error {
	if s := &numbers[slot(numberKey(code), numberMul, numberBits)]; s.product == code && s.err != nil {
		return s.err
	}
	return FromProductMessage(code, "")
}

// FromOriginalMessage returns the error for a number delivered with a
// message. The number decides: 0 is nil whatever the message; a known code
// gives an error of that code, of the row its message names if the message is
// one of the code's wordings, and keeping the message as Message in any case;
// an empty message gives the code's sentinel; an unknown code keeps both the
// number and the message and matches ErrUnknown. A number of two meanings is
// the license code with its Barcode Reader 9 text, and otherwise an error of
// no known code that keeps the number and the message. Numbers are read by
// their sign, as FromOriginal reads them, so FromOriginalMessage and
// FromProductMessage are the same.
func FromOriginalMessage(code int, msg string) error {
	return FromProductMessage(code, msg)
}

// FromProductMessage is FromOriginalMessage for the number and the message a
// Dynamsoft SDK returned together, such as InitLicense's return value and
// error buffer, or a decode's code and error string.
func FromProductMessage(code int, msg string) error {
	if code == 0 {
		return nil
	}
	c := fromNumber(code)
	p, e := c.Product(), c.entry()
	r := read(msg)
	switch {
	case r.kind == kindList && r.code == c:
		return r.w // the common case
	case r.code == c: // one of the code's own texts
	case e != nil && e.twoMeanings:
		c = 0 // not its Barcode Reader 9 text: the number's other meaning
	case e != nil && r.s == "":
		return e.err
	}
	return r.errorOf(c, p)
}

// FromMessage returns the error for a message delivered without a number:
// the code and row of whichever known wording it is (a capture-time text
// with its cause, 113 with its item id), with Message returning it as
// received. The SDK's report of the wire (see TransportOf) gives an error
// of no code and ClassUnavailable. Any other message gives an error that
// keeps it and matches ErrUnknown.
func FromMessage(msg string) error {
	// read's steps, written out so that a known wording, tagged or not,
	// costs no more than its lookups.
	if w := byWording(msg); w != nil {
		return w
	}
	s, u := normalize(msg)
	if w := byWording(s); w != nil {
		return w
	}
	r := readRest(s, u)
	return r.errorOf(r.code, r.code.Product())
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

// CodeOf returns the code of the DLS error that errors.As finds in err's tree
// (through fmt.Errorf's %w, errors.Join and As methods), or 0 if err is nil or
// holds none. That error's code is 0 too if it has none (an unrecognized
// message, a number of two meanings without its message) or if it is a nil
// *Error, which errors.As finds as well: use errors.Is(err, ErrUnknown) to
// tell an unknown error from no DLS error. CodeOf allocates nothing but once
// for each error with an As method it asks, as errors.As does.
func CodeOf(err error) Code {
	return find(err).Code()
}

// ClassOf returns the class of the DLS error that CodeOf finds in err's
// tree, by its row and cause: the revised 105 ("Provided handShakeId is not
// compliant with version 1.5.") is ClassHandshake, where its code is
// ClassLicense; a capture-time error that carries InitLicense's message has
// that message's class, unless it is ClassWarning; a report of the SDK's
// exchange with the license server that came without a number (see
// TransportOf) is ClassUnavailable. Every other error has its code's class,
// and a tree without a DLS error, or nil, ClassUnknown.
func ClassOf(err error) Class {
	return find(err).class()
}

// Licensed reports whether the SDK runs licensed after the call that
// returned err: for nil, and when every error in err's tree is a DLS error of
// ClassWarning, wrapped (fmt.Errorf's %w) or joined (errors.Join) however
// deep. Anything else in the tree, a failure, an unknown code or an error
// that is no DLS error, makes it false. Past the first 1000 errors of a
// tree it is false.
func Licensed(err error) bool {
	budget := maxWalk
	return err == nil || licensed(err, &budget)
}

// Retryable reports whether trying again later can succeed: whether err's
// tree holds a DLS error whose class, as ClassOf gives it, is
// ClassUnavailable or ClassQuota, or an error whose Is method says it is a
// sentinel of those classes. Retryable walks the tree errors.Is walks. The
// vendor documents that a standby server refuses (100) while the main one
// works, and its own sample for 120 tells the user to try again or to
// contact the administrator; the SDK's "cannot reach the server" codes are
// the failures that retries exist for. That a quota can clear is inference:
// a per-scan license past its 5% grace fails until someone acts, so retry
// with a backoff, and tell an administrator. Every other code is a state of
// the license, the configuration or the machine that retrying does not
// change (112 only at the license's start date), or a warning that needs no
// retry, so it is false for them, for nil and for errors that hold no DLS
// error.
func Retryable(err error) bool {
	return walk(err, func(node error) bool {
		if e, ok := node.(*Error); ok {
			return isRetryable(e.class())
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

// TransportOf returns the SDK's report of its exchange with the license
// server that the DLS error CodeOf finds in err's tree carries in its
// message, or in its cause's for a capture-time error, and whether there is
// one. A message that does not follow the report's grammar (see Transport)
// has none: nothing is guessed.
func TransportOf(err error) (Transport, bool) {
	e := find(err)
	if e != nil && e.cause != nil {
		e = e.cause
	}
	if e == nil || e.kind != kindTransport {
		return Transport{}, false
	}
	return e.transport(), true
}

// Attr returns the attribute to log err under key. When err's tree holds a
// DLS error (the one errors.As finds), it is a group of that error's fields,
// as LogValue has them, and "error", the text of the whole err, cut as
// Error cuts text from outside (with error_len if it was cut); so a wrapped
// error logs its code, class and transport report, not only its text.
// Otherwise it is slog.Any(key, err).
func Attr(key string, err error) slog.Attr {
	e := find(err)
	if e == nil {
		return slog.Any(key, err)
	}
	attrs := appendBounded(e.fields(), "error", err.Error())
	return slog.Attr{Key: key, Value: slog.GroupValue(attrs...)}
}

// The types.

// Code is a license error code. A code of the license server is its original
// number (100-199), which SDKs report as the product code -(20000+code); a
// code of an SDK is the SDK's number (-20200, -10003, -30063). The zero Code
// means no error, or none known. Read a number an SDK returned with
// FromProduct, never as Code(rc): -20111 is LicenseExpired, 111, and
// Code(-20111) no known code.
type Code int

// Original returns the license server's number for c: c itself if it is
// positive, and 0 for the SDK's codes, which no server sends.
func (c Code) Original() int { return max(int(c), 0) }

// Product returns the number a Dynamsoft SDK reports for c: -(20000+c) for
// the license server's range 100-199, c itself for the SDK's codes (any
// negative c outside -20199 to -20100), and 0 for any other value, which no
// SDK reports. FromProduct(c.Product()) is c's sentinel for every known c
// but the five of "One number, two meanings" in the package doc.
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
// ClassOf tells the class of an error, whose row or cause may say more.
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
// back everything String and MarshalText write. It names constants, so
// "-10062" is DBRPharmacodeLicenseInvalid, where FromProduct(-10062) without
// its message is no code (see "One number, two meanings"). Anything else is
// an error that quotes s.
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
// -90012).
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
	// gets no license from it: measured with the port closed, HTTP errors and
	// a body that is not a license, and a decode after such a failure
	// returns -20200 too. The SDK fails over from the main server to the
	// standby by itself: retry later. -10044 "Failed to request the license
	// content" is presumed the same (inference). Since Barcode Reader 9.6.40
	// the SDK returns LicenseCacheUsed instead while a valid cache lasts.
	ClassUnavailable
	// ClassHandshake (101-103, 121-124, the revised 105; -20001): the
	// client's handshake code, session password or organization settings are
	// wrong; fix the configuration. A changed session password also
	// regenerates the license key.
	ClassHandshake
	// ClassMismatch (104, 106-109, 114, 115; -20011, -10039, -10040): the
	// license does not fit this client's product, version, edition,
	// deployment type, domain, reserved info or charge way; fix the license
	// or the client.
	ClassMismatch
	// ClassLicense (105, 111-113; -20000, -10003, -10004, -10043, -10045,
	// -10052, -10053, and every per-module code): the license or its key is
	// missing, expired, not yet effective or invalid, or does not cover a
	// module; someone has to renew or fix it. A per-module code does not
	// prove the rest of the license fine: after a bad key, Barcode Reader 9's
	// decode returned -10017 (1D) and its siblings (measured with the key
	// t0000000000) or -20000 (measured with a DLS2 key it refused), and
	// Capture Vision's returns -30063 whatever the license's failure. A
	// capture-time error whose cause tells why has the cause's class
	// (ClassOf).
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

// Error is a license error. Its fields are hidden so that no caller edits what
// a shared error says (the package doc warns against overwriting one whole);
// errors.As(err, &e) with e of type *Error reaches it through any wrapping.
type Error struct {
	code    Code
	product int
	row     uint8  // which row of a code with several meanings; 0 is the first
	kind    uint8  // where msg came from, and so how Error writes it
	msg     string // as received, normalized, in memory of its own; for sentinels the list's
	part    string // kindItem: the license item id in msg; kindTransport: the body, as received
	text    string // Error, computed once for errors that are shared
	cause   *Error // kindCapture: the message of InitLicense appended, if any
}

// Code returns e's code, known or not: 0 if none was received (e has only
// an unrecognized message, or a number of two meanings without the message
// that tells which).
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
	if e == nil || e.kind != kindItem {
		return ""
	}
	return e.part
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

// Unwrap returns the cause of a capture-time error: the message InitLicense
// gave, which Capture Vision appends to the module's "No license found.", as
// an error of its own; nil for every other error.
func (e *Error) Unwrap() error {
	if e == nil || e.cause == nil {
		return nil
	}
	return e.cause
}

// Is reports whether e matches target: ErrUnknown matches errors of unknown
// codes; any other *Error of a known code matches errors of the same code and,
// if target is of a later row (ErrIPLicenseExpired, ...), of the same row; an
// *Error of an unknown number matches errors of the same number. Messages
// never take part, so an unrecognized message without a number matches only
// ErrUnknown and itself; a report of the wire without a number (see
// TransportOf), known for what it is, only itself.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	switch {
	case !ok || e == nil || t == nil:
		return false
	case t == ErrUnknown:
		return e.unknown()
	case t.code.Known():
		return t.code == e.code && (t.row == 0 || t.row == e.row)
	}
	return (t.code != 0 || t.product != 0) && t.code == e.code && t.product == e.product
}

// LogValue makes e a log/slog group of the fields the package doc's "Logs and
// JSON" lists. Text from outside is logged as data, which handlers quote or
// escape.
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
	return appendObject(nil, e.fields()), nil
}

// Transport is the SDK's report of its exchange with the license server, as
// its license client writes it into InitLicense's message when it got no
// license from a server. Capture Vision 3 writes
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

// reading is what a message is, read without allocating.
type reading struct {
	kind  uint8
	code  Code   // what the text itself names: its wording's, 113, the module's; 0 for other text
	w     *Error // kindList: the wording's shared error
	s, u  string // the text normalized, and before its trailing white space went
	body  [2]int // kindTransport: where the body lies in u
	cause int    // kindCapture: where InitLicense's message starts in s, 0 if none
}

// read reads msg as the package doc's "Messages" says. A known wording as it
// is, the common case, costs one lookup.
func read(msg string) reading {
	if w := byWording(msg); w != nil {
		return reading{kind: kindList, code: w.code, w: w, s: msg, u: msg}
	}
	s, u := normalize(msg)
	if w := byWording(s); w != nil {
		return reading{kind: kindList, code: w.code, w: w, s: s, u: u}
	}
	return readRest(s, u)
}

// readRest reads a normalized text that is no wording: 113 with an id, a
// capture-time text, a report of the wire, or other text.
func readRest(s, u string) (r reading) {
	r.s, r.u = s, u
	if len(r.s) >= len(item113Prefix)+len(item113Suffix) && strings.HasPrefix(r.s, item113Prefix) && strings.HasSuffix(r.s, item113Suffix) {
		r.kind, r.code = kindItem, LicenseItemInvalid
	} else if w, at, ok := capture(r.s); ok {
		r.kind, r.code, r.cause = kindCapture, w.code, at
	} else if _, body, ok := parseTransport(r.s, r.u); ok {
		r.kind, r.body = kindTransport, body
	} else {
		r.kind = kindText
	}
	return r
}

// errorOf returns the error of code c, product number p, for the text r
// read, which is no wording of c (the callers return those first): a new
// error that keeps the text in memory of its own, as c's text if it is one
// (113's with its id, c's module text with its cause), else as text from
// outside (a report of the wire, or any other). An empty text with a number
// is the number alone.
func (r reading) errorOf(c Code, p int) error {
	if r.code != c && r.kind != kindTransport {
		r.kind = kindText // not c's: text from outside, a report of the wire too
		if _, body, ok := parseTransport(r.s, r.u); ok {
			r.kind, r.body = kindTransport, body
		}
	}
	if r.s == "" && (c != 0 || p != 0) {
		return &Error{code: c, product: p}
	}
	if r.kind == kindTransport {
		r.u = strings.Clone(r.u) // the body keeps the trailing white space
		r.s = r.u[:len(r.s)]
	} else {
		r.s = strings.Clone(r.s)
	}
	if r.kind != kindCapture || r.cause == 0 {
		e := r.value(c, p)
		return &e
	}
	switch cause := read(r.s[r.cause:]); cause.kind {
	case kindList:
		e := r.value(c, p)
		e.cause = cause.w
		return &e
	case kindItem, kindTransport:
		both := &[2]Error{r.value(c, p), cause.value(cause.code, cause.code.Product())} // one allocation
		both[0].cause = &both[1]
		return &both[0]
	}
	e := r.value(c, p) // a message this package does not read, or a capture-time one: no cause
	return &e
}

// value is the error of code c for r's text, which is in memory of its own.
func (r reading) value(c Code, p int) Error {
	e := Error{code: c, product: p, kind: r.kind, msg: r.s}
	switch r.kind {
	case kindItem:
		e.part = r.s[len(item113Prefix) : len(r.s)-len(item113Suffix)]
	case kindTransport:
		e.part = r.u[r.body[0]:r.body[1]]
	}
	return e
}

// The SDK's tags before a message, the mark before a masked barcode text,
// and the end of a module's text at capture time.
const (
	licenseTag = "[License] "
	keyTag     = "[Key "
	attention  = "[Attention(exceptionCode:"
	noLicense  = "No license found."
)

// normalize reads s as the package doc's "Messages" says: up to its first
// NUL, without white space around it, without the SDK's leading tags; and
// returns it also before its trailing white space went. The tags go before
// the trailing white space, so that a message of tags alone ("[License] ")
// is empty.
func normalize(s string) (string, string) {
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
	u := s
	if s != "" && !visibleASCII(s[len(s)-1]) {
		s = strings.TrimRightFunc(s, unicode.IsSpace)
	}
	return s, u
}

func visibleASCII(c byte) bool { return ' ' < c && c < utf8.RuneSelf }

// capture reads s as a module's "No license found." at capture time, as the
// package doc's "Capture time" says, with a format tag or InitLicense's
// message appended: it returns the module's shared error, and where the
// appended message starts in s, 0 if there is none.
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

// splitCapture returns a capture-time message's text and InitLicense's
// message appended to it, "" if none.
func splitCapture(s string) (string, string) {
	if _, at, _ := capture(s); at > 0 {
		return s[:at-1], s[at:]
	}
	return s, ""
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

// The SDK's report of the wire.

// transport reads the report of an error of kindTransport again.
func (e *Error) transport() Transport {
	t, _, _ := parseTransport(e.msg, e.msg)
	t.Response = e.part // as received, with the white space Message drops
	return t
}

// parseTransport reads s, a message after normalization, as a Transport, and
// returns where the body lies in u, the same message before its trailing
// white space went: a body at the end keeps it.
func parseTransport(s, u string) (t Transport, body [2]int, ok bool) {
	reason, rest, found := strings.Cut(s, ".")
	if !found || reason == "" {
		return t, body, false
	}
	t.Reason = reason
	if rest, found := strings.CutPrefix(rest, "-ErrorCode:"); found { // Barcode Reader 9
		if t.ErrorCode, rest, ok = cutNumber(rest, "-HttpCode:"); ok {
			t.HTTPStatus, rest, ok = cutNumber(rest, "-ReponseStr:")
		}
		if !ok {
			return t, body, false
		}
		start := len(s) - len(rest)
		t.Response = u[start:]
		return t, [2]int{start, len(u)}, true
	}
	if rest, ok = strings.CutPrefix(rest, " ErrorCode:"); ok {
		if t.ErrorCode, rest, ok = cutNumber(rest, " HttpCode:"); ok {
			t.HTTPStatus, rest, ok = cutNumber(rest, " Re")
		}
	}
	if !ok {
		return t, body, false
	}
	if rest, ok = strings.CutPrefix(rest, "sponseStr:"); !ok {
		if rest, ok = strings.CutPrefix(rest, "ponseStr:"); !ok {
			return t, body, false
		}
	}
	start := len(s) - len(rest)
	for end := 0; end < len(rest); end++ { // a tail has a period at least
		if tail, ok := t.tail(rest[end:]); ok {
			tail.Response = rest[:end]
			return tail, [2]int{start, start + end}, true
		}
	}
	return t, body, false
}

// tail reads what follows the body of Capture Vision's report into a copy
// of t: the main server's numbers, the final period, the cache note; ok
// says s reads so, with numbers that fit.
func (t Transport) tail(s string) (_ Transport, ok bool) {
	if rest, found := strings.CutPrefix(s, " MainErrorCode:"); found {
		if t.MainErrorCode, rest, ok = cutNumber(rest, " MainHttpCode:"); ok {
			t.MainHTTPStatus, s, ok = cutNumber(rest, ".")
		}
		if !ok {
			return t, false
		}
		t.Failover = true
	} else if s, ok = strings.CutPrefix(s, "."); !ok {
		return t, false
	}
	if s == "" {
		return t, true
	}
	t.Cache, ok = strings.CutPrefix(s, "[Cache] ")
	return t, ok
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

// Formatting: Error's text, logs and JSON.

// maxQuoted bounds how much outside text reaches Error, logs and JSON, so a
// server cannot flood them.
const maxQuoted = 200

const (
	kindList      = iota // msg is a known wording, or there is none
	kindText             // msg is text from outside that no list has
	kindItem             // msg is 113 with a license item id filled in
	kindTransport        // msg is text from outside that is the SDK's report of the wire
	kindCapture          // msg is a module's "No license found." with a format tag or a cause
)

// unknown reports whether e's code is not known: a report of the wire that
// came without a number is known for what it is.
func (e *Error) unknown() bool {
	return !e.code.Known() && (e.code != 0 || e.product != 0 || e.kind != kindTransport)
}

// class is ClassOf for e: by its cause, its row, or its code.
func (e *Error) class() Class {
	switch {
	case e == nil:
		return ClassUnknown
	case e.cause != nil:
		if k := e.cause.class(); k != ClassWarning {
			return k
		}
	case e.row != 0:
		return findRow(e.code, e.row).class
	case e.code == 0 && e.product == 0 && e.kind == kindTransport:
		return ClassUnavailable
	}
	return e.code.Class()
}

// cache computes e's Error text once, for an error that is shared.
func (e *Error) cache() *Error {
	e.text = e.format()
	return e
}

func (e *Error) format() string {
	// Everything format writes fits here (at most 4 bytes of output for each
	// quoted byte), so the returned string is the only allocation.
	var buf [64 + 4*maxQuoted + 128]byte
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
	b = append(b, ": "...)
	switch {
	case e.kind == kindItem:
		b = append(b, item113Prefix[:len(item113Prefix)-1]...)
		b = appendQuoted(b, e.part)
		b = append(b, item113Suffix[1:]...)
	case e.kind == kindCapture:
		head, cause := splitCapture(e.msg)
		b = append(b, head...)
		switch {
		case e.cause == nil:
		case e.cause.kind == kindList:
			b = append(append(b, ' '), cause...)
		default:
			b = appendQuoted(append(b, ' '), cause)
		}
	case e.kind == kindList && e.code == 0 && Code(e.product).Known():
		b = append(b, "ambiguous code"...)
	case e.unknown():
		b = append(b, "unknown code"...)
		if e.kind != kindList {
			b = appendQuoted(append(b, ": "...), e.msg)
		}
	case e.kind != kindList:
		b = appendQuoted(b, e.msg)
	default:
		b = append(b, e.msg...)
	}
	return string(b)
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

func (e *Error) fields() []slog.Attr {
	attrs := make([]slog.Attr, 0, 10)
	if o := e.code.Original(); o != 0 {
		attrs = append(attrs, slog.Int("original_code", o))
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
		attrs = append(attrs, slog.String("row", findRow(e.code, e.row).name))
	}
	attrs = append(attrs, slog.String("class", e.class().String()))
	attrs = appendBounded(attrs, "message", e.msg)
	if e.kind == kindItem {
		attrs = appendBounded(attrs, "license_item", e.part)
	}
	if e.kind == kindTransport {
		attrs = append(attrs, slog.Attr{Key: "transport", Value: slog.GroupValue(e.transport().fields()...)})
	}
	if e.cause != nil {
		attrs = append(attrs, slog.Attr{Key: "cause", Value: slog.GroupValue(e.cause.fields()...)})
	}
	return attrs
}

func (t Transport) fields() []slog.Attr {
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
	attrs = append(attrs, slog.String(key, s[:cut(s)]))
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
		b = append(strconv.AppendQuote(b, a.Key), ':')
		switch a.Value.Kind() {
		case slog.KindInt64:
			b = strconv.AppendInt(b, a.Value.Int64(), 10)
		case slog.KindBool:
			b = strconv.AppendBool(b, a.Value.Bool())
		case slog.KindGroup:
			b = appendObject(b, a.Value.Group())
		default:
			s, _ := json.Marshal(a.Value.String()) // a string always marshals
			b = append(b, s...)
		}
	}
	return append(b, '}')
}

// The tree walk.

// maxWalk bounds the errors of a tree that the functions walking it look at,
// so that a cycle ends.
const maxWalk = 1000

// find returns the *Error that errors.As(err, &e) sets e to, nil if none:
// it asks err's tree in the same order and stops where errors.As does, at a
// nil *Error too.
func find(err error) *Error {
	var found *Error
	walk(err, func(node error) bool {
		e, ok := asError(node)
		found = e
		return ok
	})
	return found
}

// walk visits err's tree in the order errors.Is and errors.As do, until
// visit returns true or maxWalk errors were visited, and reports whether
// visit returned true.
func walk(err error, visit func(error) bool) bool {
	budget := maxWalk
	return walkFrom(err, visit, &budget)
}

func walkFrom(err error, visit func(error) bool, budget *int) bool {
	for err != nil && *budget > 0 {
		*budget--
		if visit(err) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if walkFrom(err, visit, budget) {
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

func licensed(err error, budget *int) bool {
	for err != nil && *budget > 0 {
		*budget--
		if e, ok := asError(err); ok {
			return e.class() == ClassWarning
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			errs := x.Unwrap()
			for _, err := range errs {
				if !licensed(err, budget) {
					return false
				}
			}
			return len(errs) > 0
		default:
			return false
		}
	}
	return false
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

// The tables behind the lookups, built once from codes.go. The lookups by

// number and by wording each use a table of 1<<bits slots indexed by a

// multiplicative hash whose multiplier gives every key a slot of its own

// (init makes sure, and names a multiplier that does when a new code or

// wording needs one): a lookup is one probe and one comparison, where a Go

// map hashes the whole key (BenchmarkProduct and BenchmarkMessage compare

// them); and reading numbers and names.

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
	return errors.New(string(appendQuoted([]byte("dlserr: invalid "+what+" "), s)))
}

// row is what a later row of a code is called and what class it is of.
type row struct {
	code  Code
	row   uint8
	name  string
	class Class
}

// findRow returns what rows says of a later row of code c.
func findRow(c Code, n uint8) row {
	for _, r := range rows {
		if r.code == c && r.row == n {
			return r
		}
	}
	return row{}
}

type entry struct {
	name        string
	class       Class
	err         *Error // the code's sentinel
	twoMeanings bool   // the number is another error in another SDK
}

const (
	numberBits = 8  // 256 slots for the product numbers of len(codes) codes
	wordBits   = 10 // 1024 slots for len(wordings) wordings
	numberMul  = 0x53fe3917d68189a1
	wordMul    = 0x36e21f64268f18a9
)

var (
	// errs holds one shared, immutable error per wording, so that a
	// recognized message and a sentinel cost no allocation. The sentinels
	// point into it before init fills it.
	errs    [len(wordings)]Error
	entries [len(codes)]entry
	numbers [1 << numberBits]struct {
		product int
		err     *Error // the sentinel FromProduct returns, nil for a number of two meanings
		e       *entry
	}
	originals  [codeSpan]*Error // the server's codes' sentinels, by code-minCode
	words      [1 << wordBits]*Error
	minWord    = 1 << 30 // the shortest and longest wording, in bytes
	maxWord    int
	modules    []*Error                // the modules' "[Module] No license found."
	tagPrefix8 = load64(licenseTag, 0) // "[License", which no wording starts with
	byName     = make(map[string]Code, len(codes))
	retryable  []*Error // the sentinels Retryable asks Is methods about
)

func init() {
	keys := make([]uint64, len(codes))
	for i, c := range codes {
		keys[i] = numberKey(c.code.Product())
	}
	mustBePerfect("numberMul", keys, numberMul, numberBits)
	for i, c := range codes {
		entries[i] = entry{name: c.name, class: c.class, err: sentinel(c.code, 0)}
		byName[c.name] = c.code
		s := &numbers[slot(keys[i], numberMul, numberBits)]
		s.product, s.err, s.e = c.code.Product(), entries[i].err, &entries[i]
		if o := c.code.Original(); o != 0 {
			originals[o-minCode] = entries[i].err
		}
	}
	for _, c := range twoMeanings {
		byNumber(int(c)).twoMeanings = true
		numbers[slot(numberKey(int(c)), numberMul, numberBits)].err = nil
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
		if load64(w.msg, 0) == tagPrefix8 {
			panic("dlserr: a wording starts as a tag does: " + w.msg)
		}
		if strings.HasSuffix(w.msg, "] "+noLicense) {
			modules = append(modules, &errs[i])
		}
	}
	// Only now: Error's text and class depend on which codes are known.
	for i := range errs {
		errs[i].cache()
		if isRetryable(errs[i].class()) && &errs[i] == sentinel(errs[i].code, errs[i].row) {
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
	if len(s) < minWord || len(s) > maxWord {
		return nil
	}
	return inSlot(s)
}

// inSlot is byWording's probe, apart so that byWording's quick refusal
// inlines.
func inSlot(s string) *Error {
	if load64(s, 0) == tagPrefix8 {
		return nil // a tagged message, which no wording is, before its hash
	}
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

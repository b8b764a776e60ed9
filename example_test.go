package dlserr_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"log/slog"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dlserr/dlserr"
)

// The quick start of README.md: every shape a license failure arrives in,
// matched the way a service would.
func Example() {
	// What a license server, a Dynamsoft SDK or a web page handed back: a
	// server's code, an SDK's code, an Android callback's text, a C SDK's
	// code and NUL-padded buffer, the server's verdict through the SDK, the
	// SDK's own "cannot reach the server" and "cache used", a decode
	// without a license, a file that is no image, the browser's text, and a
	// code no table has.
	for _, err := range []error{
		dlserr.FromOriginal(111),
		dlserr.FromProduct(-20100),
		dlserr.FromMessage("License expired for this IP address."),
		dlserr.FromProductMessage(-20113, `This license item "LI-7" has been invalid.`+"\x00\x00"),
		dlserr.FromProductMessage(-20003, "[License] Session password is incorrect.\x00\x00"),
		dlserr.FromProductMessage(-20200, "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."),
		dlserr.FromProductMessage(-20012, "[License] Online license validation failed due to network issues.Using cached license information for validation."),
		dlserr.FromProductMessage(-30063, "[Barcode Reader] No license found. [License] [Key 1] The license is invalid."),
		dlserr.FromProductMessage(-10006, "The file type is not supported."),
		dlserr.FromMessage("An error occurred during authorization: Session password is incorrect. Contact the site administrator for more information."),
		dlserr.FromOriginal(117),
	} {
		err = fmt.Errorf("license check: %w", err)

		switch {
		case dlserr.Licensed(err):
			fmt.Println("licensed, with a warning:", err)
		case errors.Is(err, dlserr.ErrIPLicenseExpired):
			fmt.Println("expired for this IP address:", err)
		case errors.Is(err, dlserr.ErrLicenseExpired):
			fmt.Println("expired:", err)
		case dlserr.Retryable(err):
			fmt.Println("retry later:", err)
		case errors.Is(err, dlserr.ErrNotLicense):
			fmt.Println("not about the license, the SDK's own error:", err)
		case errors.Is(err, dlserr.ErrUnknown):
			fmt.Println("in no table, look it up:", err)
		default:
			fmt.Printf("%v (%v): %v\n", dlserr.CodeOf(err), dlserr.ClassOf(err), err)
		}
	}
	// Output:
	// expired: license check: dls -20111 (111): License has expired.
	// retry later: license check: dls -20100 (100): The standby DLS refuses to provide service while the main DLS is working.
	// expired for this IP address: license check: dls -20111 (111): License expired for this IP address.
	// LicenseItemInvalid (License): license check: dls -20113 (113): This license item "LI-7" has been invalid.
	// SessionPasswordIncorrect (Handshake): license check: dls -20003: Session password is incorrect.
	// retry later: license check: dls -20200: "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."
	// licensed, with a warning: license check: dls -20012: Online license validation failed due to network issues.Using cached license information for validation.
	// LicenseInvalid (License): license check: dls -30063: "[Barcode Reader] No license found. [License] [Key 1] The license is invalid."
	// not about the license, the SDK's own error: license check: dls -10006: not a license error: The file type is not supported.
	// SessionPasswordIncorrect (Handshake): license check: dls -20102 (102): Session password is incorrect.
	// in no table, look it up: license check: dls -20117 (117): unknown code
}

// The license server answers with its original code; 0 means it granted the
// license.
func ExampleFromOriginal() {
	for _, code := range []int{0, 120, 117} {
		err := dlserr.FromOriginal(code)
		fmt.Println(err, errors.Is(err, dlserr.ErrLimitExceeded), errors.Is(err, dlserr.ErrUnknown))
	}
	// Output:
	// <nil> false false
	// dls -20120 (120): License has exceeded its limit. true false
	// dls -20117 (117): unknown code false true
}

// SDKs return product codes: the license server's, and their own license
// client's. The SDK's other errors, such as -10005 "The file is not found.",
// are known not to be license errors; a number no table has is unknown, and
// keeps the number.
func ExampleFromProduct() {
	for _, code := range []int{-20151, -20200, -10004, -10005, -10014} {
		err := dlserr.FromProduct(code)
		fmt.Println(err, "|", dlserr.CodeOf(err), dlserr.ClassOf(err))
	}
	// Output:
	// dls -20151 (151): Cloned device detected. | ClonedDevice Security
	// dls -20200: Failed to reach License Server. | FailedToReachDLS Unavailable
	// dls -10004: The license has expired. | LicenseKeyExpired License
	// dls -10005: not a license error: The file is not found. | Code(-10005) NotLicense
	// dls -10014: unknown code | Code(-10014) Unknown
}

// Android SDKs deliver only the text. Every generation's wording is
// recognized, the SDK's own and its tags too, and 113 gives back the license
// item id the server filled in.
func ExampleFromMessage() {
	for _, msg := range []string{
		"License for this ip has expired.",
		"License expired for this IP address.", // the revised wording of 2024
		`This license item "LI-2024-0042" has been invalid.`,
		"[License] [Key 1] The license is invalid.",
		"[Barcode Reader] No license found.",
	} {
		var e dlserr.Error
		errors.As(dlserr.FromMessage(msg), &e)
		fmt.Printf("%v ip=%v item=%q message=%q\n", e.Code(), errors.Is(e, dlserr.ErrIPLicenseExpired), e.LicenseItem(), e.Message())
	}
	// Output:
	// LicenseExpired ip=true item="" message="License for this ip has expired."
	// LicenseExpired ip=true item="" message="License expired for this IP address."
	// LicenseItemInvalid ip=false item="LI-2024-0042" message="This license item \"LI-2024-0042\" has been invalid."
	// LicenseInvalid ip=false item="" message="The license is invalid."
	// BarcodeReaderLicenseNotFound ip=false item="" message="[Barcode Reader] No license found."
}

// fillBuffer stands in for a C SDK's license call as cgo exposes it: it
// returns a product code and fills a message buffer that an earlier, longer
// message was left in.
func fillBuffer(errorMsg []byte) int {
	copy(errorMsg, "[License] Failed to synchronize license info with license server.")
	copy(errorMsg, "[License] Session password is incorrect.\x00")
	return -20003
}

// A C SDK returns a code and fills a char buffer (README.md shows the cgo
// call, which testdata/startup runs). A buffer converted whole reads the
// same as C.GoString of it: every intake ends the text at its first NUL, as
// C does. Here the license server refused the session password, and the
// SDK said so with a number of its own: the server's verdict decides.
func ExampleFromProductMessage() {
	var buf [512]byte
	code := fillBuffer(buf[:])
	err := dlserr.FromProductMessage(code, string(buf[:]))

	fmt.Println(err)
	fmt.Println(dlserr.CodeOf(err), dlserr.ClassOf(err), dlserr.Retryable(err))
	fmt.Println(errors.Is(err, dlserr.ErrSessionPasswordIncorrect), errors.Is(err, dlserr.ErrLicenseSyncFailed))
	// Output:
	// dls -20003: Session password is incorrect.
	// SessionPasswordIncorrect Handshake false
	// true true
}

// The message selects a row of the number's code, and decides where it says
// more than the number; a message nothing reads is kept.
func ExampleFromOriginalMessage() {
	for _, msg := range []string{"", "License for this ip has expired.", "License expired, call sales."} {
		err := dlserr.FromOriginalMessage(111, msg)
		fmt.Println(err, errors.Is(err, dlserr.ErrIPLicenseExpired))
	}
	// Output:
	// dls -20111 (111): License has expired. false
	// dls -20111 (111): License for this ip has expired. true
	// dls -20111 (111): "License expired, call sales." false
}

// A backend that stores scanned texts from an SDK must not store a text it
// masked because of a license error.
func ExampleFromDecodedText() {
	for _, text := range []string{
		"https://example.com/item/3000-25",
		"[Attention(exceptionCode:-20111)] S**3000*25",
		"[Attention(exceptionCode:-10003)] ***",
	} {
		if err := dlserr.FromDecodedText(text); err != nil {
			fmt.Println("masked:", err)
			continue
		}
		fmt.Println("store:", text)
	}
	// Output:
	// store: https://example.com/item/3000-25
	// masked: dls -20111 (111): License has expired.
	// masked: dls -10003: The license is invalid.
}

// A decode read with what InitLicense said: Capture Vision's bare -30063
// is retryable after a server out of reach, and a fix of the handshake
// after the server's verdict.
func ExampleFromDecode() {
	unreachable := dlserr.FromProductMessage(-20200, "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found.")
	refused := dlserr.FromProductMessage(-20003, "[License] Session password is incorrect.")
	for _, init := range []error{unreachable, refused, nil} {
		err := dlserr.FromDecode(init, -30063, "")
		fmt.Println(dlserr.ClassOf(err), dlserr.Retryable(err), errors.Is(err, dlserr.ErrBarcodeReaderLicenseNotFound))
	}
	// Output:
	// Unavailable true true
	// Handshake false true
	// License false true
}

// A code with two rows: its sentinel matches both, each row sentinel only its
// own, and a bare number is the first row.
func Example_rows() {
	standby := dlserr.FromMessage("The standby DLS refuses to provide service while the main DLS is working.")
	building := dlserr.FromMessage("DLS cannot provide service during construction phase.")

	fmt.Println(errors.Is(standby, dlserr.ErrServiceRefused), errors.Is(standby, dlserr.ErrUnderConstruction))
	fmt.Println(errors.Is(building, dlserr.ErrServiceRefused), errors.Is(building, dlserr.ErrUnderConstruction))
	fmt.Println(errors.Is(dlserr.FromOriginal(100), dlserr.ErrUnderConstruction))
	fmt.Println(errors.Is(dlserr.ErrIPLicenseExpired, dlserr.ErrLicenseExpired), errors.Is(dlserr.ErrLicenseExpired, dlserr.ErrIPLicenseExpired))
	// Output:
	// true false
	// true true
	// false
	// true false
}

func ExampleCodeOf() {
	err := errors.Join(
		errors.New("main server: connection refused"),
		fmt.Errorf("standby server: %w", dlserr.FromOriginal(100)),
	)
	fmt.Println(dlserr.CodeOf(err), dlserr.CodeOf(errors.New("timeout")), dlserr.CodeOf(nil))
	fmt.Println(dlserr.CodeOf(dlserr.FromProductMessage(-20003, "License has expired.")))
	// Output:
	// ServiceRefused Code(0) Code(0)
	// LicenseExpired
}

// errors.As copies the Error out of any wrapping, for its accessors.
func ExampleError() {
	err := fmt.Errorf("renew: %w", dlserr.FromMessage(`This license item "LI-7" has been invalid.`))

	var e dlserr.Error
	if errors.As(err, &e) {
		fmt.Println(e.Code(), e.Product(), e.LicenseItem())
		fmt.Println(e.Message())
	}
	// Output:
	// LicenseItemInvalid -20113 LI-7
	// This license item "LI-7" has been invalid.
}

// dropTime removes the time from log records, so that examples print the same
// every run.
func dropTime(_ []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

// Structured logs get the codes as numbers and the server's text as data.
func ExampleError_LogValue() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	err := dlserr.FromMessage(`This license item "LI-7" has been invalid.`)
	logger.Error("license check failed", "dls", err)
	// Output:
	// {"level":"ERROR","msg":"license check failed","dls":{"original_code":113,"product_code":-20113,"name":"LicenseItemInvalid","class":"License","message":"This license item \"LI-7\" has been invalid.","license_item":"LI-7"}}
}

// A service that returns or stores a license failure as JSON; row names the
// row where the code alone would not tell it.
func ExampleError_MarshalJSON() {
	e, _ := dlserr.ErrorOf(dlserr.FromMessage("License for this ip has expired."))
	out, _ := json.MarshalIndent(struct {
		Server string       `json:"server"`
		Error  dlserr.Error `json:"error"`
	}{"https://dls-main.example.com", e}, "", "  ")
	fmt.Println(string(out))
	// Output:
	// {
	//   "server": "https://dls-main.example.com",
	//   "error": {
	//     "original_code": 111,
	//     "product_code": -20111,
	//     "name": "LicenseExpired",
	//     "row": "IPLicenseExpired",
	//     "class": "License",
	//     "message": "License for this ip has expired."
	//   }
	// }
}

// Attr logs a wrapped error with the fields of the DLS error in it, and
// any other error as slog would.
func ExampleAttr() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	err := fmt.Errorf("activate license: %w", dlserr.FromProductMessage(-20105, "Provided handShakeId is not compliant with version 1.5."))
	logger.Error("license check failed", dlserr.Attr("dls", err))
	logger.Error("license check failed", dlserr.Attr("dls", errors.New("timeout")))
	// Output:
	// level=ERROR msg="license check failed" dls.original_code=105 dls.product_code=-20105 dls.name=LicenseItemNotFound dls.row=HandshakeIDNotCompliant dls.class=Handshake dls.message="Provided handShakeId is not compliant with version 1.5." dls.error="activate license: dls -20105 (105): Provided handShakeId is not compliant with version 1.5."
	// level=ERROR msg="license check failed" dls=timeout
}

// What to do about a license error: fail over, back off, go on, alert or stop.
func ExampleRetryable() {
	for _, err := range []error{
		dlserr.FromOriginal(100),
		dlserr.FromProduct(-20200),
		dlserr.FromOriginal(130),
		dlserr.FromProduct(-20012),
		dlserr.FromOriginal(112),
		dlserr.FromProduct(-20002),
		dlserr.FromOriginal(151),
		dlserr.FromProductMessage(-20003, "Session password is incorrect."),
	} {
		fmt.Println(dlserr.CodeOf(err), dlserr.ClassOf(err), dlserr.Retryable(err))
	}
	// Output:
	// ServiceRefused Unavailable true
	// FailedToReachDLS Unavailable true
	// RequestQuotaExceeded Quota true
	// LicenseCacheUsed Warning false
	// LicenseNotYetEffective License false
	// LicenseBufferFailed Installation false
	// ClonedDevice Security false
	// SessionPasswordIncorrect Handshake false
}

// Configuration names a code as String writes it: one spelling each.
func ExampleParseCode() {
	for _, s := range []string{"LicenseExpired", "FailedToReachDLS", "Code(-10006)", "111", "Expired"} {
		c, err := dlserr.ParseCode(s)
		fmt.Println(c, err)
	}
	// Output:
	// LicenseExpired <nil>
	// FailedToReachDLS <nil>
	// Code(-10006) <nil>
	// Code(0) dls: invalid code "111"
	// Code(0) dls: invalid code "Expired"
}

// Configuration names the classes to page someone for.
func ExampleParseClass() {
	var alerting struct {
		Page []dlserr.Class `json:"page"`
	}
	err := json.Unmarshal([]byte(`{"page": ["Security", "Installation"]}`), &alerting)
	fmt.Println(alerting.Page, err)

	_, err = dlserr.ParseClass("security")
	fmt.Println(err)
	// Output:
	// [Security Installation] <nil>
	// dls: invalid class "security"
}

// Codes read and write as names in JSON; a JSON number is read as a server
// or an SDK sends it.
func ExampleCode_MarshalText() {
	var alerting struct {
		Page []dlserr.Code `json:"page"`
	}
	err := json.Unmarshal([]byte(`{"page": ["ClonedDevice", 120, -20130, -20013]}`), &alerting)
	fmt.Println(alerting.Page, err)

	out, _ := json.Marshal(alerting)
	fmt.Println(string(out))
	// Output:
	// [ClonedDevice LimitExceeded RequestQuotaExceeded LicenseAuthQuotaExceeded] <nil>
	// {"page":["ClonedDevice","LimitExceeded","RequestQuotaExceeded","LicenseAuthQuotaExceeded"]}
}

// A Code is a command-line flag through flag.TextVar.
func ExampleCode_UnmarshalText() {
	fs := flag.NewFlagSet("dlsprobe", flag.ContinueOnError)
	var expect dlserr.Code
	fs.TextVar(&expect, "expect", dlserr.Code(0), "the DLS error to expect")
	if err := fs.Parse([]string{"-expect", "ClonedDevice"}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(expect, expect.Original(), expect.Product())
	// Output:
	// ClonedDevice 151 -20151
}

func ExampleCodes() {
	all := dlserr.Codes()
	for _, c := range append(all[:2:2], all[len(all)-2:]...) {
		fmt.Printf("%d %d %v %v: %s\n", c.Original(), c.Product(), c, c.Class(), c.Message())
	}
	// Output:
	// 100 -20100 ServiceRefused Unavailable: The standby DLS refuses to provide service while the main DLS is working.
	// 101 -20101 HandshakeCodeNotFound Handshake: The handshake code you are using does not exist on the Dynamsoft License Server.
	// 0 -80004 DocumentViewerLicenseVersionNotMatched Mismatch: XXX module license version does not match.
	// 0 -80005 DocumentViewerLicenseDomainNotMatched Mismatch: Domain does not match the domain bound to the XXX module license.
}

// What the SDK decided, read two ways: the code alone, and what decides.
func ExampleClassOf() {
	for _, err := range []error{
		dlserr.FromProductMessage(-20105, "Provided handShakeId is not compliant with version 1.5."),
		dlserr.FromProductMessage(-30063, "[Barcode Reader] No license found. [License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found."),
		dlserr.FromProductMessage(-30063, "[Barcode Reader] No license found. [License] [Key 1] The license is invalid."),
		fmt.Errorf("init: %w", dlserr.FromProduct(-20012)),
		errors.Join(dlserr.ErrLicenseExpired, dlserr.ErrClonedDevice),
	} {
		var e dlserr.Error
		errors.As(err, &e)
		fmt.Printf("%v: code %v, ClassOf %v\n", e.Code(), e.Code().Class(), dlserr.ClassOf(err))
	}
	// Output:
	// LicenseItemNotFound: code License, ClassOf Handshake
	// BarcodeReaderLicenseNotFound: code License, ClassOf Unavailable
	// BarcodeReaderLicenseNotFound: code License, ClassOf License
	// LicenseCacheUsed: code Warning, ClassOf Warning
	// LicenseExpired: code License, ClassOf Security
}

// Trial, cached license and "initialized successfully but ..." are errors,
// and yet the SDK runs licensed.
func ExampleLicensed() {
	trial := dlserr.FromProductMessage(-20010, "[License] Trial License.")
	for _, err := range []error{
		nil,
		trial,
		fmt.Errorf("init: %w", dlserr.FromProduct(-20012)),
		errors.Join(trial, dlserr.FromProduct(-10076)),
		errors.Join(trial, dlserr.FromProduct(-20200)),
		errors.New("timeout"),
	} {
		fmt.Println(dlserr.Licensed(err))
	}
	// Output:
	// true
	// true
	// true
	// true
	// false
	// false
}

// The SDK writes what happened on the wire into InitLicense's message:
// here, the main server answered 503 and the standby could not be reached.
func ExampleTransportOf() {
	err := dlserr.FromProductMessage(-20200, "[License] DLS Connect Error. ErrorCode:7 HttpCode:503 ResponseStr: MainErrorCode:0 MainHttpCode:503.[Cache] Cache not found.")
	if t, ok := dlserr.TransportOf(err); ok {
		fmt.Printf("%s: error %d, HTTP %d, body %q\n", t.Reason, t.ErrorCode, t.HTTPStatus, t.Response)
		fmt.Printf("failover %v: main error %d, HTTP %d\n", t.Failover, t.MainErrorCode, t.MainHTTPStatus)
		fmt.Printf("cache: %s\n", t.Cache)
	}
	_, ok := dlserr.TransportOf(dlserr.FromProduct(-10003))
	fmt.Println(ok)
	// Output:
	// DLS Connect Error: error 7, HTTP 503, body ""
	// failover true: main error 0, HTTP 503
	// cache: Cache not found.
	// false
}

// whatToDo says what an operator does about a failure of class k.
func whatToDo(k dlserr.Class) string {
	switch k {
	case dlserr.ClassUnavailable:
		return "no license server would serve now: check that the servers the key names are up and reachable"
	case dlserr.ClassHandshake:
		return "fix the handshake code, session password or organization of the license key"
	case dlserr.ClassMismatch:
		return "the license does not fit this product, version, domain or device: fix the license or the client"
	case dlserr.ClassLicense:
		return "renew or fix the license or its key"
	case dlserr.ClassQuota:
		return "a usage limit is reached: ask the license's administrator to raise it"
	case dlserr.ClassSecurity:
		return "the server saw a cloned device: alert security"
	case dlserr.ClassWarning:
		return "nothing now: the SDK runs licensed, but a trial or a cached license ends"
	case dlserr.ClassInstallation:
		return "repair this machine: the SDK's libraries, its license cache, its clock"
	case dlserr.ClassUsage:
		return "fix the program: call InitLicense once, before creating SDK objects"
	case dlserr.ClassNotLicense:
		return "not about the license: handle it as the SDK's own error"
	case dlserr.ClassUnknown:
		return "look the number up in the SDK's own error list"
	}
	return "update this program: " + k.String() + " is a class it does not know"
}

// license is what a service knows of its license: the startup loop's last
// InitLicense answer, whether a call is still running, and when the loop
// calls again.
type license struct {
	mu       sync.Mutex
	calling  time.Time // when the running call began; zero when none runs
	answered bool      // a call has returned
	err      error     // the last answer
	next     time.Time // when the loop calls again; zero when it will not
}

// sdkTimeout is how long InitLicense waits for a server that never answers
// (measured, both SDKs): a call returns within it, and nothing cancels it.
const sdkTimeout = 60 * time.Second

// state returns what the service knows at now: whether InitLicense has
// returned, how long until its next answer can come (the running call's
// time left, or the loop's next try; 0 if none will come), and its last
// answer.
func (l *license) state(now time.Time) (answered bool, retryAfter time.Duration, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case !l.calling.IsZero():
		retryAfter = l.calling.Add(sdkTimeout).Sub(now)
	case !l.next.IsZero():
		retryAfter = l.next.Sub(now)
	}
	return l.answered, max(retryAfter, 0), l.err
}

// startLicensed is README.md's startup loop. The license key names the
// license servers, main and standby, and the SDK fails over from one to the
// other by itself: the loop calls InitLicense, goes on when the SDK runs
// licensed (logging a warning), backs off with jitter while the servers
// cannot serve, and stops on anything else, the server's verdict among it,
// telling the operator what to do. It keeps l up to date for /healthz.
func startLicensed(ctx context.Context, logger *slog.Logger, l *license, initLicense func() error, backoff, maxBackoff time.Duration) error {
	const floor = 100 * time.Millisecond // never a busy loop, whatever the caller passed
	for {
		backoff = max(backoff, floor)
		l.mu.Lock()
		l.calling = time.Now()
		l.mu.Unlock()
		err := initLicense()                                             // up to sdkTimeout, and nothing cancels it
		wait := backoff + time.Duration(rand.Int63n(int64(backoff/2)+1)) // the backoff, and up to half of it again
		retry := !dlserr.Licensed(err) && dlserr.Retryable(err)
		l.mu.Lock()
		l.calling, l.answered, l.err, l.next = time.Time{}, true, err, time.Time{}
		if retry {
			l.next = time.Now().Add(wait)
		}
		l.mu.Unlock()
		switch {
		case dlserr.Licensed(err):
			if err != nil {
				logger.Warn("licensed, with a warning", dlserr.Attr("dls", err))
			}
			return nil
		case retry:
			logger.Warn("retrying: "+whatToDo(dlserr.ClassOf(err)), "backoff", backoff.String(), dlserr.Attr("dls", err))
			select {
			case <-ctx.Done():
				return errors.Join(err, ctx.Err())
			case <-time.After(wait):
			}
			backoff = min(2*backoff, maxBackoff)
		default:
			logger.Error("no license: "+whatToDo(dlserr.ClassOf(err)), dlserr.Attr("dls", err))
			return err
		}
	}
}

// answers stands in for what Capture Vision's InitLicense returned, call
// after call (measured): the main server answering 503 with the standby out
// of reach; the standby answering 503 with the main out of reach; then the
// license server refusing the session password, its verdict.
var answers = []struct {
	rc  int
	msg string
}{
	{-20200, "[License] DLS Connect Error. ErrorCode:7 HttpCode:503 ResponseStr: MainErrorCode:0 MainHttpCode:503.[Cache] Cache not found."},
	{-20200, "[License] Unknown Network Error. ErrorCode:0 HttpCode:503 ResponseStr:Service Unavailable MainErrorCode:7 MainHttpCode:0.[Cache] Cache not found."},
	{-20003, "[License] Session password is incorrect."},
}

// A service starts licensed: it retries while the license servers cannot
// serve, and stops with what to do when the server refuses (here its
// verdict 102, as Capture Vision returns it).
func Example_startup() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	next := answers
	initLicense := func() error { // README's cgo initLicense, with the answers above
		a := next[0]
		next = next[1:]
		return dlserr.FromProductMessage(a.rc, a.msg)
	}
	err := startLicensed(context.Background(), logger, &license{}, initLicense, 100*time.Millisecond, time.Minute)
	fmt.Println("started:", err == nil)
	// Output:
	// level=WARN msg="retrying: no license server would serve now: check that the servers the key names are up and reachable" backoff=100ms dls.product_code=-20200 dls.name=FailedToReachDLS dls.class=Unavailable dls.message="DLS Connect Error. ErrorCode:7 HttpCode:503 ResponseStr: MainErrorCode:0 MainHttpCode:503.[Cache] Cache not found." dls.transport.reason="DLS Connect Error" dls.transport.error_code=7 dls.transport.http_status=503 dls.transport.response="" dls.transport.failover=true dls.transport.main_error_code=0 dls.transport.main_http_status=503 dls.transport.cache="Cache not found." dls.error="dls -20200: \"DLS Connect Error. ErrorCode:7 HttpCode:503 ResponseStr: MainErrorCode:0 MainHttpCode:503.[Cache] Cache not found.\""
	// level=WARN msg="retrying: no license server would serve now: check that the servers the key names are up and reachable" backoff=200ms dls.product_code=-20200 dls.name=FailedToReachDLS dls.class=Unavailable dls.message="Unknown Network Error. ErrorCode:0 HttpCode:503 ResponseStr:Service Unavailable MainErrorCode:7 MainHttpCode:0.[Cache] Cache not found." dls.transport.reason="Unknown Network Error" dls.transport.error_code=0 dls.transport.http_status=503 dls.transport.response="Service Unavailable" dls.transport.failover=true dls.transport.main_error_code=7 dls.transport.main_http_status=0 dls.transport.cache="Cache not found." dls.error="dls -20200: \"Unknown Network Error. ErrorCode:0 HttpCode:503 ResponseStr:Service Unavailable MainErrorCode:7 MainHttpCode:0.[Cache] Cache not found.\""
	// level=ERROR msg="no license: fix the handshake code, session password or organization of the license key" dls.product_code=-20003 dls.name=LicenseSyncFailed dls.class=Handshake dls.message="Session password is incorrect." dls.cause.original_code=102 dls.cause.product_code=-20102 dls.cause.name=SessionPasswordIncorrect dls.cause.class=Handshake dls.cause.message="Session password is incorrect." dls.error="dls -20003: Session password is incorrect."
	// started: false
}

// statusOf is the HTTP status a service answers for what FromDecode said:
// 200 when the decode succeeded (a warning included), 422 for a request the
// SDK cannot serve (a file that is no image), 500 for an error no table has
// (the service's to look into), and 503 for the service's own license
// failure, which is no fault of the request.
func statusOf(err error) int {
	if dlserr.Licensed(err) {
		return http.StatusOK
	}
	switch dlserr.ClassOf(err) {
	case dlserr.ClassNotLicense:
		return http.StatusUnprocessableEntity
	case dlserr.ClassUnknown:
		return http.StatusInternalServerError
	}
	return http.StatusServiceUnavailable
}

// retryAfter writes the Retry-After header: the seconds until the next
// InitLicense answer can come, rounded up.
func retryAfter(w http.ResponseWriter, d time.Duration) {
	if d > 0 {
		w.Header().Set("Retry-After", strconv.FormatInt(int64((d+time.Second-1)/time.Second), 10))
	}
}

// scan is a /scan handler: it decodes the request's image with decode (the
// SDK's call, through cgo), reads the decode with what InitLicense said,
// holds back every result the SDK masked, and answers as statusOf says,
// with Retry-After when the license failure may clear.
func scan(logger *slog.Logger, l *license, now func() time.Time, decode func(image []byte) (rc int, msg string, texts []string)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		image, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		_, wait, initErr := l.state(now())
		rc, msg, texts := decode(image)
		err = dlserr.FromDecode(initErr, rc, msg, texts...)
		if status := statusOf(err); status != http.StatusOK {
			logger.Error("scan failed", "status", status, dlserr.Attr("dls", err))
			if dlserr.Retryable(err) {
				retryAfter(w, wait)
			}
			http.Error(w, http.StatusText(status), status)
			return
		}
		var stored []string
		for _, text := range texts {
			if dlserr.FromDecodedText(text) == nil {
				stored = append(stored, text)
			}
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(stored)
	}
}

// healthz is a /healthz handler: 200 while the service runs licensed; 503
// while InitLicense has not returned yet ("starting"), and while the
// service has no license, with whether it may clear by itself, what the
// operator must do, and the DLS error's fields; Retry-After when the next
// answer comes by itself.
func healthz(l *license, now func() time.Time) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		answered, wait, err := l.state(now())
		body := struct {
			Licensed  bool          `json:"licensed"`
			Starting  bool          `json:"starting,omitempty"`
			Retryable bool          `json:"retryable,omitempty"`
			Do        string        `json:"do,omitempty"`
			Error     *dlserr.Error `json:"error,omitempty"`
		}{Licensed: answered && dlserr.Licensed(err), Starting: !answered}
		status := http.StatusOK
		switch {
		case !answered:
			status = http.StatusServiceUnavailable
			retryAfter(w, wait)
		case !body.Licensed:
			status = http.StatusServiceUnavailable
			body.Retryable, body.Do = dlserr.Retryable(err), whatToDo(dlserr.ClassOf(err))
			if e, ok := dlserr.ErrorOf(err); ok {
				body.Error = &e
			}
			if body.Retryable {
				retryAfter(w, wait)
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(body)
	}
}

// In an HTTP service: the service is up while InitLicense runs; a bad
// upload is the client's fault (422); a license failure the service's (503,
// with Retry-After when it may clear); and /healthz says which.
func Example_httpService() {
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	clock := time.Date(2026, 12, 4, 8, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	show := func(h http.HandlerFunc) {
		w := httptest.NewRecorder()
		h(w, httptest.NewRequest(http.MethodPost, "/", strings.NewReader("image")))
		fmt.Printf("%d Retry-After=%q %s", w.Code, w.Header().Get("Retry-After"), w.Body)
	}
	// InitLicense has run for 15 s: the service answers meanwhile.
	l := &license{calling: clock.Add(-15 * time.Second)}
	show(healthz(l, now))
	// InitLicense failed, the servers out of reach; the loop tries again in
	// 2 s. Then the decodes Barcode Reader 9 returned (measured).
	l = &license{answered: true, err: dlserr.FromProduct(-20003), next: clock.Add(2 * time.Second)}
	show(healthz(l, now))
	show(scan(logger, l, now, func([]byte) (int, string, []string) {
		return -20200, "Cannot connect to the License Server.", []string{"[Attention(exceptionCode:-20200)] *ODE**8"}
	}))
	// Licensed, with a cached license.
	l = &license{answered: true, err: dlserr.FromProduct(-20012)}
	show(healthz(l, now))
	show(scan(logger, l, now, func([]byte) (int, string, []string) { return -10006, "The file type is not supported.", nil }))
	show(scan(logger, l, now, func([]byte) (int, string, []string) { return 0, "Successful.", []string{"CODE128"} }))
	// The server's verdict: no Retry-After, what to do.
	l = &license{answered: true, err: dlserr.FromProductMessage(-20003, "[License] Session password is incorrect.")}
	show(healthz(l, now))
	// Output:
	// 503 Retry-After="45" {"licensed":false,"starting":true}
	// 503 Retry-After="2" {"licensed":false,"retryable":true,"do":"no license server would serve now: check that the servers the key names are up and reachable","error":{"product_code":-20003,"name":"LicenseSyncFailed","class":"Unavailable","message":"Failed to synchronize license info with license server."}}
	// 503 Retry-After="2" Service Unavailable
	// 200 Retry-After="" {"licensed":true}
	// 422 Retry-After="" Unprocessable Entity
	// 200 Retry-After="" ["CODE128"]
	// 503 Retry-After="" {"licensed":false,"do":"fix the handshake code, session password or organization of the license key","error":{"product_code":-20003,"name":"LicenseSyncFailed","class":"Handshake","message":"Session password is incorrect.","cause":{"original_code":102,"product_code":-20102,"name":"SessionPasswordIncorrect","class":"Handshake","message":"Session password is incorrect."}}}
}

// What a decode returned (measured, and through goBarcodeQrSDK's bare
// number), with what InitLicense said before it, and the status a service
// answers.
func Example_decode() {
	unreachable := dlserr.FromProductMessage(-20200, "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found.")
	for _, d := range []struct {
		name    string
		init    error
		rc      int
		msg     string
		results []string
	}{
		{"Capture Vision, servers out of reach", unreachable, -30063, "", nil},
		{"Capture Vision, the server's verdict", dlserr.FromProductMessage(-20003, "[License] Session password is incorrect."), -30063, "", nil},
		{"Capture Vision, a bad key", dlserr.FromProductMessage(-10003, "[License] [Key 1] The license is invalid."), -30063, "", nil},
		{"Barcode Reader 9, a 200 without a license", dlserr.FromProductMessage(-20003, "Invalid License.-ErrorCode:0-HttpCode:200-ReponseStr:not a license\n"), -10000, "Unknown error.",
			[]string{"[Attention(exceptionCode:-3)] *ODE**8"}},
		{"Barcode Reader 9, a bad key", dlserr.FromProductMessage(-10003, "The license is invalid."), -10017, "The license for the 1D Barcode module is invalid.",
			[]string{"[Attention(exceptionCode:-10017)] *ODE**8"}},
		{"a file that is no image, licensed", nil, -10006, "The file type is not supported.", nil},
		{"a masked result, code 0", nil, 0, "", []string{"CODE128", "[Attention(exceptionCode:-20000)] D*NA*SOFT-*23*"}},
		{"a good decode", nil, 0, "", []string{"CODE128"}},
	} {
		err := dlserr.FromDecode(d.init, d.rc, d.msg, d.results...)
		if err == nil {
			fmt.Printf("%s: %d\n", d.name, statusOf(err))
			continue
		}
		fmt.Printf("%s: %d %v retryable=%v\n", d.name, statusOf(err), dlserr.ClassOf(err), dlserr.Retryable(err))
	}
	// Output:
	// Capture Vision, servers out of reach: 503 Unavailable retryable=true
	// Capture Vision, the server's verdict: 503 Handshake retryable=false
	// Capture Vision, a bad key: 503 License retryable=false
	// Barcode Reader 9, a 200 without a license: 503 Unavailable retryable=true
	// Barcode Reader 9, a bad key: 503 License retryable=false
	// a file that is no image, licensed: 422 NotLicense retryable=false
	// a masked result, code 0: 503 License retryable=false
	// a good decode: 200
}

// The Go wrapper github.com/yushulx/goBarcodeQrSDK returns InitLicense's
// code with its whole 256-byte buffer as a string, and a decode's code
// alone: hand both to dlserr as they are.
func Example_goBarcodeQrSDK() {
	// ret, msg := goBarcodeQrSDK.InitLicense(key), as measured against a
	// server that refused the session password:
	ret, msg := -20003, "Session password is incorrect."+strings.Repeat("\x00", 226)
	initErr := dlserr.FromProductMessage(ret, msg)
	fmt.Println(initErr, dlserr.Retryable(initErr))

	// code, barcodes := reader.DecodeFile(path): the wrapper drops the
	// results when code is not 0, and -1 is its own "no data".
	for _, code := range []int{-20000, -1} {
		err := dlserr.FromDecode(initErr, code, "")
		fmt.Println(code, statusOf(err), dlserr.ClassOf(err))
	}
	// Output:
	// dls -20003: Session password is incorrect. false
	// -20000 503 Handshake
	// -1 503 Handshake
}

// fromWebTWAIN reads Dynamic Web TWAIN's REST answer to a failure: its own
// number, -2800, and the license client's message, which says why.
func fromWebTWAIN(body []byte) error {
	var reply struct {
		Code    int
		Message string
	}
	if err := json.Unmarshal(body, &reply); err != nil {
		return err
	}
	return dlserr.FromProductMessage(reply.Code, reply.Message)
}

// Dynamic Web TWAIN's service answers a license failure over its REST API
// with a number of its own and the license client's message (measured): the
// number is unknown, and the message decides.
func Example_webTWAIN() {
	err := fromWebTWAIN([]byte(`{"code": -2800, "message": "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found.", "statusCode": 403}`))

	fmt.Println(dlserr.ClassOf(err), dlserr.Retryable(err), errors.Is(err, dlserr.ErrFailedToReachDLS), errors.Is(err, dlserr.ErrUnknown))
	fmt.Println(err)
	// Output:
	// Unavailable true true false
	// dls -2800: "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found."
}

// A web page reports what the browser's license client threw, e.message, to
// the backend, which reads it with FromMessage (the texts were measured in
// Chromium).
func Example_webPage() {
	for _, message := range []string{
		"Failed to connect to the Dynamsoft License Server: network timed out. Check your Internet connection or contact the site administrator for more information.",
		"An error occurred during authorization: Session password is incorrect. Contact the site administrator for more information.",
		"Format Error: The license string you specified is invalid, please check to make sure it is correct.",
		"License has expired.",
		"[capture] [-30063] [Barcode Reader] No license found.",
	} {
		err := dlserr.FromMessage(message)
		fmt.Printf("%v (%v, retryable %v)\n", dlserr.CodeOf(err), dlserr.ClassOf(err), dlserr.Retryable(err))
	}
	// Output:
	// FailedToReachDLS (Unavailable, retryable true)
	// SessionPasswordIncorrect (Handshake, retryable false)
	// LicenseKeyInvalid (License, retryable false)
	// LicenseExpired (License, retryable false)
	// BarcodeReaderLicenseNotFound (License, retryable false)
}

// TestWhatToDo: README's whatToDo has an answer of its own for every class,
// so that a class added to the package and not to it fails here.
func TestWhatToDo(t *testing.T) {
	unknown := whatToDo(dlserr.Class(1 << 20))
	seen := map[string]dlserr.Class{}
	for k := dlserr.ClassUnknown; !strings.HasPrefix(k.String(), "Class("); k++ {
		do := whatToDo(k)
		if do == unknown || do == "" {
			t.Errorf("whatToDo has no case for %v", k)
		}
		if other, dup := seen[do]; dup {
			t.Errorf("whatToDo says the same for %v and %v", k, other)
		}
		seen[do] = k
	}
	// And it names every class constant in a case of its own.
	f, err := parser.ParseFile(token.NewFileSet(), "example_test.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if fn, ok := n.(*ast.FuncDecl); ok && fn.Name.Name == "whatToDo" {
			ast.Inspect(fn, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok && strings.HasPrefix(sel.Sel.Name, "Class") {
					cases[sel.Sel.Name] = true
				}
				return true
			})
		}
		return true
	})
	if len(cases) != len(seen)+1 { // the classes, and the Class type of the parameter
		t.Errorf("whatToDo names %d class constants, want %d: %v", len(cases)-1, len(seen), cases)
	}
}

// TestStartupStopsOnVerdict: the loop does not retry what the server
// refused, and keeps the state /healthz reads.
func TestStartupStopsOnVerdict(t *testing.T) {
	calls := 0
	l := &license{}
	err := startLicensed(context.Background(), slog.New(slog.NewTextHandler(io.Discard, nil)), l, func() error {
		calls++
		return dlserr.FromProductMessage(-20003, "Session password is incorrect.")
	}, time.Millisecond, time.Millisecond)
	answered, wait, got := l.state(time.Now())
	if calls != 1 || !errors.Is(err, dlserr.ErrSessionPasswordIncorrect) || !answered || got != err || wait != 0 {
		t.Errorf("startLicensed called InitLicense %d times: %v; state %v %v %v", calls, err, got, answered, wait)
	}
}

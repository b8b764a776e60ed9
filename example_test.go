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
	"strings"
	"testing"
	"time"

	"github.com/dlserr/dlserr"
)

// The quick start of README.md: every shape a license failure arrives in,
// matched the way a service would.
func Example() {
	// What a license server, a Dynamsoft SDK or a web page handed back, in
	// each shape: a server's code, an SDK's code, an Android callback's
	// text, a C SDK's code and NUL-padded buffer, the SDK's own "cannot
	// reach the server" and "cache used" with its tags, a decode without a
	// license, a decode of a file that is no image, the browser's text, and
	// a code no table has.
	for _, err := range []error{
		dlserr.FromOriginal(111),
		dlserr.FromProduct(-20100),
		dlserr.FromMessage("License expired for this IP address."),
		dlserr.FromProductMessage(-20113, `This license item "LI-7" has been invalid.`+"\x00\x00"),
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
	// retry later: license check: dls -20200: "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."
	// licensed, with a warning: license check: dls -20012: Online license validation failed due to network issues.Using cached license information for validation.
	// BarcodeReaderLicenseNotFound (License): license check: dls -30063: [Barcode Reader] No license found. [License] [Key 1] The license is invalid.
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
	// dls -10005: not a license error: The file is not found. | Code(0) NotLicense
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
		err := dlserr.FromMessage(msg)
		var e *dlserr.Error
		errors.As(err, &e)
		fmt.Printf("%v ip=%v item=%q message=%q\n", e.Code(), errors.Is(err, dlserr.ErrIPLicenseExpired), e.LicenseItem(), e.Message())
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
	copy(errorMsg, "[License] [Key 1] The license is invalid.\x00")
	return -10003
}

// A C SDK returns a code and fills a char buffer (README.md shows the cgo
// call, which testdata/startup runs). A buffer converted whole reads the
// same as C.GoString of it: every intake ends the text at its first NUL, as
// C does.
func ExampleFromProductMessage() {
	var buf [512]byte
	code := fillBuffer(buf[:])
	err := dlserr.FromProductMessage(code, string(buf[:]))

	fmt.Println(err)
	fmt.Println(errors.Is(err, dlserr.ErrLicenseInvalid), dlserr.CodeOf(err).Class())
	// Output:
	// dls -10003: The license is invalid.
	// true License
}

// The number decides the code; the message selects the row and is kept.
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

// A backend that stores scanned texts from the browser SDK must not store a
// text it masked because of a license error.
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
	// Output:
	// ServiceRefused Code(0) Code(0)
}

// errors.As reaches the *Error through any wrapping, for its accessors.
func ExampleError() {
	err := fmt.Errorf("renew: %w", dlserr.FromMessage(`This license item "LI-7" has been invalid.`))

	var e *dlserr.Error
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
	var e *dlserr.Error
	errors.As(dlserr.FromMessage("License for this ip has expired."), &e)
	out, _ := json.MarshalIndent(struct {
		Server string        `json:"server"`
		Error  *dlserr.Error `json:"error"`
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
	} {
		fmt.Println(dlserr.CodeOf(err), dlserr.CodeOf(err).Class(), dlserr.Retryable(err))
	}
	// Output:
	// ServiceRefused Unavailable true
	// FailedToReachDLS Unavailable true
	// RequestQuotaExceeded Quota true
	// LicenseCacheUsed Warning false
	// LicenseNotYetEffective License false
	// LicenseBufferFailed Installation false
	// ClonedDevice Security false
}

// Configuration names a code by name or by either number.
func ExampleParseCode() {
	for _, s := range []string{"LicenseExpired", "111", "-20111", "-20200", "Expired"} {
		c, err := dlserr.ParseCode(s)
		fmt.Println(c, err)
	}
	// Output:
	// LicenseExpired <nil>
	// LicenseExpired <nil>
	// LicenseExpired <nil>
	// FailedToReachDLS <nil>
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

// Codes read and write as names in JSON; numbers are accepted too.
func ExampleCode_MarshalText() {
	var alerting struct {
		Page []dlserr.Code `json:"page"`
	}
	err := json.Unmarshal([]byte(`{"page": ["ClonedDevice", 120, "-20130", -20013]}`), &alerting)
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
	if err := fs.Parse([]string{"-expect", "-20151"}); err != nil {
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
	fmt.Println(len(all))
	// Output:
	// 100 -20100 ServiceRefused Unavailable: The standby DLS refuses to provide service while the main DLS is working.
	// 101 -20101 HandshakeCodeNotFound Handshake: The handshake code you are using does not exist on the Dynamsoft License Server.
	// 0 0 HTTPSRequired Usage: Require https to use online key in this browser.
	// 0 0 EnhancedFeaturesLicenseNotFound Warning: Warning: The license required for Enhanced Features was not found.
	// 95
}

// What the SDK decided, read three ways: its class, whether it runs
// licensed, what it says happened on the wire.
func ExampleClassOf() {
	for _, err := range []error{
		dlserr.FromProductMessage(-20105, "Provided handShakeId is not compliant with version 1.5."),
		dlserr.FromProductMessage(-30063, "[Barcode Reader] No license found. [License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found."),
		dlserr.FromProductMessage(-30063, "[Barcode Reader] No license found. [License] [Key 1] The license is invalid."),
		fmt.Errorf("init: %w", dlserr.FromProduct(-20012)),
	} {
		fmt.Printf("%v: code %v, ClassOf %v\n", dlserr.CodeOf(err), dlserr.CodeOf(err).Class(), dlserr.ClassOf(err))
	}
	// Output:
	// LicenseItemNotFound: code License, ClassOf Handshake
	// BarcodeReaderLicenseNotFound: code License, ClassOf Unavailable
	// BarcodeReaderLicenseNotFound: code License, ClassOf License
	// LicenseCacheUsed: code Warning, ClassOf Warning
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

// statusOf is the HTTP status a service answers when a call to the SDK
// returned err: 200 when the SDK runs licensed (no error, or a warning),
// 422 for a request the SDK cannot serve (a file that is no image), 500 for
// an error no table has (the service's to look into), and 503 for the
// service's own license failure, which is no fault of the request.
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

// What a decode returned (measured): Barcode Reader 9 fails on the license
// and still returns results, their text masked; Capture Vision returns no
// results, and a module code with InitLicense's message appended; a file
// that is no image is no license failure.
func Example_decode() {
	type decode struct {
		rc      int
		msg     string
		results []string
	}
	for _, d := range []decode{
		{-10017, "The license for the 1D Barcode module is invalid.", []string{"[Attention(exceptionCode:-10017)] *ODE**8", "[Attention(exceptionCode:-10016)] www.d*n*m*oft*c*m"}},
		{-20200, "Cannot connect to the License Server.", []string{"[Attention(exceptionCode:-20200)] *ODE**8"}},
		{-30063, "[Barcode Reader] No license found. [License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found.", nil},
		{-10006, "The file type is not supported.", nil},
		{0, "Successful.", []string{"CODE128"}},
	} {
		// The decode's code first: no results may mean no license.
		if err := dlserr.FromProductMessage(d.rc, d.msg); err != nil {
			fmt.Printf("decode: %v, answer %d (retryable %v)\n", dlserr.ClassOf(err), statusOf(err), dlserr.Retryable(err))
		}
		// Then every text, before it is stored.
		for _, text := range d.results {
			if err := dlserr.FromDecodedText(text); err != nil {
				fmt.Println("  masked, not stored:", dlserr.CodeOf(err))
				continue
			}
			fmt.Println("  store:", text)
		}
	}
	// Output:
	// decode: License, answer 503 (retryable false)
	//   masked, not stored: DBROneDLicenseInvalid
	//   masked, not stored: DBRQRLicenseInvalid
	// decode: Unavailable, answer 503 (retryable true)
	//   masked, not stored: FailedToReachDLS
	// decode: Unavailable, answer 503 (retryable true)
	// decode: NotLicense, answer 422 (retryable false)
	//   store: CODE128
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
// number is unknown, and the message says why.
func Example_webTWAIN() {
	err := fromWebTWAIN([]byte(`{"code": -2800, "message": "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found.", "statusCode": 403}`))

	fmt.Println(dlserr.ClassOf(err), dlserr.Retryable(err), errors.Is(err, dlserr.ErrFailedToReachDLS))
	fmt.Println(err)
	// Output:
	// Unavailable true true
	// dls -2800: unknown code: "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found."
}

// A web page reports what the browser's license client threw, e.message, to
// the backend, which reads it with FromMessage (the texts were measured in
// Chromium with Barcode Reader JS 11.4).
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

// whatToDo says what an operator does about a failure of class k.
func whatToDo(k dlserr.Class) string {
	switch k {
	case dlserr.ClassUnavailable:
		return "no license server would serve: check that the servers the key names are up and reachable"
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

// startLicensed is README.md's startup loop. The license key names the
// license servers, main and standby, and the SDK fails over from one to the
// other by itself: the loop calls InitLicense, goes on when the SDK runs
// licensed (logging a warning), backs off with jitter while the servers
// cannot serve, and stops on anything else, telling the operator what to do.
func startLicensed(ctx context.Context, logger *slog.Logger, key string, backoff, maxBackoff time.Duration) error {
	const floor = 100 * time.Millisecond // never a busy loop, whatever the caller passed
	for {
		backoff = max(backoff, floor)
		err := initLicense(key)
		switch {
		case dlserr.Licensed(err):
			if err != nil {
				logger.Warn("licensed, with a warning", dlserr.Attr("dls", err))
			}
			return nil
		case dlserr.Retryable(err):
			logger.Warn("no license server would serve: retrying", "backoff", backoff.String(), dlserr.Attr("dls", err))
			select {
			case <-ctx.Done():
				return errors.Join(err, ctx.Err())
			case <-time.After(backoff + time.Duration(rand.Int63n(int64(backoff/2)+1))): // the backoff, and up to half of it again
			}
			backoff = min(2*backoff, maxBackoff)
		default:
			logger.Error("no license: "+whatToDo(dlserr.ClassOf(err)), dlserr.Attr("dls", err))
			return err
		}
	}
}

// answers stands in for what Capture Vision's InitLicense returned, call
// after call: the main server answering 503 with the standby out of reach,
// then the standby answering 503 with the main out of reach (both measured,
// initlicense.golden), then a cached license; then a bogus key (measured).
var answers = []struct {
	rc  int
	msg string
}{
	{-20200, "[License] DLS Connect Error. ErrorCode:7 HttpCode:503 ResponseStr: MainErrorCode:0 MainHttpCode:503.[Cache] Cache not found."},
	{-20200, "[License] Unknown Network Error. ErrorCode:0 HttpCode:503 ResponseStr:Service Unavailable MainErrorCode:7 MainHttpCode:0.[Cache] Cache not found."},
	{-20012, "[License] Online license validation failed due to network issues.Using cached license information for validation."},
	{-10053, "[License] The license key is invalid."},
}

// initLicense stands in for the cgo call of README.md (testdata/startup
// runs it against the real library), giving each call the next answer.
var initLicense = func(key string) error {
	a := answers[0]
	answers = answers[1:]
	return dlserr.FromProductMessage(a.rc, a.msg)
}

// A service starts licensed: it retries while the license servers cannot
// serve, goes on with a warning, and stops with what to do on a bad key.
func Example_startup() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	ctx := context.Background()
	fmt.Println("started:", startLicensed(ctx, logger, "DLS2...", 100*time.Millisecond, time.Minute) == nil)
	fmt.Println("started:", startLicensed(ctx, logger, "bogus", 100*time.Millisecond, time.Minute) == nil)
	// Output:
	// level=WARN msg="no license server would serve: retrying" backoff=100ms dls.product_code=-20200 dls.name=FailedToReachDLS dls.class=Unavailable dls.message="DLS Connect Error. ErrorCode:7 HttpCode:503 ResponseStr: MainErrorCode:0 MainHttpCode:503.[Cache] Cache not found." dls.transport.reason="DLS Connect Error" dls.transport.error_code=7 dls.transport.http_status=503 dls.transport.response="" dls.transport.failover=true dls.transport.main_error_code=0 dls.transport.main_http_status=503 dls.transport.cache="Cache not found." dls.error="dls -20200: \"DLS Connect Error. ErrorCode:7 HttpCode:503 ResponseStr: MainErrorCode:0 MainHttpCode:503.[Cache] Cache not found.\""
	// level=WARN msg="no license server would serve: retrying" backoff=200ms dls.product_code=-20200 dls.name=FailedToReachDLS dls.class=Unavailable dls.message="Unknown Network Error. ErrorCode:0 HttpCode:503 ResponseStr:Service Unavailable MainErrorCode:7 MainHttpCode:0.[Cache] Cache not found." dls.transport.reason="Unknown Network Error" dls.transport.error_code=0 dls.transport.http_status=503 dls.transport.response="Service Unavailable" dls.transport.failover=true dls.transport.main_error_code=7 dls.transport.main_http_status=0 dls.transport.cache="Cache not found." dls.error="dls -20200: \"Unknown Network Error. ErrorCode:0 HttpCode:503 ResponseStr:Service Unavailable MainErrorCode:7 MainHttpCode:0.[Cache] Cache not found.\""
	// level=WARN msg="licensed, with a warning" dls.product_code=-20012 dls.name=LicenseCacheUsed dls.class=Warning dls.message="Online license validation failed due to network issues.Using cached license information for validation." dls.error="dls -20012: Online license validation failed due to network issues.Using cached license information for validation."
	// started: true
	// level=ERROR msg="no license: renew or fix the license or its key" dls.product_code=-10053 dls.name=LicenseKeyInvalid dls.class=License dls.message="The license key is invalid." dls.error="dls -10053: The license key is invalid."
	// started: false
}

// scan is a /scan handler: it decodes the request's image with decode (the
// SDK's call, through cgo), holds back every result the SDK masked, and
// answers as statusOf says, with Retry-After when the service's own license
// failure may clear.
func scan(logger *slog.Logger, decode func(image []byte) (rc int, msg string, texts []string)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		image, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		rc, msg, texts := decode(image)
		err = dlserr.FromProductMessage(rc, msg)
		for _, text := range texts {
			if masked := dlserr.FromDecodedText(text); masked != nil {
				err = errors.Join(err, masked)
			}
		}
		if status := statusOf(err); status != http.StatusOK {
			logger.Error("scan failed", "status", status, dlserr.Attr("dls", err))
			if dlserr.Retryable(err) {
				w.Header().Set("Retry-After", "60")
			}
			http.Error(w, http.StatusText(status), status)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(texts)
	}
}

// healthz is a /healthz handler: 200 while the service runs licensed, as
// license (its last InitLicense) says; 503 otherwise, with whether it may
// clear by itself, what the operator must do, and the DLS error's fields.
func healthz(license func() error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		err := license()
		body := struct {
			Licensed  bool          `json:"licensed"`
			Retryable bool          `json:"retryable,omitempty"`
			Do        string        `json:"do,omitempty"`
			Error     *dlserr.Error `json:"error,omitempty"`
		}{Licensed: dlserr.Licensed(err)}
		status := http.StatusOK
		if !body.Licensed {
			status = http.StatusServiceUnavailable
			body.Retryable, body.Do, body.Error = dlserr.Retryable(err), whatToDo(dlserr.ClassOf(err)), dlserr.ErrorOf(err)
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(body)
	}
}

// In an HTTP service: a bad upload is the client's fault (422), a license
// failure the service's (503, Retry-After when it may clear), and /healthz
// says which.
func Example_httpService() {
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	show := func(h http.HandlerFunc) {
		w := httptest.NewRecorder()
		h(w, httptest.NewRequest(http.MethodPost, "/", strings.NewReader("image")))
		fmt.Printf("%d Retry-After=%q %s", w.Code, w.Header().Get("Retry-After"), w.Body)
	}
	// What Barcode Reader 9's decode returned (measured).
	show(scan(logger, func([]byte) (int, string, []string) { return -10006, "The file type is not supported.", nil }))
	show(scan(logger, func([]byte) (int, string, []string) {
		return -20200, "Cannot connect to the License Server.", []string{"[Attention(exceptionCode:-20200)] *ODE**8"}
	}))
	show(scan(logger, func([]byte) (int, string, []string) { return 0, "Successful.", []string{"CODE128"} }))
	// What the last InitLicense returned.
	show(healthz(func() error { return dlserr.FromProduct(-20012) }))
	show(healthz(func() error { return dlserr.FromProductMessage(-10053, "[License] The license key is invalid.") }))
	// Output:
	// 422 Retry-After="" Unprocessable Entity
	// 503 Retry-After="60" Service Unavailable
	// 200 Retry-After="" ["CODE128"]
	// 200 Retry-After="" {"licensed":true}
	// 503 Retry-After="" {"licensed":false,"do":"renew or fix the license or its key","error":{"product_code":-10053,"name":"LicenseKeyInvalid","class":"License","message":"The license key is invalid."}}
}

// TestWhatToDo: README's whatToDo has an answer of its own for every class,
// so that a class added to the package and not to it fails here.
func TestWhatToDo(t *testing.T) {
	unknown := whatToDo(dlserr.Class(1 << 20))
	seen := map[string]dlserr.Class{}
	for k := dlserr.ClassUnknown; ; k++ {
		if _, err := dlserr.ParseClass(k.String()); err != nil || strings.HasPrefix(k.String(), "Class(") {
			break // past the last class
		}
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

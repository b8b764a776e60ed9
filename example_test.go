package dlserr_test

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/dlserr/dlserr"
)

// The quick start of README.md: every shape a license failure arrives in,
// matched the way a service would.
func Example() {
	// What a license server or a Dynamsoft SDK handed back, in each shape:
	// a server's code, an SDK's code, an Android callback's text, a C SDK's
	// code and NUL-padded buffer, and a code no list has published.
	for _, err := range []error{
		dlserr.FromOriginal(111),
		dlserr.FromProduct(-20100),
		dlserr.FromMessage("License expired for this IP address."),
		dlserr.FromProductMessage(-20113, `This license item "LI-7" has been invalid.`+"\x00\x00"),
		dlserr.FromOriginal(117),
	} {
		err = fmt.Errorf("activate license: %w", err)

		switch {
		case errors.Is(err, dlserr.ErrIPLicenseExpired):
			fmt.Println("expired for this IP address:", err)
		case errors.Is(err, dlserr.ErrLicenseExpired):
			fmt.Println("expired:", err)
		case dlserr.Retryable(err):
			fmt.Println("try again later or on the other server:", err)
		case errors.Is(err, dlserr.ErrUnknown):
			fmt.Println("unknown license error:", err)
		default:
			fmt.Printf("%v (%v): %v\n", dlserr.CodeOf(err), dlserr.CodeOf(err).Class(), err)
		}
	}
	// Output:
	// expired: activate license: dls -20111 (111): License has expired.
	// try again later or on the other server: activate license: dls -20100 (100): The standby DLS refuses to provide service while the main DLS is working.
	// expired for this IP address: activate license: dls -20111 (111): License expired for this IP address.
	// LicenseItemInvalid (License): activate license: dls -20113 (113): This license item "LI-7" has been invalid.
	// unknown license error: activate license: dls -20117 (117): unknown code
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

// SDKs return product codes; codes outside the license server's range, such
// as -10004, are errors of the SDK itself and stay unknown here.
func ExampleFromProduct() {
	for _, code := range []int{-20151, -10004} {
		err := dlserr.FromProduct(code)
		fmt.Println(err, dlserr.CodeOf(err))
	}
	// Output:
	// dls -20151 (151): Cloned device detected. ClonedDevice
	// dls -10004 (?): unknown code Code(0)
}

// Android SDKs deliver only the server's text. Every generation's wording is
// recognized, and 113 gives back the license item id the server filled in.
func ExampleFromMessage() {
	for _, msg := range []string{
		"License for this ip has expired.",
		"License expired for this IP address.", // the revised wording of 2024
		`This license item "LI-2024-0042" has been invalid.`,
		"[License] [Key 1] The license is invalid.",
	} {
		err := dlserr.FromMessage(msg)
		var e *dlserr.Error
		errors.As(err, &e)
		fmt.Printf("%v ip=%v item=%q\n", e.Code(), errors.Is(err, dlserr.ErrIPLicenseExpired), e.LicenseItem())
	}
	// Output:
	// LicenseExpired ip=true item=""
	// LicenseExpired ip=true item=""
	// LicenseItemInvalid ip=false item="LI-2024-0042"
	// Code(0) ip=false item=""
}

// initLicense stands in for a C SDK's license call as cgo exposes it: it
// returns a product code and fills a fixed-size message buffer.
func initLicense(errorMsg []byte) int {
	copy(errorMsg, "DLS refuses to provide service while under construction.")
	return -20100
}

// A C SDK returns a code and fills a char buffer. With cgo the call reads
//
//	var buf [512]C.char
//	code := int(C.DC_InitLicense(key, &buf[0], C.int(len(buf))))
//	msg := C.GoStringN(&buf[0], C.int(len(buf)))
//
// and the whole buffer, NUL padding included, can go in as it is: a fresh Go
// array is zeroed. A buffer reused across calls may hold an older, longer
// message after the NUL; cut it there first with C.GoString.
func ExampleFromProductMessage() {
	var buf [512]byte
	code := initLicense(buf[:])
	err := dlserr.FromProductMessage(code, string(buf[:]))

	fmt.Println(err)
	fmt.Println(errors.Is(err, dlserr.ErrServiceRefused), errors.Is(err, dlserr.ErrUnderConstruction))
	// Output:
	// dls -20100 (100): DLS refuses to provide service while under construction.
	// true true
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
	// {"level":"ERROR","msg":"license check failed","dls":{"code":113,"product_code":-20113,"name":"LicenseItemInvalid","class":"License","message":"This license item \"LI-7\" has been invalid.","license_item":"LI-7"}}
}

// What to do about a license error: fail over, back off, alert or stop.
func ExampleRetryable() {
	for _, err := range []error{
		dlserr.FromOriginal(100),
		dlserr.FromOriginal(130),
		dlserr.FromOriginal(112),
		dlserr.FromOriginal(151),
	} {
		fmt.Println(dlserr.CodeOf(err), dlserr.CodeOf(err).Class(), dlserr.Retryable(err))
	}
	// Output:
	// ServiceRefused Unavailable true
	// RequestQuotaExceeded Quota true
	// LicenseNotYetEffective License false
	// ClonedDevice Security false
}

// Configuration names a code by name or by either number.
func ExampleParseCode() {
	for _, s := range []string{"LicenseExpired", "111", "-20111", "Expired"} {
		c, err := dlserr.ParseCode(s)
		fmt.Println(c, err)
	}
	// Output:
	// LicenseExpired <nil>
	// LicenseExpired <nil>
	// LicenseExpired <nil>
	// Code(0) dlserr: invalid code "Expired"
}

// Codes read and write as names in JSON; numbers are accepted too.
func ExampleCode_MarshalText() {
	var alerting struct {
		Page []dlserr.Code `json:"page"`
	}
	err := json.Unmarshal([]byte(`{"page": ["ClonedDevice", 120, "-20130"]}`), &alerting)
	fmt.Println(alerting.Page, err)

	out, _ := json.Marshal(alerting)
	fmt.Println(string(out))
	// Output:
	// [ClonedDevice LimitExceeded RequestQuotaExceeded] <nil>
	// {"page":["ClonedDevice","LimitExceeded","RequestQuotaExceeded"]}
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
	for _, c := range dlserr.Codes()[:3] {
		fmt.Printf("%d %d %v: %s\n", c.Original(), c.Product(), c, c.Message())
	}
	fmt.Println(len(dlserr.Codes()))
	// Output:
	// 100 -20100 ServiceRefused: The standby DLS refuses to provide service while the main DLS is working.
	// 101 -20101 HandshakeCodeNotFound: The handshake code you are using does not exist on the Dynamsoft License Server.
	// 102 -20102 SessionPasswordIncorrect: Session password is incorrect.
	// 22
}

// licenseServers is a client's configuration: the main server first, then the
// standby, as Dynamsoft deployments pair them.
var licenseServers = []string{"https://dls-main.example.com", "https://dls-standby.example.com"}

// activate stands in for an SDK's license call against one server.
func activate(server string) error {
	if server == licenseServers[0] {
		return dlserr.FromOriginal(130) // the main server counted too many requests
	}
	return dlserr.FromOriginal(100) // the standby refuses while the main one works
}

// activateWithFailover is README.md's "Handling license errors in a service".
func activateWithFailover(logger *slog.Logger, backoff time.Duration) error {
	var err error
	for attempt := 0; attempt < 2; attempt++ {
		for _, server := range licenseServers { // main first, then standby
			err = activate(server)
			if err == nil {
				return nil
			}
			logger.Warn("license check failed", "server", server, "dls", err)
			switch dlserr.CodeOf(err).Class() {
			case dlserr.ClassUnavailable:
				continue // this server will not serve now: try the next one
			case dlserr.ClassQuota:
				time.Sleep(backoff) // may clear later; an administrator should know
				backoff *= 2
				continue
			case dlserr.ClassSecurity:
				logger.Error("possible cloned device: alerting security", "dls", err)
			}
			return err // configuration or license state: retrying will not help
		}
	}
	return fmt.Errorf("no license server would serve: %w", err)
}

// A service tries its main server, then the standby, backs off on a quota
// and logs every failure with log/slog.
func Example_service() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	err := activateWithFailover(logger, 10*time.Millisecond)
	fmt.Println(err, dlserr.Retryable(err))
	// Output:
	// level=WARN msg="license check failed" server=https://dls-main.example.com dls.code=130 dls.product_code=-20130 dls.name=RequestQuotaExceeded dls.class=Quota dls.message="License quota exceeded by request count."
	// level=WARN msg="license check failed" server=https://dls-standby.example.com dls.code=100 dls.product_code=-20100 dls.name=ServiceRefused dls.class=Unavailable dls.message="The standby DLS refuses to provide service while the main DLS is working."
	// level=WARN msg="license check failed" server=https://dls-main.example.com dls.code=130 dls.product_code=-20130 dls.name=RequestQuotaExceeded dls.class=Quota dls.message="License quota exceeded by request count."
	// level=WARN msg="license check failed" server=https://dls-standby.example.com dls.code=100 dls.product_code=-20100 dls.name=ServiceRefused dls.class=Unavailable dls.message="The standby DLS refuses to provide service while the main DLS is working."
	// no license server would serve: dls -20100 (100): The standby DLS refuses to provide service while the main DLS is working. true
}

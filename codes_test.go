package dlserr

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"log/slog"
	"math"
	"math/bits"
	"math/rand"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/quick"
	"time"
	"unicode"
	"unicode/utf8"
)

// specTable is the specification, dls-error-list.md, copied verbatim from its
// table header to its last row, malformed separator and leaked Java included.
// The tests never read the original: the package must stand on its own.
const specTable = `
| Original Error Code | Error Code in Dynamsoft Products | Error Message                                                                    |
| :------------------ | :------------------------------- |
| 100                 | -20100                           | The standby DLS refuses to provide service while the main DLS is working.        |
| 100                 | -20100                           | DLS refuses to provide service while under construction.                         |
| 101                 | -20101                           | The handshake code you are using does not exist on the Dynamsoft License Server. |
| 102                 | -20102                           | Session password is incorrect.                                                   |
| 103                 | -20103                           | AppDomain for handshake is not matched.                                          |
| 104                 | -20104                           | No item matched. Please check your handshake and client settings.                |
| 105                 | -20105                           | License item does not exist.                                                     |
| 106                 | -20106                           | Product is not matched.                                                          |
| 107                 | -20107                           | Version mismatch.                                                                |
| 108                 | -20108                           | DeploymentType is not matched.                                                   |
| 109                 | -20109                           | Edition is not matched.                                                          |
| 111                 | -20111                           | License has expired.                                                             |
| 111                 | -20111                           | License for this ip has expired.                                                 |
| 112                 | -20112                           | License has not yet taken effect.                                                |
| 113                 | -20113                           | This license item "+item.getLicenseItemId()+" has been invalid.                  |
| 114                 | -20114                           | AppDomain for licenseItem is not matched.                                        |
| 115                 | -20115                           | ChargeWay for licenseItem is not matched.                                        |
| 120                 | -20120                           | License has exceeded its limit.                                                  |
| 151                 | -20151                           | Cloned device detected.                                                          |`

// ltsRows are the rows in which generation 1, the 2021 "LTS" wording, differs
// from the specification (dls-wording-history.md), without its backquotes.
const ltsRows = `
| 100 | The standby LTS refuses to provide service while the main LTS is working. |
| 100 | LTS refuses to provide service while under construction. |
| 101 | The handshake code you are using does not exist on the License Tracking Server. |`

// revisedRows is generation 3, the revised list of 2024-01-31 and 2025-02-26
// (dls-wording-history.md), without its backquotes and notes; 108's two
// successive wordings are two rows.
const revisedRows = `
| 100 | -20100 | Service unavailable from standby DLS while primary DLS is operational. |
| 100 | -20100 | DLS cannot provide service during construction phase. |
| 101 | -20101 | Non-existent handshake code on Dynamsoft License Server. |
| 102 | -20102 | Incorrect session password. |
| 103 | -20103 | Mismatch in AppDomain for handshake. |
| 104 | -20104 | No matched license found. Verify handshake and client settings. |
| 105 | -20105 | Provided handShakeId is not compliant with version 1.5. |
| 106 | -20106 | Product mismatch detected. |
| 107 | -20107 | Incompatible version. |
| 108 | -20108 | License unsuitable for the current context. |
| 108 | -20108 | Deployment type mismatch identified. |
| 109 | -20109 | Edition mismatch identified. |
| 111 | -20111 | License expired. |
| 111 | -20111 | License expired for this IP address. |
| 112 | -20112 | License not yet effective. |
| 113 | -20113 | License item invalid or revoked. |
| 114 | -20114 | License validation field mismatch with configuration. |
| 115 | -20115 | Incompatible ChargeWay for licenseItem. |
| 120 | -20120 | License usage exceeded its limit. |
| 121 | -20121 | Organization ID does not exist or lacks a configured default handshake. |
| 122 | -20122 | Handshake Code and Organization ID mismatch. |
| 123 | -20123 | No specified handshake or organization. |
| 124 | -20124 | Missing licenseItem dependency in handshake. |
| 130 | -20130 | License quota exceeded by request count. |
| 151 | -20151 | Unauthorized device clone detected. |`

// sdkRuntime is sdk-license-client.md's table of the SDK's license codes and
// their runtime texts, measured, copied verbatim but for its back quotes,
// written ‵ as a raw string cannot hold them: "-" is no such code,
// "same" the Capture Vision 3 text.
const sdkRuntime = `
| code | DCV 3 text (‵DC_GetErrorString‵) | DBR 9 text (‵DBR_GetErrorString‵) |
|---|---|---|
| -20000 | ‵No license.‵ | ‵No license specified.‵ |
| -20001 | ‵The handshake code is invalid.‵ | ‵The handshake code is invalid.‵ |
| -20002 | ‵Failed to read or write license buffer.‵ | ‵Failed to read or write license buffer.‵ |
| -20003 | ‵Failed to synchronize license info with license server.‵ | ‵Failed to synchronize license info with the License Server.‵ |
| -20004 | ‵Device does not match with buffer.‵ | ‵Device dose not match with buffer.‵ |
| -20005 | ‵Failed to bind device.‵ | ‵Failed to bind the device to the license.‵ |
| -20006 | - | ‵Interface InitLicenseFromDLS can not be used together with other license initiation interfaces.‵ |
| -20007 | ‵License Client dll is missing.‵ | ‵The license client DLL is missing.‵ |
| -20008 | ‵Instance count is over limit.‵ | ‵The number of instances used has exceeded the limit.‵ |
| -20009 | ‵Interface InitLicense has to be called before creating any SDK objects.‵ | ‵Interface InitLicense has to be called before creating any SDK objects.‵ |
| -20010 | ‵Trial License.‵ | ‵Using a trial license.‵ |
| -20011 | ‵The license is not valid for the current version.‵ | - |
| -20012 | ‵Online license validation failed due to network issues.Using cached license information for validation.‵ | - |
| -20013 | ‵License authentication failed: quota exceeded.‵ | - |
| -20014 | ‵License restriction: the number of results has exceeded the allowed limit.‵ | - |
| -20200 | ‵Failed to reach License Server.‵ | ‵Cannot connect to the License Server.‵ |
| -10003 | ‵The license is invalid.‵ | ‵The license is invalid.‵ |
| -10004 | ‵The license has expired.‵ | ‵The license has expired.‵ |
| -10039 | ‵The domain of your current site does not match the domain bound in the current product key.‵ | same |
| -10040 | ‵The reserved info does not match the reserved info bound in the current product key.‵ | same |
| -10042 | - | ‵The License DLL is missing.‵ |
| -10043 | ‵The license key does not match the license content.‵ | ‵The license key does not match the license file.‵ |
| -10044 | ‵Failed to request the license content.‵ | ‵Failed to request the license content.‵ |
| -10045 | ‵Failed to init the license.‵ | ‵Failed to init the license.‵ |
| -10052 | ‵The license content is invalid.‵ | ‵The license content is invalid.‵ |
| -10053 | ‵The license key is invalid.‵ | ‵The license key is invalid.‵ |
| -10054 | ‵The license key has no remaining quota.‵ | ‵The device number in the license key runs out.‵ |
| -10076 | ‵The license is initialized successfully but detected invalid content in your key.‵ | - |`

// sdkOther is every other text of the SDK's license codes in
// sdk-license-client.md and sdk-license-docs.md that the package must know:
// older runtimes' strings, and the Barcode Reader error-code pages (BRD,
// BRD-v8.0, BRD-v8.4, BRD-v8.9.3 and their history, BRS9), before 8.6
// renamed the License Tracking Server and since. The -10000 family's rows
// are DBR 7-era and stood on the page throughout.
const sdkOther = `
| -20004 | Device dose not match with buffer. | DBR 10.0-10.4 |
| -20008 | Instance count is over limited. | DBR 10.0-10.4 |
| -20011 | The license is not valid for current version. | DBR 10.0-10.4 |
| -20000 | No license specified. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -20001 | The handshake code is invalid. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -20002 | Failed to read or write license buffer. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -20003 | Failed to synchronize license info with License Server. | DBR 8.6-9 docs |
| -20003 | Failed to synchronize license info with license tracking server. | DBR 8.0-8.5 docs |
| -20004 | Device does not match with license buffer. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -20005 | Failed to bind device. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -20006 | Interface InitLicenseFromDLS can not be used together with other license initiation interfaces. | DBR 8.6-9 docs |
| -20006 | Interface InitLicenseFromLTS can not be used together with other license initiation interfaces. | DBR 8.0-8.5 docs |
| -20007 | The license client dll is missing. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -20008 | The number of instances used has exceeded the limit. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -20008 | The instance count is over limited. | DBR 8.0-8.5 docs |
| -20009 | Interface InitLicenseFromDLS has to be called before creating any SDK objects. | DBR 8.6-9 docs |
| -20009 | Interface InitLicenseFromLTS has to be called before creating any SDK objects. | DBR 8.0-8.5 docs |
| -20010 | Using a trial license. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -20012 | Online license validation failed due to network issues. Using cached license information for validation. | DBR 8.6-9 docs |
| -20200 | Failed to reach License Server. | DBR 8.6-9 docs |
| -10003 | The license is invalid. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -10004 | The license has expired. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -10039 | The domain of your current site does not match the domain bound in the current product key. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -10040 | The reserved info does not match the reserved info bound in the current product key. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -10042 | The License DLL is missing. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -10043 | The license key does not match the license content. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -10044 | Failed to request the license content. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -10045 | Failed to init the license. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -10052 | The license content is invalid. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -10053 | The license key is invalid. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -10054 | The license key has no remaining quota. | DBR 8.6-9 docs, DBR 8.0-8.5 docs |
| -10054 | The device number in the license key runs out. | DBR 8.0-8.5 docs |`

// moduleDBR9 and moduleDCV3 are sdk-capture.md's tables of every license
// code of the two SDKs' error tables that issue 8 left out: the per-module
// codes, measured, copied verbatim but for their back quotes, written ‵.
const moduleDBR9 = `
| code | text |
|---|---|
| -10016 | ‵The license for the QR Code module is invalid.‵ |
| -10017 | ‵The license for the 1D Barcode module is invalid.‵ |
| -10019 | ‵The license for the PDF417 module is invalid.‵ |
| -10020 | ‵The license for the DATAMATRIX module is invalid.‵ |
| -10041 | ‵The license for the AZTEC module is invalid.‵ |
| -10046 | ‵The license for the Patchcode module is invalid.‵ |
| -10047 | ‵The license for the Postal code module is invalid.‵ |
| -10048 | ‵The license for the DPM module is invalid.‵ |
| -10056 | ‵The license for the Intermediate Result module is invalid.‵ |
| -10057 | ‵The license for the Maxicode module is invalid.‵ |
| -10058 | ‵The license for the GS1 Databar module is invalid.‵ |
| -10059 | ‵The license for the GS1 Composite code module is invalid.‵ |
| -10060 | ‵The license for the panorama module is invalid.‵ |
| -10061 | ‵The license for the DotCode module is invalid.‵ |
| -10062 | ‵The license for the PharmaCode module is invalid.‵ |`

const moduleDCV3 = `
| code | text |
|---|---|
| -10056 | ‵The Intermediate Result Types license is invalid.‵ |
| -10079 | ‵[PDF] No license found.‵ |
| -30016 | ‵The QR Code license is invalid.‵ |
| -30017 | ‵The 1D Barcode license is invalid.‵ |
| -30019 | ‵The PDF417 license is invalid.‵ |
| -30020 | ‵The DATAMATRIX license is invalid.‵ |
| -30041 | ‵The AZTEC license is invalid.‵ |
| -30046 | ‵The Patchcode license is invalid.‵ |
| -30047 | ‵The Postal code license is invalid.‵ |
| -30048 | ‵The DPM license is invalid.‵ |
| -30057 | ‵The Maxicode license is invalid.‵ |
| -30058 | ‵The GS1 Databar license is invalid.‵ |
| -30059 | ‵The GS1 Composite code license is invalid.‵ |
| -30061 | ‵The DotCode license is invalid.‵ |
| -30062 | ‵The Pharmacode license is invalid.‵ |
| -30063 | ‵[Barcode Reader] No license found.‵ |
| -40103 | ‵[Label Recognizer] No license found.‵ |
| -50058 | ‵[Document Normalizer] No license found.‵ |
| -70060 | ‵The panorama license is invalid.‵ |
| -90006 | ‵The license for parsing South Africa Driver License is invalid.‵ |
| -90007 | ‵The license for parsing North America DL/ID is invalid.‵ |
| -90008 | ‵The license for parsing Aadhaar is invalid.‵ |
| -90009 | ‵The license for parsing Machine Readable Travel Documents is invalid.‵ |
| -90010 | ‵The license for parsing Vehicle Identification Number is invalid.‵ |
| -90011 | ‵The license for parsing customized code type is invalid.‵ |
| -90012 | ‵[Code Parser] No license found.‵ |`

// twoMeaningsTable is sdk-capture.md's table of the five numbers that are a
// license code in Barcode Reader 9 and another error in Capture Vision 3.2,
// verbatim but for its back quotes.
const twoMeaningsTable = `
| code | Barcode Reader 9.6 | Capture Vision 3.2 |
|---|---|---|
| -10058 | GS1 Databar module license invalid | ‵Failed to save the file.‵ |
| -10059 | GS1 Composite code module license invalid | ‵The Stage type is invalid.‵ |
| -10060 | panorama module license invalid | ‵The image orientation is invalid.‵ |
| -10061 | DotCode module license invalid | ‵Complex template can't be converted to simplified settings.‵ |
| -10062 | PharmaCode module license invalid | ‵Failed to call the function while capturing in progress.‵ |`

// webTexts are sdk-web.md's license texts of the browser builds that the
// package did not know (§1, "License texts in the web builds that the
// package does not know", and the measured tables), verbatim, each with the
// builds it names ("JS 11.4": dynamsoft-barcode-reader-bundle@11.4.2001 and
// the bundles read beside it; "JS 9.6": dynamsoft-javascript-barcode@9.6.42)
// and the code the test holds the package to: a native SDK's code for the
// same situation where one exists, else one of dlserr's own. The prefix
// "License mismatch: " is a text with a detail after it (TestWebForms).
var webTexts = []struct {
	msg, sources string
	code         Code
}{
	{"Failed to connect to the Dynamsoft License Server: network connection error. Check your Internet connection or contact the site administrator for more information.", "JS 11.4, JS 9.6", FailedToReachDLS},
	{"Failed to connect to the Dynamsoft License Server: network connection error. Check your Internet connection or contact Dynamsoft Support (support@dynamsoft.com) to acquire an offline license.", "JS 11.4, JS 9.6", FailedToReachDLS},
	{"Failed to connect to the Dynamsoft License Server: network timed out. Check your Internet connection or contact the site administrator for more information.", "JS 11.4, JS 9.6", FailedToReachDLS},
	{"Failed to connect to the Dynamsoft License Server: network timed out. Check your Internet connection or contact Dynamsoft Support (support@dynamsoft.com) to acquire an offline license.", "JS 11.4, JS 9.6", FailedToReachDLS},
	{"Failed to connect to the Dynamsoft License Server: The cached license has expired. Please get connected to the network as soon as possible or contact the site administrator for more information.", "JS 11.4", FailedToReachDLS},
	{"Format Error: The license string you specified is invalid, please check to make sure it is correct.", "JS 11.4, JS 9.6", LicenseKeyInvalid},
	{"The DLS2 Offline license has expired. Please contact the site administrator for more information.", "JS 11.4", LicenseKeyExpired},
	{"The trial period expired. Please extend the trial or purchase a full license to continue;", "JS 11.4", LicenseKeyExpired},
	{"Failed to open indexedDB: Timeout.", "JS 11.4", LicenseBufferFailed},
	{"Json value for CodeTypeLicenseModule is invalid.", "JS 11.4", LicenseContentInvalid},
	{"CodeTypeLicenseModule number is out of limit.", "JS 11.4", LicenseContentInvalid},
	{"Domain not matched.", "JS 11.4", DomainNotMatch},
	{"Applying for a public trial license ...", "JS 11.4", TrialLicense},
	{"Using a public trial license.", "JS 9.6", TrialLicense},
	{"Using a private trial license.", "JS 9.6", TrialLicense},
	{"License mismatch:", "JS 11.4", LicenseMismatch},
	{"Your system date and time appear to have been changed, causing the license to fail. Please correct the system date and time, then try again.", "JS 11.4", SystemClockChanged},
	{"Your system date and time appear to have been changed, causing the license to fail. Please correct the system data and time and try again.", "JS 9.6", SystemClockChanged},
	{"Please upgrade your browser to support online key.", "JS 11.4", BrowserUnsupported},
	{"Require https to use online key in this browser.", "JS 11.4", HTTPSRequired},
	{"Warning: The license required for Enhanced Features was not found.", "JS 11.4", EnhancedFeaturesLicenseNotFound},
}

// sourceNames are the sources of the wordings, in the order the package's
// source bits have them and README.md writes them.
var sourceNames = []string{"LTS", "DLS", "revised", "DCV 3", "DBR 9", "DBR 10.0-10.4", "DBR 8.6-9 docs", "DBR 8.0-8.5 docs", "JS 11.4", "JS 9.6"}

// TestMain checks, after every test, that no test wrote through one of the
// shared errors that the lookups hand to every caller.
func TestMain(m *testing.M) {
	code := m.Run()
	for i, w := range wordings {
		e := &shared[i]
		if e.code != w.code || e.product != w.code.Product() || e.row != w.row || e.kind != kindList || e.notLicense || e.msg != w.msg || e.part != "" ||
			e.cause != nil || e.report != nil || e.text != e.format() {
			fmt.Fprintf(os.Stderr, "FAIL: the shared error of %q was changed: %#v\n", w.msg, *e)
			code = 1
		}
	}
	for i, n := range notLicense {
		e := &others[i]
		if e.code != 0 || e.product != n.number || e.row != 0 || e.kind != kindList || !e.notLicense || e.msg != n.msg || e.part != "" ||
			e.cause != nil || e.report != nil || e.text != "" && e.text != e.format() {
			fmt.Fprintf(os.Stderr, "FAIL: the shared error of %q was changed: %#v\n", n.msg, *e)
			code = 1
		}
	}
	if *errUnknown != (Error{text: "dls: unknown code"}) || *errNotLicense != (Error{notLicense: true, text: "dls: not a license error"}) {
		fmt.Fprintf(os.Stderr, "FAIL: ErrUnknown or ErrNotLicense was changed: %#v, %#v\n", *errUnknown, *errNotLicense)
		code = 1
	}
	os.Exit(code)
}

// numberOf is the number an SDK returns with code c's texts: its product
// number, or -20000 for one of dlserr's own, which have none (a number no
// text of theirs decides: FromProductMessage keeps the number's code).
func numberOf(c Code) int {
	if p := c.Product(); p != 0 {
		return p
	}
	return -20000
}

// isOwn reports whether c is one of dlserr's own codes, which have no number.
func isOwn(c Code) bool { return slices.Contains(ownScope, int(c)) }

// asE returns the *Error that err is, for the tests that read its parts.
func asE(err error) *Error { return err.(*Error) }

// What a 113 message is made of at run time: the server puts the license
// item id between these (the list shows the Java expression that does it).
const (
	item113Prefix = `This license item "`
	item113Suffix = `" has been invalid.`
)

// promise is what the package promises of one code: the names of issues 2,
// 3 and 8, the classes of issues 4 and 8.
type promise struct {
	code     Code
	number   int // the constant's value: the original code, or the SDK's number
	name     string
	sentinel error
	class    Class
}

var contract = []promise{
	{ServiceRefused, 100, "ServiceRefused", ErrServiceRefused, ClassUnavailable},
	{HandshakeCodeNotFound, 101, "HandshakeCodeNotFound", ErrHandshakeCodeNotFound, ClassHandshake},
	{SessionPasswordIncorrect, 102, "SessionPasswordIncorrect", ErrSessionPasswordIncorrect, ClassHandshake},
	{HandshakeAppDomainMismatch, 103, "HandshakeAppDomainMismatch", ErrHandshakeAppDomainMismatch, ClassHandshake},
	{NoItemMatched, 104, "NoItemMatched", ErrNoItemMatched, ClassMismatch},
	{LicenseItemNotFound, 105, "LicenseItemNotFound", ErrLicenseItemNotFound, ClassLicense},
	{ProductMismatch, 106, "ProductMismatch", ErrProductMismatch, ClassMismatch},
	{VersionMismatch, 107, "VersionMismatch", ErrVersionMismatch, ClassMismatch},
	{DeploymentTypeMismatch, 108, "DeploymentTypeMismatch", ErrDeploymentTypeMismatch, ClassMismatch},
	{EditionMismatch, 109, "EditionMismatch", ErrEditionMismatch, ClassMismatch},
	{LicenseExpired, 111, "LicenseExpired", ErrLicenseExpired, ClassLicense},
	{LicenseNotYetEffective, 112, "LicenseNotYetEffective", ErrLicenseNotYetEffective, ClassLicense},
	{LicenseItemInvalid, 113, "LicenseItemInvalid", ErrLicenseItemInvalid, ClassLicense},
	{LicenseItemAppDomainMismatch, 114, "LicenseItemAppDomainMismatch", ErrLicenseItemAppDomainMismatch, ClassMismatch},
	{LicenseItemChargeWayMismatch, 115, "LicenseItemChargeWayMismatch", ErrLicenseItemChargeWayMismatch, ClassMismatch},
	{LimitExceeded, 120, "LimitExceeded", ErrLimitExceeded, ClassQuota},
	{OrganizationNotFound, 121, "OrganizationNotFound", ErrOrganizationNotFound, ClassHandshake},
	{HandshakeOrganizationMismatch, 122, "HandshakeOrganizationMismatch", ErrHandshakeOrganizationMismatch, ClassHandshake},
	{HandshakeOrOrganizationMissing, 123, "HandshakeOrOrganizationMissing", ErrHandshakeOrOrganizationMissing, ClassHandshake},
	{LicenseItemDependencyMissing, 124, "LicenseItemDependencyMissing", ErrLicenseItemDependencyMissing, ClassHandshake},
	{RequestQuotaExceeded, 130, "RequestQuotaExceeded", ErrRequestQuotaExceeded, ClassQuota},
	{ClonedDevice, 151, "ClonedDevice", ErrClonedDevice, ClassSecurity},
	{LicenseInvalid, -10003, "LicenseInvalid", ErrLicenseInvalid, ClassLicense},
	{LicenseKeyExpired, -10004, "LicenseKeyExpired", ErrLicenseKeyExpired, ClassLicense},
	{DBRQRLicenseInvalid, -10016, "DBRQRLicenseInvalid", ErrDBRQRLicenseInvalid, ClassLicense},
	{DBROneDLicenseInvalid, -10017, "DBROneDLicenseInvalid", ErrDBROneDLicenseInvalid, ClassLicense},
	{DBRPDF417LicenseInvalid, -10019, "DBRPDF417LicenseInvalid", ErrDBRPDF417LicenseInvalid, ClassLicense},
	{DBRDataMatrixLicenseInvalid, -10020, "DBRDataMatrixLicenseInvalid", ErrDBRDataMatrixLicenseInvalid, ClassLicense},
	{DomainNotMatch, -10039, "DomainNotMatch", ErrDomainNotMatch, ClassMismatch},
	{ReservedInfoNotMatch, -10040, "ReservedInfoNotMatch", ErrReservedInfoNotMatch, ClassMismatch},
	{DBRAztecLicenseInvalid, -10041, "DBRAztecLicenseInvalid", ErrDBRAztecLicenseInvalid, ClassLicense},
	{LicenseDLLMissing, -10042, "LicenseDLLMissing", ErrLicenseDLLMissing, ClassInstallation},
	{LicenseKeyNotMatch, -10043, "LicenseKeyNotMatch", ErrLicenseKeyNotMatch, ClassLicense},
	{LicenseRequestFailed, -10044, "LicenseRequestFailed", ErrLicenseRequestFailed, ClassUnavailable},
	{LicenseInitFailed, -10045, "LicenseInitFailed", ErrLicenseInitFailed, ClassLicense},
	{DBRPatchcodeLicenseInvalid, -10046, "DBRPatchcodeLicenseInvalid", ErrDBRPatchcodeLicenseInvalid, ClassLicense},
	{DBRPostalCodeLicenseInvalid, -10047, "DBRPostalCodeLicenseInvalid", ErrDBRPostalCodeLicenseInvalid, ClassLicense},
	{DBRDPMLicenseInvalid, -10048, "DBRDPMLicenseInvalid", ErrDBRDPMLicenseInvalid, ClassLicense},
	{LicenseContentInvalid, -10052, "LicenseContentInvalid", ErrLicenseContentInvalid, ClassLicense},
	{LicenseKeyInvalid, -10053, "LicenseKeyInvalid", ErrLicenseKeyInvalid, ClassLicense},
	{LicenseDeviceRunsOut, -10054, "LicenseDeviceRunsOut", ErrLicenseDeviceRunsOut, ClassQuota},
	{IRTLicenseInvalid, -10056, "IRTLicenseInvalid", ErrIRTLicenseInvalid, ClassLicense},
	{DBRMaxicodeLicenseInvalid, -10057, "DBRMaxicodeLicenseInvalid", ErrDBRMaxicodeLicenseInvalid, ClassLicense},
	{DBRGS1DatabarLicenseInvalid, -10058, "DBRGS1DatabarLicenseInvalid", ErrDBRGS1DatabarLicenseInvalid, ClassLicense},
	{DBRGS1CompositeLicenseInvalid, -10059, "DBRGS1CompositeLicenseInvalid", ErrDBRGS1CompositeLicenseInvalid, ClassLicense},
	{DBRPanoramaLicenseInvalid, -10060, "DBRPanoramaLicenseInvalid", ErrDBRPanoramaLicenseInvalid, ClassLicense},
	{DBRDotCodeLicenseInvalid, -10061, "DBRDotCodeLicenseInvalid", ErrDBRDotCodeLicenseInvalid, ClassLicense},
	{DBRPharmacodeLicenseInvalid, -10062, "DBRPharmacodeLicenseInvalid", ErrDBRPharmacodeLicenseInvalid, ClassLicense},
	{LicenseKeyPartlyInvalid, -10076, "LicenseKeyPartlyInvalid", ErrLicenseKeyPartlyInvalid, ClassWarning},
	{PDFLicenseNotFound, -10079, "PDFLicenseNotFound", ErrPDFLicenseNotFound, ClassLicense},
	{NoLicense, -20000, "NoLicense", ErrNoLicense, ClassLicense},
	{HandshakeCodeInvalid, -20001, "HandshakeCodeInvalid", ErrHandshakeCodeInvalid, ClassHandshake},
	{LicenseBufferFailed, -20002, "LicenseBufferFailed", ErrLicenseBufferFailed, ClassInstallation},
	{LicenseSyncFailed, -20003, "LicenseSyncFailed", ErrLicenseSyncFailed, ClassUnavailable},
	{DeviceNotMatch, -20004, "DeviceNotMatch", ErrDeviceNotMatch, ClassInstallation},
	{BindDeviceFailed, -20005, "BindDeviceFailed", ErrBindDeviceFailed, ClassInstallation},
	{LicenseInterfaceConflict, -20006, "LicenseInterfaceConflict", ErrLicenseInterfaceConflict, ClassUsage},
	{LicenseClientDLLMissing, -20007, "LicenseClientDLLMissing", ErrLicenseClientDLLMissing, ClassInstallation},
	{InstanceCountOverLimit, -20008, "InstanceCountOverLimit", ErrInstanceCountOverLimit, ClassQuota},
	{LicenseInitSequenceFailed, -20009, "LicenseInitSequenceFailed", ErrLicenseInitSequenceFailed, ClassUsage},
	{TrialLicense, -20010, "TrialLicense", ErrTrialLicense, ClassWarning},
	{LicenseVersionNotMatch, -20011, "LicenseVersionNotMatch", ErrLicenseVersionNotMatch, ClassMismatch},
	{LicenseCacheUsed, -20012, "LicenseCacheUsed", ErrLicenseCacheUsed, ClassWarning},
	{LicenseAuthQuotaExceeded, -20013, "LicenseAuthQuotaExceeded", ErrLicenseAuthQuotaExceeded, ClassQuota},
	{LicenseResultsLimitExceeded, -20014, "LicenseResultsLimitExceeded", ErrLicenseResultsLimitExceeded, ClassQuota},
	{FailedToReachDLS, -20200, "FailedToReachDLS", ErrFailedToReachDLS, ClassUnavailable},
	{QRLicenseInvalid, -30016, "QRLicenseInvalid", ErrQRLicenseInvalid, ClassLicense},
	{OneDLicenseInvalid, -30017, "OneDLicenseInvalid", ErrOneDLicenseInvalid, ClassLicense},
	{PDF417LicenseInvalid, -30019, "PDF417LicenseInvalid", ErrPDF417LicenseInvalid, ClassLicense},
	{DataMatrixLicenseInvalid, -30020, "DataMatrixLicenseInvalid", ErrDataMatrixLicenseInvalid, ClassLicense},
	{AztecLicenseInvalid, -30041, "AztecLicenseInvalid", ErrAztecLicenseInvalid, ClassLicense},
	{PatchcodeLicenseInvalid, -30046, "PatchcodeLicenseInvalid", ErrPatchcodeLicenseInvalid, ClassLicense},
	{PostalCodeLicenseInvalid, -30047, "PostalCodeLicenseInvalid", ErrPostalCodeLicenseInvalid, ClassLicense},
	{DPMLicenseInvalid, -30048, "DPMLicenseInvalid", ErrDPMLicenseInvalid, ClassLicense},
	{MaxicodeLicenseInvalid, -30057, "MaxicodeLicenseInvalid", ErrMaxicodeLicenseInvalid, ClassLicense},
	{GS1DatabarLicenseInvalid, -30058, "GS1DatabarLicenseInvalid", ErrGS1DatabarLicenseInvalid, ClassLicense},
	{GS1CompositeLicenseInvalid, -30059, "GS1CompositeLicenseInvalid", ErrGS1CompositeLicenseInvalid, ClassLicense},
	{DotCodeLicenseInvalid, -30061, "DotCodeLicenseInvalid", ErrDotCodeLicenseInvalid, ClassLicense},
	{PharmacodeLicenseInvalid, -30062, "PharmacodeLicenseInvalid", ErrPharmacodeLicenseInvalid, ClassLicense},
	{BarcodeReaderLicenseNotFound, -30063, "BarcodeReaderLicenseNotFound", ErrBarcodeReaderLicenseNotFound, ClassLicense},
	{LabelRecognizerLicenseNotFound, -40103, "LabelRecognizerLicenseNotFound", ErrLabelRecognizerLicenseNotFound, ClassLicense},
	{DocumentNormalizerLicenseNotFound, -50058, "DocumentNormalizerLicenseNotFound", ErrDocumentNormalizerLicenseNotFound, ClassLicense},
	{PanoramaLicenseInvalid, -70060, "PanoramaLicenseInvalid", ErrPanoramaLicenseInvalid, ClassLicense},
	{ZADLLicenseInvalid, -90006, "ZADLLicenseInvalid", ErrZADLLicenseInvalid, ClassLicense},
	{AAMVADLIDLicenseInvalid, -90007, "AAMVADLIDLicenseInvalid", ErrAAMVADLIDLicenseInvalid, ClassLicense},
	{AadhaarLicenseInvalid, -90008, "AadhaarLicenseInvalid", ErrAadhaarLicenseInvalid, ClassLicense},
	{MRTDLicenseInvalid, -90009, "MRTDLicenseInvalid", ErrMRTDLicenseInvalid, ClassLicense},
	{VINLicenseInvalid, -90010, "VINLicenseInvalid", ErrVINLicenseInvalid, ClassLicense},
	{CustomizedCodeTypeLicenseInvalid, -90011, "CustomizedCodeTypeLicenseInvalid", ErrCustomizedCodeTypeLicenseInvalid, ClassLicense},
	{CodeParserLicenseNotFound, -90012, "CodeParserLicenseNotFound", ErrCodeParserLicenseNotFound, ClassLicense},
	{LicenseMismatch, -20199, "LicenseMismatch", ErrLicenseMismatch, ClassMismatch},
	{SystemClockChanged, -20198, "SystemClockChanged", ErrSystemClockChanged, ClassInstallation},
	{BrowserUnsupported, -20197, "BrowserUnsupported", ErrBrowserUnsupported, ClassInstallation},
	{HTTPSRequired, -20196, "HTTPSRequired", ErrHTTPSRequired, ClassUsage},
	{EnhancedFeaturesLicenseNotFound, -20195, "EnhancedFeaturesLicenseNotFound", ErrEnhancedFeaturesLicenseNotFound, ClassWarning},
}

// ownScope is the browser client's failures without a number, which have
// constants of dlserr's own.
var ownScope = []int{-20199, -20198, -20197, -20196, -20195}

// sdkScope is issue 8's scope: every code of the SDK's license client and
// every license-key code of the -10000 family, and nothing else.
var sdkScope = []int{-20000, -20001, -20002, -20003, -20004, -20005, -20006, -20007, -20008, -20009, -20010, -20011, -20012, -20013, -20014,
	-20200, -10003, -10004, -10039, -10040, -10042, -10043, -10044, -10045, -10052, -10053, -10054, -10076}

// moduleScope is issue 12's scope: every license code of both SDKs' error
// tables that sdkScope leaves out, the per-module codes.
var moduleScope = []int{-10016, -10017, -10019, -10020, -10041, -10046, -10047, -10048, -10056, -10057, -10058, -10059, -10060, -10061, -10062,
	-10079, -30016, -30017, -30019, -30020, -30041, -30046, -30047, -30048, -30057, -30058, -30059, -30061, -30062, -30063, -40103, -50058,
	-70060, -90006, -90007, -90008, -90009, -90010, -90011, -90012}

// secondRow is the sentinel of each code's second row in the specification.
var secondRow = map[int]error{100: ErrUnderConstruction, 111: ErrIPLicenseExpired}

// rowSentinels are the three sentinels that match one row only, with the
// row names that logs and JSON give their errors.
var rowSentinels = map[error]string{ErrUnderConstruction: "UnderConstruction", ErrHandshakeIDNotCompliant: "HandshakeIDNotCompliant", ErrIPLicenseExpired: "IPLicenseExpired"}

// rowOf names the row sentinel of every published wording of a later row;
// every other wording must match none of them.
var rowOf = map[string]error{
	"DLS refuses to provide service while under construction.": ErrUnderConstruction,
	"LTS refuses to provide service while under construction.": ErrUnderConstruction,
	"DLS cannot provide service during construction phase.":    ErrUnderConstruction,
	"License for this ip has expired.":                         ErrIPLicenseExpired,
	"License expired for this IP address.":                     ErrIPLicenseExpired,
	"Provided handShakeId is not compliant with version 1.5.":  ErrHandshakeIDNotCompliant,
}

// listRow is one wording of a code: the server's original code (0 for the
// SDK's codes), the product code an SDK reports, the message.
type listRow struct {
	original, product int
	msg               string
}

// cells splits a markdown table row into its trimmed cells.
func cells(line string) []string {
	cs := strings.Split(strings.Trim(line, "|"), "|")
	for i := range cs {
		cs[i] = strings.TrimSpace(cs[i])
	}
	return cs
}

// parseTable reads the rows of a markdown table whose first column is the
// original code; header and separator rows are skipped, and a row without
// the product column gets the documented product code.
func parseTable(t testing.TB, table string) []listRow {
	t.Helper()
	var rows []listRow
	for _, line := range strings.Split(strings.TrimSpace(table), "\n") {
		cells := cells(line)
		n, err := strconv.Atoi(cells[0])
		if err != nil {
			if cells[0] != "Original Error Code" && !strings.HasPrefix(cells[0], ":") {
				t.Fatalf("unreadable row %q", line)
			}
			continue
		}
		r := listRow{original: n, product: -(20000 + n), msg: cells[len(cells)-1]}
		switch len(cells) {
		case 3:
			if r.product, err = strconv.Atoi(cells[1]); err != nil {
				t.Fatalf("row %q: product code: %v", line, err)
			}
		case 2:
		default:
			t.Fatalf("row %q has %d cells", line, len(cells))
		}
		rows = append(rows, r)
	}
	return rows
}

// sdkTexts reads the test's copies of the SDK's texts: every row, and the
// sources of each, in the order of sourceNames.
func sdkTexts(t testing.TB) (order []listRow, from map[listRow][]string) {
	t.Helper()
	from = map[listRow][]string{}
	add := func(code, msg string, sources ...string) {
		n, err := strconv.Atoi(code)
		if err != nil || msg == "" {
			t.Fatalf("unreadable SDK row %q %q", code, msg)
		}
		r := listRow{0, n, msg}
		if from[r] == nil {
			order = append(order, r)
		}
		from[r] = append(from[r], sources...)
	}
	for _, line := range strings.Split(strings.TrimSpace(sdkRuntime), "\n")[2:] {
		c := cells(line)
		dcv, dbr := strings.Trim(c[1], "\u2035"), strings.Trim(c[2], "\u2035")
		switch {
		case dbr == "same" || dbr == dcv:
			add(c[0], dcv, "DCV 3", "DBR 9")
		default:
			if dcv != "-" {
				add(c[0], dcv, "DCV 3")
			}
			if dbr != "-" {
				add(c[0], dbr, "DBR 9")
			}
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(sdkOther), "\n") {
		c := cells(line)
		add(c[0], c[1], strings.Split(c[2], ", ")...)
	}
	for _, table := range []struct{ text, source string }{{moduleDBR9, "DBR 9"}, {moduleDCV3, "DCV 3"}} {
		for _, line := range strings.Split(strings.TrimSpace(table.text), "\n")[2:] {
			c := cells(line)
			add(c[0], strings.Trim(c[1], "\u2035"), table.source)
		}
	}
	return order, from
}

// promiseOf returns the contract's line for a constant's value, if any.
func promiseOf(number int) (promise, bool) {
	for _, c := range contract {
		if c.number == number {
			return c, true
		}
	}
	return promise{}, false
}

func contractOf(t testing.TB, number int) promise {
	t.Helper()
	c, ok := promiseOf(number)
	if !ok {
		t.Fatalf("code %d is not in the contract", number)
	}
	return c
}

func TestSpecification(t *testing.T) {
	rows := parseTable(t, specTable)
	seen := map[int]int{}
	for _, r := range rows {
		seen[r.original]++
	}
	if len(rows) != 19 || len(seen) != 17 {
		t.Fatalf("specification copy: %d rows, %d codes; want 19 and 17", len(rows), len(seen))
	}
	rowIndex := map[int]int{}
	for _, r := range rows {
		k := rowIndex[r.original]
		rowIndex[r.original]++
		c := contractOf(t, r.original)
		want := c.sentinel
		if k == 1 {
			want = secondRow[r.original]
		}
		if want == nil || k > 1 {
			t.Fatalf("%d: row %d has no sentinel", r.original, k)
		}
		if c.code.Original() != r.original || c.code.Product() != r.product || r.product != -(20000+r.original) || !c.code.Known() {
			t.Errorf("%v: Original %d, Product %d, Known %v; list says %d, %d", c.code, c.code.Original(), c.code.Product(), c.code.Known(), r.original, r.product)
		}
		if w := asE(want); w.Message() != r.msg || w.Code() != c.code || w.Product() != r.product {
			t.Errorf("%d row %d: sentinel has %v %d %q, list %q", r.original, k, w.Code(), w.Product(), w.Message(), r.msg)
		}
		if k == 0 && c.code.Message() != r.msg {
			t.Errorf("%v.Message() = %q, want %q", c.code, c.code.Message(), r.msg)
		}
		if got := FromOriginal(r.original); got != error(c.sentinel) {
			t.Errorf("FromOriginal(%d) = %v, want %v", r.original, got, c.sentinel)
		}
		if got := FromProduct(r.product); got != error(c.sentinel) {
			t.Errorf("FromProduct(%d) = %v, want %v", r.product, got, c.sentinel)
		}
		if errors.Is(FromOriginal(r.original), want) != (k == 0) {
			t.Errorf("errors.Is(FromOriginal(%d), row %d sentinel) = %v", r.original, k, !(k == 0))
		}
		byMsg := FromMessage(r.msg)
		if got := CodeOf(byMsg); got != c.code || !errors.Is(byMsg, c.sentinel) || !errors.Is(byMsg, want) {
			t.Errorf("FromMessage(%q): CodeOf %v, Is code %v, Is row %v", r.msg, got, errors.Is(byMsg, c.sentinel), errors.Is(byMsg, want))
		}
		if other := secondRow[r.original]; k == 0 && other != nil && errors.Is(byMsg, other) {
			t.Errorf("FromMessage(%q) matches the second row's sentinel", r.msg)
		}
		if e := byMsg.(*Error); e.Message() != r.msg || e.LicenseItem() != "" {
			t.Errorf("FromMessage(%q): Message %q, LicenseItem %q", r.msg, e.Message(), e.LicenseItem())
		}
		for _, got := range []error{FromOriginalMessage(r.original, r.msg), FromProductMessage(r.product, r.msg)} {
			if got != byMsg {
				t.Errorf("code %d with its own message %q = %v, want %v", r.original, r.msg, got, byMsg)
			}
		}
	}
	// And the other way: the package has no specification wording the copy lacks.
	var pkg []listRow
	for _, w := range wordings {
		if w.src&srcDLS != 0 {
			pkg = append(pkg, listRow{int(w.code), w.code.Product(), w.msg})
		}
	}
	if !reflect.DeepEqual(pkg, rows) {
		t.Errorf("the package's specification wordings, in order, differ from the list:\n%v\n%v", pkg, rows)
	}
}

// sources is the test's own account of every wording and where it comes
// from, built from its copies of the list's generations and the SDK's texts.
func sources(t testing.TB) (order []listRow, from map[listRow]string) {
	spec := parseTable(t, specTable)
	lts := append([]listRow(nil), spec...)
	replaced := map[int]int{}
	for _, r := range parseTable(t, ltsRows) {
		n := 0
		for i := range lts {
			if lts[i].original == r.original {
				if n == replaced[r.original] {
					lts[i] = r
					break
				}
				n++
			}
		}
		replaced[r.original]++
	}
	names := map[listRow][]string{}
	for _, g := range []struct {
		name string
		rows []listRow
	}{{"LTS", lts}, {"DLS", spec}, {"revised", parseTable(t, revisedRows)}} {
		for _, r := range g.rows {
			if names[r] == nil {
				order = append(order, r)
			}
			names[r] = append(names[r], g.name)
		}
	}
	sdk, sdkFrom := sdkTexts(t)
	order = append(order, sdk...)
	for r, s := range sdkFrom {
		names[r] = s
	}
	for _, w := range webTexts {
		r := rowOfWording(w.code, w.msg)
		order, names[r] = append(order, r), strings.Split(w.sources, ", ")
	}
	from = map[listRow]string{}
	for r, s := range names {
		var ordered []string
		for _, name := range sourceNames {
			for _, n := range s {
				if n == name {
					ordered = append(ordered, name)
					break
				}
			}
		}
		if len(ordered) != len(s) {
			t.Fatalf("%v: sources %q, not all of them known or each once", r, s)
		}
		from[r] = strings.Join(ordered, ", ")
	}
	return order, from
}

// sourcesOf writes the package's source bits as README.md does.
func sourcesOf(src uint16) string {
	var names []string
	for i, n := range sourceNames {
		if src&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// rowOfWording is the test's listRow of a package wording: for dlserr's own
// codes, which have no number, the constant's value stands as the product.
func rowOfWording(code Code, msg string) listRow {
	if code.Product() == 0 {
		return listRow{0, int(code), msg}
	}
	return listRow{code.Original(), code.Product(), msg}
}

// TestEveryWording checks every wording of the test's copies against the
// package, both ways, with its sources, bare and tagged.
func TestEveryWording(t *testing.T) {
	order, from := sources(t)
	if len(order) != len(wordings) {
		t.Errorf("the copies have %d distinct wordings, the package %d", len(order), len(wordings))
	}
	for _, w := range wordings {
		r := rowOfWording(w.code, w.msg)
		if from[r] != sourcesOf(w.src) {
			t.Errorf("%d %q: package says %q, the copies %q", w.code, w.msg, sourcesOf(w.src), from[r])
		}
	}
	listed := map[Code]bool{}
	for _, r := range order {
		number := r.original
		if number == 0 {
			number = r.product
		}
		c := contractOf(t, number)
		listed[c.code] = true
		err := FromMessage(r.msg)
		e, ok := err.(*Error)
		if !ok || e.Code() != c.code || e.Product() != c.code.Product() || e.Message() != r.msg || !errors.Is(err, c.sentinel) || errors.Is(err, ErrUnknown) {
			t.Errorf("FromMessage(%q) = %#v, want code %d", r.msg, err, number)
			continue
		}
		for rs := range rowSentinels {
			if errors.Is(err, rs) != (rowOf[r.msg] == rs) {
				t.Errorf("errors.Is(FromMessage(%q), %v) = %v", r.msg, rs, !(rowOf[r.msg] == rs))
			}
		}
		for _, tagged := range []string{"[License] " + r.msg, "[License] [Key 1] " + r.msg, "[License] [Key 20] " + r.msg + "\x00\x00"} {
			if got := FromMessage(tagged); got != err {
				t.Errorf("FromMessage(%q) = %v, want %v", tagged, got, err)
			}
			if got := FromProductMessage(r.product, tagged); got != err && !isOwn(c.code) {
				t.Errorf("FromProductMessage(%d, %q) = %v, want %v", r.product, tagged, got, err)
			}
		}
		if got := FromProductMessage(r.product, r.msg); got != err && !isOwn(c.code) {
			t.Errorf("FromProductMessage(%d, %q) = %v, want %v", r.product, r.msg, got, err)
		}
		if want := dlsPrefix(c.code.Product(), c.code.Original()) + r.msg; err.Error() != want {
			t.Errorf("Error() = %q, want %q", err.Error(), want)
		}
	}
	if got := Codes(); len(got) != len(listed) || len(got) != len(contract) {
		t.Errorf("Codes() has %d codes, the copies %d, the contract %d", len(got), len(listed), len(contract))
	}
	for rs := range rowSentinels {
		if !errors.Is(FromMessage(asE(rs).Message()), rs) {
			t.Errorf("row sentinel %v does not carry a wording of its row", rs)
		}
	}
}

// TestSDKCodes holds the SDK's codes to issue 8: their numbers, names,
// classes, and every way in and out.
func TestSDKCodes(t *testing.T) {
	runtime, from := sdkTexts(t)
	canonical := map[int]string{} // Capture Vision's text, else Barcode Reader 9's
	for _, r := range runtime {
		if s := from[r]; canonical[r.product] == "" && (s[0] == "DCV 3" || s[0] == "DBR 9") && !slices.Contains(moduleScope, r.product) {
			canonical[r.product] = r.msg
		}
	}
	if len(canonical) != len(sdkScope) {
		t.Errorf("the runtime table has %d codes, the scope %d", len(canonical), len(sdkScope))
	}
	for _, n := range sdkScope {
		c := contractOf(t, n)
		if int(c.code) != n || c.code.Original() != 0 || c.code.Product() != n || !c.code.Known() || c.code.String() != c.name || c.code.Class() != c.class {
			t.Errorf("%d: Code %d, Original %d, Product %d, Known %v, String %q, Class %v", n, int(c.code), c.code.Original(), c.code.Product(), c.code.Known(), c.code.String(), c.code.Class())
		}
		if c.code.Message() != canonical[n] || asE(c.sentinel).Message() != canonical[n] {
			t.Errorf("%d: Message %q, sentinel %q; want %q", n, c.code.Message(), asE(c.sentinel).Message(), canonical[n])
		}
		for _, err := range []error{FromProduct(n), FromOriginal(n), FromProductMessage(n, ""), FromOriginalMessage(n, " \x00")} {
			if err != error(c.sentinel) {
				t.Errorf("%d gave %v, want %v", n, err, c.sentinel)
			}
		}
		for _, s := range []string{c.name, strconv.Itoa(n), "Code(" + strconv.Itoa(n) + ")"} {
			if got, err := ParseCode(s); got != c.code || err != nil {
				t.Errorf("ParseCode(%q) = %v, %v", s, got, err)
			}
		}
		if text, _ := c.code.MarshalText(); string(text) != c.name {
			t.Errorf("%d marshals to %q", n, text)
		}
		if want := dlsPrefix(n, 0) + canonical[n]; asE(c.sentinel).Error() != want {
			t.Errorf("Error() = %q, want %q", asE(c.sentinel).Error(), want)
		}
	}
	// The SDKs' codes that are not about a license: known as such.
	for _, n := range []int{-10005, -10018, -10025, -10055, -10063, -10078, -10080, -30009, -30025, -40100, -50057, -90001, -10002} {
		if err := FromProduct(n); !errors.Is(err, ErrNotLicense) || errors.Is(err, ErrUnknown) || CodeOf(err) != 0 || err.(*Error).Product() != n ||
			ClassOf(err) != ClassNotLicense || err.(*Error).Message() != notLicenseTexts()[n][0] {
			t.Errorf("FromProduct(%d) = %#v, want not a license error keeping the number", n, err)
		}
	}
	// Numbers no table has, -10000 "Unknown error." among them: unknown.
	for _, n := range []int{-20015, -20099, -20201, -10000, -10014, -10027, -30000, -2800} {
		if err := FromProduct(n); !errors.Is(err, ErrUnknown) || CodeOf(err) != Code(n) || err.(*Error).Product() != n {
			t.Errorf("FromProduct(%d) = %#v, want unknown keeping the number", n, err)
		}
	}
}

// numbersOfText returns the numbers that have text, not about the license.
func numbersOfText(text string) []int {
	var out []int
	for n, texts := range notLicenseTexts() {
		if slices.Contains(texts, text) {
			out = append(out, n)
		}
	}
	return out
}

// notLicenseTexts returns the texts of each number of the committed
// error-strings.golden that is not a license code, Capture Vision's first:
// the measured tables, which the package's notLicense must hold.
var notLicenseTexts = sync.OnceValue(func() map[int][]string {
	data, err := os.ReadFile(filepath.Join("testdata", "realclient", "error-strings.golden"))
	if err != nil {
		panic(err)
	}
	license := map[int]bool{}
	for _, n := range append(slices.Clone(sdkScope), moduleScope...) {
		license[n] = true
	}
	out := map[int][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, " ", 3)
		n, err := strconv.Atoi(f[1])
		text, err2 := strconv.Unquote(f[2])
		if err != nil || err2 != nil {
			panic("error-strings.golden: " + line)
		}
		if (!license[n] || isTwoMeanings(n) && f[0] == "dcv3") && !slices.Contains(out[n], text) {
			out[n] = append(out[n], text)
		}
	}
	return out
})

// tagPrefix is the SDK's tag grammar, written independently of the package.
var tagPrefix = regexp.MustCompile(`^\[License\] (\[Key [1-9][0-9]*\] )?`)

// wantMessage is the package doc's "Messages" read independently: the text
// up to its first NUL, without leading white space, then without the SDK's
// tags, then without trailing white space.
func wantMessage(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	s = tagPrefix.ReplaceAllString(strings.TrimLeftFunc(s, unicode.IsSpace), "")
	return strings.TrimRightFunc(s, unicode.IsSpace)
}

func TestNormalization(t *testing.T) {
	for _, w := range wordings {
		want := FromMessage(w.msg)
		for _, in := range []string{
			"  " + w.msg + "\n",
			w.msg + "\x00\x00\x00",
			w.msg + strings.Repeat("\x00", 512-len(w.msg)),
			"\t" + w.msg + " \r\n\x00 \x00",
			"\u00a0" + w.msg + "\u3000\x00",
			w.msg + "\x00 and what a longer message left in a reused buffer",
			" [License] " + w.msg + "\r\n",
			"[License] [Key 3] " + w.msg + "\x00\xff",
		} {
			if got := FromMessage(in); got != want {
				t.Errorf("FromMessage(%q) = %v, want %v", in, got, want)
			}
			if got := FromProductMessage(numberOf(w.code), in); got != want && !isOwn(w.code) {
				t.Errorf("FromProductMessage(%d, %q) = %v, want %v", numberOf(w.code), in, got, want)
			}
		}
		// Only the documented normalization: nothing fuzzy.
		for _, in := range []string{
			strings.ToLower(w.msg),
			strings.ToUpper(w.msg),
			strings.TrimSuffix(w.msg, "."),
			"\x00" + w.msg,
			strings.Replace(w.msg, " ", "  ", 1),
			"\u200b" + w.msg,
			"[License]" + w.msg,
			"[License]  " + w.msg,
			"[license] " + w.msg,
			"[Key 1] " + w.msg,
			"[Key 1] [License] " + w.msg,
			"[License] [License] " + w.msg,
			"[License] [Key 0] " + w.msg,
			"[License] [Key 01] " + w.msg,
			"[License] [Key] " + w.msg,
			"[License] [Key ] " + w.msg,
			"[License] [Key 1]" + w.msg,
			"[License] [Key -1] " + w.msg,
			"[License] [Key 1] [Key 2] " + w.msg,
			"[License] [Cache] " + w.msg,
			w.msg + " [License]",
			w.msg + ".[Cache] Cache not found.",
		} {
			if captureGrammar.MatchString(wantMessage(in)) || mismatchGrammar.MatchString(wantMessage(in)) || in == w.msg {
				continue // a text with something after it that it may have: TestCaptureTime, TestWebForms
			}
			got := FromMessage(in)
			e, ok := got.(*Error)
			if !ok || !errors.Is(got, ErrUnknown) || e.Message() != wantMessage(in) {
				t.Errorf("FromMessage(%q) = %#v, want an unknown error keeping %q", in, got, wantMessage(in))
			}
		}
	}
}

// A C buffer reused across calls holds an older, longer message after the
// NUL: C reads it only up to the NUL, and so does every intake here.
func TestReusedBuffer(t *testing.T) {
	var buf [256]byte
	copy(buf[:], "License quota exceeded by request count.")
	copy(buf[:], "License has expired.\x00")
	for _, err := range []error{
		FromMessage(string(buf[:])),
		FromProductMessage(-20111, string(buf[:])),
		FromOriginalMessage(111, string(buf[:])),
	} {
		if err != error(ErrLicenseExpired) {
			t.Errorf("a reused buffer gave %q, want %q", err, ErrLicenseExpired)
		}
	}
	copy(buf[:], "odd\x00")
	for _, err := range []error{FromMessage(string(buf[:])), FromProductMessage(-20111, string(buf[:])), FromProductMessage(-10005, string(buf[:]))} {
		if e := err.(*Error); e.Message() != "odd" || strings.Contains(err.Error(), "\\x00") || strings.Contains(err.Error(), "License") {
			t.Errorf("a reused buffer gave %q, Message %q", err, e.Message())
		}
	}
}

func TestTags(t *testing.T) {
	for in, want := range map[string]string{
		"[License] The license is invalid.":                      "The license is invalid.",
		"[License] [Key 1] The license is invalid.":              "The license is invalid.",
		"[License] [Key 907] The license is invalid.":            "The license is invalid.",
		"[License] DLS Connect Error. ErrorCode:7 HttpCode:0":    "DLS Connect Error. ErrorCode:7 HttpCode:0",
		"[License] [Key 2] odd":                                  "odd",
		"[License] ":                                             "",
		"[License] [Key 1] \r\n":                                 "",
		"[License]":                                              "[License]",
		"[License] [Key 1]":                                      "[Key 1]",
		"[License] [Key 1] \x00 [License] x":                     "",
		"[License]  x ":                                          " x",
		"[License] [Key 01] x":                                   "[Key 01] x",
		"[License] [Key 12":                                      "[Key 12",
		"[Barcode Reader] No license found. [License] [Key 1] x": "[Barcode Reader] No license found. [License] [Key 1] x",
	} {
		e := FromMessage(in).(*Error)
		if e.Message() != want || want != wantMessage(in) {
			t.Errorf("FromMessage(%q).Message() = %q, want %q (the test's reading: %q)", in, e.Message(), want, wantMessage(in))
		}
	}
}

func TestLicenseItem(t *testing.T) {
	for _, id := range []string{
		"LI-2024-0042", "", "with space", ` leading and trailing `, `a"b`, `\"`, "日本語のID",
		"\n\x1b[2J", "\xff\xfe", `" has been invalid.`, item113Prefix, "+item.getLicenseItemId()",
		strings.Repeat("x", 199), strings.Repeat("é", 101), strings.Repeat("\u2028", 1000),
	} {
		msg := item113Prefix + id + item113Suffix
		for _, err := range []error{
			FromMessage(msg),
			FromMessage(" " + msg + "\x00\x00"),
			FromMessage("[License] " + msg),
			FromOriginalMessage(113, msg),
			FromProductMessage(-20113, msg+strings.Repeat("\x00", 256)),
		} {
			e, ok := err.(*Error)
			if !ok || e.Code() != LicenseItemInvalid || e.LicenseItem() != id || e.Message() != msg || !errors.Is(err, ErrLicenseItemInvalid) {
				t.Errorf("113 with id %q: %#v", id, err)
				continue
			}
			if msg := unsafeText(err.Error()); msg != "" {
				t.Errorf("113 with id %q: Error() %q: %s", id, err.Error(), msg)
			}
			if len(id) <= maxQuoted {
				if want := `dls -20113 (113): This license item ` + strconv.Quote(id) + ` has been invalid.`; err.Error() != want {
					t.Errorf("Error() = %q, want %q", err.Error(), want)
				}
			} else if !strings.HasSuffix(err.Error(), "...("+strconv.Itoa(len(id))+" bytes) has been invalid.") {
				t.Errorf("Error() = %q, want the id cut and its length", err.Error())
			}
		}
		// The number decides: an id message with another code keeps that code.
		if e := FromOriginalMessage(111, msg).(*Error); e.Code() != LicenseExpired || e.LicenseItem() != "" || e.Message() != msg {
			t.Errorf("FromOriginalMessage(111, %q) = %#v", msg, e)
		}
	}
	for _, notItem := range []string{`This license item " has been invalid.`, `This license item "x" has been invalid`, `this license item "x" has been invalid.`} {
		if err := FromMessage(notItem); !errors.Is(err, ErrUnknown) {
			t.Errorf("FromMessage(%q) = %v, want unknown", notItem, err)
		}
	}
	// The list's own text names no item.
	if e := FromMessage(LicenseItemInvalid.Message()).(*Error); e != ErrLicenseItemInvalid || e.LicenseItem() != "" {
		t.Errorf("the list's 113 text gave %#v", e)
	}
}

func TestEveryNumber(t *testing.T) {
	var numbers []int
	for _, span := range [][2]int{{-20250, -19950}, {-10120, -9950}, {-30100, -30000}, {-5, 300}} {
		for n := span[0]; n <= span[1]; n++ {
			numbers = append(numbers, n)
		}
	}
	numbers = append(numbers, math.MinInt, math.MinInt+1, math.MaxInt, math.MaxInt-1, math.MinInt32, math.MaxInt32,
		math.MinInt>>20, math.MaxInt>>20, 20100, 20111, 20151, 20200, 10003)
	for _, n := range numbers {
		checkNumber(t, n)
	}
}

// checkNumber states everything FromOriginal and FromProduct promise for n.
func checkNumber(t testing.TB, n int) {
	t.Helper()
	o, p := FromOriginal(n), FromProduct(n)
	if n == 0 {
		if o != nil || p != nil {
			t.Fatalf("0 gave %v, %v; want nil", o, p)
		}
		return
	}
	// Both read a number by its sign, so they agree.
	if o != p && (!reflect.DeepEqual(o, p) || o.Error() != p.Error()) {
		t.Fatalf("FromOriginal(%d) = %#v, FromProduct %#v", n, o, p)
	}
	code, product, original := numberCode(n)
	c, known := promiseOf(int(code))
	switch {
	case isTwoMeanings(n):
		checkUnknown(t, p, 0, dlsPrefix(n, 0)+"ambiguous code")
	case notLicenseTexts()[n] != nil:
		text := notLicenseTexts()[n][0]
		if e, ok := p.(*Error); !ok || !errors.Is(p, ErrNotLicense) || CodeOf(p) != 0 || e.Message() != text || ClassOf(p) != ClassNotLicense ||
			p.Error() != dlsPrefix(n, 0)+"not a license error: "+text || !matchesExactlyOne(p) {
			t.Fatalf("FromProduct(%d) = %#v, want not a license error with %q", n, p, text)
		}
	case known:
		if p != error(c.sentinel) {
			t.Fatalf("FromProduct(%d) = %v, want %v", n, p, c.sentinel)
		}
		return
	default:
		checkUnknown(t, p, code, dlsPrefix(product, original)+"unknown code")
	}
	if got := p.(*Error).Product(); got != product {
		t.Fatalf("FromProduct(%d).Product() = %d, want %d", n, got, product)
	}
}

// numberCode reads a number by its sign, as the package doc says: a positive
// one is the server's original code, a negative one an SDK's number, which
// in -20199 to -20100 is the server's code as the SDK reports it. It returns
// the Code, and the product and original numbers that exist, 0 for none.
func numberCode(n int) (code Code, product, original int) {
	switch {
	case -20199 <= n && n <= -20100:
		return Code(-20000 - n), n, -20000 - n
	case n < 0:
		return Code(n), n, 0
	case 100 <= n && n <= 199:
		return Code(n), -20000 - n, n
	}
	return Code(n), 0, n
}

// isTwoMeanings reports whether n is one of the numbers of twoMeaningsTable.
func isTwoMeanings(n int) bool {
	for _, line := range strings.Split(strings.TrimSpace(twoMeaningsTable), "\n")[2:] {
		if cells(line)[0] == strconv.Itoa(n) {
			return true
		}
	}
	return false
}

// wantCode is the code of number n given with message msg: the number's,
// but for a number of two meanings without its Barcode Reader 9 text, and a
// number that is not about the license, which has no code.
func wantCode(n int, msg string) Code {
	code, _, _ := numberCode(n)
	switch {
	case isTwoMeanings(n):
		if r := readIndependently(msg, false); r.code == code && (r.what == "wording" || r.what == "advice") {
			return code // Barcode Reader 9's text
		}
		return 0
	case notLicenseTexts()[n] != nil:
		return 0
	}
	return code
}

func checkUnknown(t testing.TB, err error, code Code, text string) {
	t.Helper()
	e, ok := err.(*Error)
	if !ok || e == nil || !errors.Is(err, ErrUnknown) || CodeOf(err) != code || e.Code().Known() || err.Error() != text || !matchesExactlyOne(err) {
		t.Fatalf("got %#v (%v), want an unknown error with code %d and text %q", err, err, code, text)
	}
}

// matchesExactlyOne reports whether the *Error in err matches, through its
// own Is, exactly one of the code sentinels, ErrUnknown and ErrNotLicense,
// and its cause too, if it has one.
func matchesExactlyOne(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	n := 0
	if e.Is(ErrUnknown) {
		n++
	}
	if e.Is(ErrNotLicense) {
		n++
	}
	for _, c := range contract {
		if e.Is(c.sentinel) {
			n++
		}
	}
	if cause := e.Unwrap(); cause != nil && !matchesExactlyOne(cause) {
		return false
	}
	return n == 1
}

func TestCodeAndMessage(t *testing.T) {
	item := item113Prefix + "LI-7" + item113Suffix
	connect := "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found."
	for _, tc := range []struct {
		product bool
		number  int
		msg     string
		code    Code
		is, not []error
		message string
		text    string
	}{
		{false, 111, "", LicenseExpired, []error{ErrLicenseExpired}, []error{ErrIPLicenseExpired}, "License has expired.", "dls -20111 (111): License has expired."},
		{false, 111, " \x00", LicenseExpired, []error{ErrLicenseExpired}, []error{ErrIPLicenseExpired}, "License has expired.", "dls -20111 (111): License has expired."},
		{false, 111, "License for this ip has expired.", LicenseExpired, []error{ErrLicenseExpired, ErrIPLicenseExpired}, nil, "License for this ip has expired.", "dls -20111 (111): License for this ip has expired."},
		{true, -20111, "[License] [Key 1] License for this ip has expired.", LicenseExpired, []error{ErrIPLicenseExpired}, nil, "License for this ip has expired.", "dls -20111 (111): License for this ip has expired."},
		{true, -20111, "License expired for this IP address.\x00\x00\x00", LicenseExpired, []error{ErrIPLicenseExpired}, []error{ErrUnknown}, "License expired for this IP address.", "dls -20111 (111): License expired for this IP address."},
		{false, 111, "Cloned device detected.", LicenseExpired, []error{ErrLicenseExpired}, []error{ErrClonedDevice, ErrIPLicenseExpired}, "Cloned device detected.", `dls -20111 (111): "Cloned device detected."`},
		{true, -20100, "DLS refuses to provide service while under construction.", ServiceRefused, []error{ErrServiceRefused, ErrUnderConstruction}, nil, "DLS refuses to provide service while under construction.", "dls -20100 (100): DLS refuses to provide service while under construction."},
		{true, -20100, "", ServiceRefused, []error{ErrServiceRefused}, []error{ErrUnderConstruction}, "The standby DLS refuses to provide service while the main DLS is working.", "dls -20100 (100): The standby DLS refuses to provide service while the main DLS is working."},
		{true, -20111, "[License] [Key 1] \x00", LicenseExpired, []error{ErrLicenseExpired}, []error{ErrIPLicenseExpired}, "License has expired.", "dls -20111 (111): License has expired."},
		{false, 105, "Provided handShakeId is not compliant with version 1.5.", LicenseItemNotFound, []error{ErrLicenseItemNotFound, ErrHandshakeIDNotCompliant}, nil, "Provided handShakeId is not compliant with version 1.5.", "dls -20105 (105): Provided handShakeId is not compliant with version 1.5."},
		{false, 105, "License item does not exist.", LicenseItemNotFound, []error{ErrLicenseItemNotFound}, []error{ErrHandshakeIDNotCompliant}, "License item does not exist.", "dls -20105 (105): License item does not exist."},
		{true, -20113, item, LicenseItemInvalid, []error{ErrLicenseItemInvalid}, nil, item, `dls -20113 (113): This license item "LI-7" has been invalid.`},
		// An unknown number: the message it came with, if read, is its cause.
		{false, 999, "License has expired.", 999, []error{ErrUnknown, ErrLicenseExpired}, []error{ErrNotLicense}, "License has expired.", `dls 999: unknown code: License has expired.`},
		{false, 999, "[License] Cloned device? no", 999, []error{ErrUnknown}, []error{ErrClonedDevice}, "Cloned device? no", `dls 999: unknown code: "Cloned device? no"`},
		// Not about the license: its own text, or the text it came with.
		{true, -10005, "The file is not found.\x00", 0, []error{ErrNotLicense}, []error{ErrUnknown}, "The file is not found.", `dls -10005: not a license error: The file is not found.`},
		{true, -10005, "[License] The license is invalid.", 0, []error{ErrNotLicense}, []error{ErrUnknown, ErrLicenseInvalid}, "The license is invalid.", `dls -10005: not a license error: "The license is invalid."`},
		{true, -20110, "odd\r\ntext", 110, []error{ErrUnknown}, nil, "odd\r\ntext", `dls -20110 (110): unknown code: "odd\r\ntext"`},
		{true, 20111, "", 20111, []error{ErrUnknown}, nil, "", `dls 20111: unknown code`},
		// The SDK's own codes, as InitLicense returned them (sdk-license-client.md).
		{true, -20200, connect, FailedToReachDLS, []error{ErrFailedToReachDLS}, []error{ErrUnknown}, connect[len("[License] "):], `dls -20200: "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found."`},
		{true, -20003, "[License] Failed to synchronize license info with license server.", LicenseSyncFailed, []error{ErrLicenseSyncFailed}, nil, "Failed to synchronize license info with license server.", "dls -20003: Failed to synchronize license info with license server."},
		{true, -20003, "Invalid License.-ErrorCode:0-HttpCode:200-ReponseStr:<html>\n", LicenseSyncFailed, []error{ErrLicenseSyncFailed}, nil, "Invalid License.-ErrorCode:0-HttpCode:200-ReponseStr:<html>", `dls -20003: "Invalid License.-ErrorCode:0-HttpCode:200-ReponseStr:<html>"`},
		{true, -10003, "[License] [Key 1] The license is invalid.", LicenseInvalid, []error{ErrLicenseInvalid}, nil, "The license is invalid.", "dls -10003: The license is invalid."},
		{false, -10053, "[License] The license key is invalid.", LicenseKeyInvalid, []error{ErrLicenseKeyInvalid}, nil, "The license key is invalid.", "dls -10053: The license key is invalid."},
		{true, -20200, "The license is invalid.", FailedToReachDLS, []error{ErrFailedToReachDLS}, []error{ErrLicenseInvalid}, "The license is invalid.", `dls -20200: "The license is invalid."`},
	} {
		name := fmt.Sprintf("%v/%d/%q", tc.product, tc.number, tc.msg)
		var err error
		if tc.product {
			err = FromProductMessage(tc.number, tc.msg)
		} else {
			err = FromOriginalMessage(tc.number, tc.msg)
		}
		e, ok := err.(*Error)
		if !ok || e.Code() != tc.code || e.Message() != tc.message || err.Error() != tc.text || !matchesExactlyOne(err) {
			t.Errorf("%s = %#v: %q", name, err, err)
		}
		for _, target := range tc.is {
			if !errors.Is(err, target) {
				t.Errorf("%s does not match %v", name, target)
			}
		}
		for _, target := range tc.not {
			if errors.Is(err, target) {
				t.Errorf("%s matches %v", name, target)
			}
		}
	}
	for _, msg := range []string{"", "License has expired.", "anything"} {
		if FromOriginalMessage(0, msg) != nil || FromProductMessage(0, msg) != nil {
			t.Errorf("code 0 with %q is not nil", msg)
		}
	}
}

func TestDecodedText(t *testing.T) {
	for _, text := range []string{
		"", "S123-3000-25", "https://example.com/?q=1", "[Attention]", "[Attention(exceptionCode:-20111)",
		"[Attention(exceptionCode:-20111)]x", "[Attention(exceptionCode:)] x", "[Attention(exceptionCode: -20111)] x",
		"[Attention(exceptionCode:+20111)] x", "[Attention(exceptionCode:-020111)] x", "[Attention(exceptionCode:-0)] x",
		"[Attention(exceptionCode:99999999999999999999)] x", "[Attention(exceptionCode:0x10)] x", " [Attention(exceptionCode:-20111)] x",
		"[attention(exceptionCode:-20111)] x", "x[Attention(exceptionCode:-20111)] x", "[Attention(exceptionCode:-20111)]\tx",
		"[Attention(exceptionCode:2147483648)] x", "[Attention(exceptionCode:-2147483649)] x", "[Attention(exceptionCode:-3000000000)] x",
		"[Attention(exceptionCode:-)] x", "[Attention(exceptionCode:1-2)] x", "[Attention(exceptionCode:00)] x",
		"\x00[Attention(exceptionCode:-20111)] x", "[Attention(exceptionCode:-201\x0011)] x", "[Attention(exceptionCode:-20111)\x00] x",
	} {
		if err := FromDecodedText(text); err != nil {
			t.Errorf("FromDecodedText(%q) = %v, want nil: ordinary text", text, err)
		}
	}
	for text, want := range map[string]error{
		"[Attention(exceptionCode:-20111)] S**3000*25": ErrLicenseExpired,
		"[Attention(exceptionCode:-20111)] ":           ErrLicenseExpired,
		"[Attention(exceptionCode:-20111)]":            ErrLicenseExpired,
		"[Attention(exceptionCode:-10003)] ***":        ErrLicenseInvalid,
		"[Attention(exceptionCode:-20200)] a)] b":      ErrFailedToReachDLS,
		"[Attention(exceptionCode:-20151)] \n":         ErrClonedDevice,
		"[Attention(exceptionCode:-20109)] 9*9":        ErrEditionMismatch,
		"[Attention(exceptionCode:0)] x":               ErrUnknown,
		"[Attention(exceptionCode:-20111)]\x00stale":   ErrLicenseExpired, // a reused C buffer
	} {
		if got := FromDecodedText(text); got != want {
			t.Errorf("FromDecodedText(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]int{
		"[Attention(exceptionCode:-10014)] x": -10014, "[Attention(exceptionCode:-20150)] x": -20150, "[Attention(exceptionCode:20111)] x": 20111,
		"[Attention(exceptionCode:-2147483648)] x": math.MinInt32, "[Attention(exceptionCode:2147483647)] x": math.MaxInt32,
	} {
		err := FromDecodedText(text)
		code, product, original := numberCode(want)
		if e, ok := err.(*Error); !ok || !errors.Is(err, ErrUnknown) || e.Code() != code || e.Product() != product || e.Code().Original() != original {
			t.Errorf("FromDecodedText(%q) = %#v, want an unknown error keeping %d", text, err, want)
		}
	}
	// A masked result carries only license codes: a number of two meanings
	// is the license code, and a positive number a server's.
	for text, want := range map[string]error{
		"[Attention(exceptionCode:-10062)] x": ErrDBRPharmacodeLicenseInvalid, "[Attention(exceptionCode:-10058)] x": ErrDBRGS1DatabarLicenseInvalid,
		"[Attention(exceptionCode:111)] x": ErrLicenseExpired, "[Attention(exceptionCode:-10017)] *ODE**8": ErrDBROneDLicenseInvalid,
		"[Attention(exceptionCode:-30063)] x": ErrBarcodeReaderLicenseNotFound,
	} {
		if got := FromDecodedText(text); got != want {
			t.Errorf("FromDecodedText(%q) = %v, want %v", text, got, want)
		}
	}
}

// asOnly reaches a DLS error only through an As method, as some wrappers do.
type asOnly struct{ e *Error }

func (a asOnly) Error() string { return "via As" }
func (a asOnly) As(target any) bool {
	if p, ok := target.(**Error); ok {
		*p = a.e
		return true
	}
	return false
}

// asUnwrap has an As method and wraps another error besides.
type asUnwrap struct {
	asOnly
	inner error
}

func (a asUnwrap) Unwrap() error { return a.inner }

// isOnly claims, through an Is method, to be the errors it lists.
type isOnly []error

func (x isOnly) Error() string { return "via Is" }
func (x isOnly) Is(target error) bool {
	for _, e := range x {
		if e == target {
			return true
		}
	}
	return false
}

func layered(err error) error {
	return fmt.Errorf("license check: %w", fmt.Errorf("client: %w", fmt.Errorf("dls: %w", err)))
}

func TestWrapping(t *testing.T) {
	ip := FromMessage("License expired for this IP address.")
	standby := FromMessage("Service unavailable from standby DLS while primary DLS is operational.")
	other := errors.New("connection reset")
	var typedNil *Error
	for _, tc := range []struct {
		name   string
		err    error
		target error
		want   bool
		code   Code
	}{
		{"sentinel", ErrLicenseExpired, ErrLicenseExpired, true, LicenseExpired},
		{"three layers, code", layered(ip), ErrLicenseExpired, true, LicenseExpired},
		{"three layers, row", layered(ip), ErrIPLicenseExpired, true, LicenseExpired},
		{"row sentinel is of its code", ErrIPLicenseExpired, ErrLicenseExpired, true, LicenseExpired},
		{"code sentinel is not of a row", ErrLicenseExpired, ErrIPLicenseExpired, false, LicenseExpired},
		{"bare 100 is not under construction", layered(FromOriginal(100)), ErrUnderConstruction, false, ServiceRefused},
		{"under construction is service refused", layered(ErrUnderConstruction), ErrServiceRefused, true, ServiceRefused},
		{"standby wording is not under construction", layered(standby), ErrUnderConstruction, false, ServiceRefused},
		{"standby wording is service refused", layered(standby), ErrServiceRefused, true, ServiceRefused},
		{"join, second", errors.Join(other, layered(FromProduct(-20151))), ErrClonedDevice, true, ClonedDevice},
		{"join, first DLS error's code", errors.Join(other, FromOriginal(112), FromOriginal(120)), ErrLimitExceeded, true, LicenseNotYetEffective},
		{"join, miss", errors.Join(other, FromOriginal(151)), ErrLicenseExpired, false, ClonedDevice},
		{"two %w", fmt.Errorf("%w, then %w", other, FromProduct(-20120)), ErrLimitExceeded, true, LimitExceeded},
		{"join inside wrap inside join", errors.Join(layered(errors.Join(other, layered(ip)))), ErrIPLicenseExpired, true, LicenseExpired},
		{"SDK code, wrapped", layered(FromProductMessage(-20200, "[License] DLS Connect Error.")), ErrFailedToReachDLS, true, FailedToReachDLS},
		{"SDK code is not the server's", layered(FromProduct(-10004)), ErrLicenseExpired, false, LicenseKeyExpired},
		{"unknown, wrapped", layered(FromOriginal(999)), ErrUnknown, true, 999},
		{"unknown message, wrapped", layered(FromMessage("nope")), ErrUnknown, true, 0},
		{"unknown is no known code", layered(FromOriginal(999)), ErrLicenseExpired, false, 999},
		{"known is not unknown", layered(ErrLicenseExpired), ErrUnknown, false, LicenseExpired},
		{"other code", layered(ErrLicenseExpired), ErrLicenseNotYetEffective, false, LicenseExpired},
		{"received wording vs lookup", layered(FromMessage("License expired.")), FromOriginal(111), true, LicenseExpired},
		{"105 revised meaning", layered(FromMessage("Provided handShakeId is not compliant with version 1.5.")), ErrHandshakeIDNotCompliant, true, LicenseItemNotFound},
		{"105 by number is not the revised meaning", layered(FromOriginal(105)), ErrHandshakeIDNotCompliant, false, LicenseItemNotFound},
		{"non-DLS error", other, ErrUnknown, false, 0},
		{"non-DLS target", ErrLicenseExpired, other, false, LicenseExpired},
		{"nil", nil, ErrLicenseExpired, false, 0},
		{"reached through As", asOnly{asE(ErrLicenseNotYetEffective)}, ErrLicenseNotYetEffective, false, LicenseNotYetEffective},
		{"As that finds a nil *Error", asOnly{nil}, ErrUnknown, false, 0},
		{"same unknown number", layered(FromOriginal(999)), FromOriginalMessage(999, "text"), true, 999},
		{"same unknown number, both schemes", FromOriginal(110), FromProduct(-20110), true, 110},
		{"other unknown number", FromOriginal(999), FromOriginal(998), false, 999},
		{"the same number, both lookups", FromOriginal(999), FromProduct(999), true, 999},
		{"two meanings, other numbers", FromProduct(-10062), FromProduct(-10061), false, 0},
		{"two meanings, the same number", FromProduct(-10062), FromProductMessage(-10062, "Failed to call the function while capturing in progress."), true, 0},
		{"two meanings is not the license code", FromProduct(-10062), ErrDBRPharmacodeLicenseInvalid, false, 0},
		{"small numbers", FromProduct(-6), FromProduct(-5), false, -6},
		{"unknown messages", FromMessage("a"), FromMessage("a"), false, 0},
		{"same SDK number, unknown", FromProduct(-10014), FromProductMessage(-10014, "x"), true, -10014},
		{"same SDK number, both lookups", FromOriginal(-10014), FromProduct(-10014), true, -10014},
		{"other SDK number", FromProduct(-10014), FromProduct(-10015), false, -10014},
		{"same number, not a license error", FromProduct(-10005), FromProductMessage(-10005, "x"), true, 0},
		{"other number, not a license error", FromProduct(-10005), FromProduct(-10006), false, 0},
		{"not a license error", layered(FromProduct(-10005)), ErrNotLicense, true, 0},
		{"not a license error is not unknown", layered(FromProduct(-10005)), ErrUnknown, false, 0},
		// Where the rule that decides differs from errors.As (asDiffers).
		{"a nil *Error counts as none: the walk goes on", asUnwrap{asOnly{nil}, ErrClonedDevice}, ErrClonedDevice, true, ClonedDevice},
		{"a nil *Error in a join counts as none", errors.Join(other, fmt.Errorf("x: %w", typedNil), ErrLicenseExpired), ErrLicenseExpired, true, LicenseExpired},
		{"a nil *Error alone", fmt.Errorf("x: %w", typedNil), ErrUnknown, false, 0},
		{"a failure decides over a warning before it", errors.Join(ErrTrialLicense, ErrLicenseExpired), ErrTrialLicense, true, LicenseExpired},
		{"one that needs fixing decides over a retryable one", errors.Join(ErrFailedToReachDLS, ErrClonedDevice), ErrFailedToReachDLS, true, ClonedDevice},
		{"a license failure decides over an error that is not about the license", errors.Join(FromProduct(-10006), ErrLicenseExpired), ErrLicenseExpired, true, LicenseExpired},
		{"a retryable one decides over an unknown one", errors.Join(FromMessage("garbage"), ErrFailedToReachDLS), ErrFailedToReachDLS, true, FailedToReachDLS},
	} {
		if got := errors.Is(tc.err, tc.target); got != tc.want {
			t.Errorf("%s: errors.Is = %v, want %v", tc.name, got, tc.want)
		}
		if got := CodeOf(tc.err); got != tc.code {
			t.Errorf("%s: CodeOf = %v, want %v", tc.name, got, tc.code)
		}
		// CodeOf finds what errors.As finds, where one DLS error is in the
		// tree and no nil *Error before it.
		var e *Error
		if ok := errors.As(tc.err, &e); ok != (tc.err != nil && tc.name != "non-DLS error") ||
			e.Code() != CodeOf(tc.err) && !strings.Contains(tc.name, "nil *Error") && !strings.Contains(tc.name, "decides over") {
			t.Errorf("%s: errors.As = %v, %v; CodeOf %v", tc.name, ok, e, CodeOf(tc.err))
		}
		if d := ErrorOf(tc.err); d.Code() != CodeOf(tc.err) || ClassOf(tc.err) != d.class() {
			t.Errorf("%s: ErrorOf = %#v; CodeOf %v, ClassOf %v", tc.name, d, CodeOf(tc.err), ClassOf(tc.err))
		}
	}
}

// dlsPrefix is how Error() starts for an error with these numbers, 0 for
// none: the package doc's "Error format", written independently.
func dlsPrefix(product, original int) string {
	switch {
	case product != 0 && original != 0:
		return fmt.Sprintf("dls %d (%d): ", product, original)
	case product != 0:
		return fmt.Sprintf("dls %d: ", product)
	case original != 0:
		return fmt.Sprintf("dls %d: ", original)
	}
	return "dls: "
}

// maxErrorLen bounds Error() for any input: 200 quoted bytes escape to at most
// 800 characters, plus the fixed parts.
const maxErrorLen = 1024

// unsafeText says what is wrong with s as a line of a log, or "".
func unsafeText(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	for _, r := range s {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || !strconv.IsPrint(r) {
			return fmt.Sprintf("raw %U", r)
		}
	}
	in := false
	for i := 0; i < len(s); i++ {
		switch {
		case in && s[i] == '\\':
			i++
		case s[i] == '"':
			in = !in
		}
	}
	if in {
		return "unbalanced quotes"
	}
	if len(s) > maxErrorLen {
		return fmt.Sprintf("%d bytes long", len(s))
	}
	return ""
}

func TestErrorFormat(t *testing.T) {
	long := strings.Repeat("é", 150) // 300 bytes: cut at 200, on a character boundary
	for _, tc := range []struct {
		err  error
		want string
	}{
		{ErrLicenseExpired, "dls -20111 (111): License has expired."},
		{ErrIPLicenseExpired, "dls -20111 (111): License for this ip has expired."},
		{ErrClonedDevice, "dls -20151 (151): Cloned device detected."},
		{ErrLicenseItemInvalid, `dls -20113 (113): This license item "+item.getLicenseItemId()+" has been invalid.`},
		{ErrRequestQuotaExceeded, "dls -20130 (130): License quota exceeded by request count."},
		{ErrFailedToReachDLS, "dls -20200: Failed to reach License Server."},
		{ErrLicenseCacheUsed, "dls -20012: Online license validation failed due to network issues.Using cached license information for validation."},
		{ErrUnknown, "dls: unknown code"},
		{FromMessage("License expired."), "dls -20111 (111): License expired."},
		{FromMessage("Cannot connect to the License Server."), "dls -20200: Cannot connect to the License Server."},
		{FromMessage(item113Prefix + "LI-2024-0042" + item113Suffix), `dls -20113 (113): This license item "LI-2024-0042" has been invalid.`},
		{FromMessage(item113Prefix + "x\"\n" + item113Suffix), `dls -20113 (113): This license item "x\"\n" has been invalid.`},
		{FromOriginalMessage(111, "Some wording no list has published."), `dls -20111 (111): "Some wording no list has published."`},
		{FromOriginal(110), "dls -20110 (110): unknown code"},
		{FromOriginal(999), "dls 999: unknown code"},
		{FromOriginal(-5), "dls -5: unknown code"},
		{FromProduct(-10004), "dls -10004: The license has expired."},
		{FromProduct(-10014), "dls -10014: unknown code"},
		{FromProduct(-10006), "dls -10006: not a license error: The file type is not supported."},
		{FromProductMessage(-10006, "x\ny"), `dls -10006: not a license error: "x\ny"`},
		{FromMessage("The custom module size is invalid."), "dls: not a license error: The custom module size is invalid."},
		{ErrNotLicense, "dls: not a license error"},
		{FromProductMessage(-2800, "[License] The license key is invalid."), "dls -2800: unknown code: The license key is invalid."},
		{FromProductMessage(-2800, "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."), `dls -2800: unknown code: "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."`},
		{FromMessage("DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."), `dls -20200: "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."`},
		{FromMessage("Please upgrade your browser to support online key."), "dls: Please upgrade your browser to support online key."},
		{FromMessage("License mismatch: Product\n"), `dls: License mismatch: "Product"`},
		// An appended message the package does not read is written, quoted.
		{FromProductMessage(-30063, "[Barcode Reader] No license found. [License] The license server said no.\nlevel=ERROR"),
			`dls -30063: [Barcode Reader] No license found. "[License] The license server said no.\nlevel=ERROR"`},
		{FromMessage("[License] [Key 1] The license is invalid."), "dls -10003: The license is invalid."},
		{FromMessage("[Barcode Reader] No license found."), `dls -30063: [Barcode Reader] No license found.`},
		{FromMessage("line one\nINFO forged line\r\x1b[31m\u2028\u2029\u0085\x85\x7f\"\u202e"), `dls: unknown code: "line one\nINFO forged line\r\x1b[31m\u2028\u2029\u0085\x85\x7f\"\u202e"`},
		{FromMessage(""), `dls: unknown code: ""`},
		{FromMessage(long), `dls: unknown code: "` + strings.Repeat("é", 100) + `"...(300 bytes)`},
		{FromMessage("x" + long), `dls: unknown code: "x` + strings.Repeat("é", 99) + `"...(301 bytes)`},
		{FromMessage(strings.Repeat("\a", 201)), `dls: unknown code: "` + strings.Repeat(`\a`, 200) + `"...(201 bytes)`},
		{FromMessage(strings.Repeat("a", 200)), `dls: unknown code: "` + strings.Repeat("a", 200) + `"`},
		{FromMessage("x" + strings.Repeat("日", 70)), `dls: unknown code: "x` + strings.Repeat("日", 66) + `"...(211 bytes)`},
		{FromMessage("xy" + strings.Repeat("日", 70)), `dls: unknown code: "xy` + strings.Repeat("日", 66) + `"...(212 bytes)`},
		{FromMessage(strings.Repeat("日", 70)), `dls: unknown code: "` + strings.Repeat("日", 66) + `"...(210 bytes)`},
		{FromMessage("x" + strings.Repeat("🔑", 60)), `dls: unknown code: "x` + strings.Repeat("🔑", 49) + `"...(241 bytes)`},
		{FromMessage("xyz" + strings.Repeat("🔑", 60)), `dls: unknown code: "xyz` + strings.Repeat("🔑", 49) + `"...(243 bytes)`},
		{FromMessage(strings.Repeat("\xff", 300)), `dls: unknown code: "` + strings.Repeat(`\xff`, 200) + `"...(300 bytes)`},
		// No character boundary near the cut: back up at most 3 bytes, as for valid UTF-8.
		{FromMessage(strings.Repeat("\x80", 300)), `dls: unknown code: "` + strings.Repeat(`\x80`, 197) + `"...(300 bytes)`},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q\n          want %q", got, tc.want)
		}
		if msg := unsafeText(tc.err.Error()); msg != "" {
			t.Errorf("Error() = %q: %s", tc.err.Error(), msg)
		}
	}
	// Accessors keep the whole text that Error cuts.
	if e := FromMessage(long).(*Error); e.Message() != long {
		t.Errorf("Message() = %q, want the whole text", e.Message())
	}
}

// hostileText generates text made of the pieces that break logs, and of the
// tags and wordings the package reads.
type hostileText string

func (hostileText) Generate(r *rand.Rand, size int) reflect.Value {
	pieces := []string{"\n", "\r", "\x00", "\x1b[2J", "\x85", "\u2028", "\u2029", "\u202e", `"`, `\`, "\xff", "\xe2\x80",
		"é", "日", "a", " ", "\t", "License has expired.", "The license is invalid.", item113Prefix, item113Suffix,
		"[License] ", "[Key 1] ", "[Key ", "] ", "[Attention(exceptionCode:", "-20111", ")] "}
	var b strings.Builder
	for n := r.Intn(4 * size); n > 0; n-- {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return reflect.ValueOf(hostileText(b.String()))
}

// checkText states what every error of a message must satisfy.
func checkText(t testing.TB, err error, received string) {
	t.Helper()
	e, ok := err.(*Error)
	if !ok || e == nil {
		t.Fatalf("%q gave %#v, want a *Error", received, err)
	}
	if msg := unsafeText(e.Error()); msg != "" {
		t.Fatalf("%q: Error() %q: %s", received, e.Error(), msg)
	}
	if !matchesExactlyOne(err) {
		t.Fatalf("%q: %v matches more or less than one sentinel", received, err)
	}
	// What was received, but for the documented normalization; by number
	// alone, the list's or the SDK's text. The browser's forms carry
	// another message, which checkReading holds to the test's reading.
	want := wantMessage(received)
	switch {
	case want == "" && e.Code().Known():
		want = e.Code().Message()
	case want == "" && e.notLicense && e.Product() != 0:
		want = notLicenseTexts()[e.Product()][0]
	}
	form := func() bool {
		return slices.Contains([]string{"authorization", "advice", "frame"}, readIndependently(received, true).what)
	}
	if e.Message() != want && !form() || !strings.Contains(e.Message(), e.LicenseItem()) {
		t.Fatalf("%q: Message %q, LicenseItem %q are not what was received", received, e.Message(), e.LicenseItem())
	}
	checkLogged(t, e)
}

// checkLogged states that e logs and marshals as one bounded line, with
// each number in the one field that says whose it is.
func checkLogged(t testing.TB, e *Error) {
	t.Helper()
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Error("x", Attr("dls", layered(e)))
	data, err := json.Marshal(e)
	if err != nil || !json.Valid(data) || strings.Count(buf.String(), "\n") != 1 || buf.Len() > 4*maxErrorLen || len(data) > 4*maxErrorLen {
		t.Fatalf("%q logs as %q and marshals as %s, %v", e.Message(), buf.String(), data, err)
	}
	var fields map[string]any
	if err := json.Unmarshal(data, &fields); err != nil {
		t.Fatal(err)
	}
	for cause := fields; cause != nil; cause, _ = cause["cause"].(map[string]any) {
		original, hasOriginal := cause["original_code"].(float64)
		product, hasProduct := cause["product_code"].(float64)
		if _, ok := cause["code"]; ok || hasOriginal && original <= 0 || hasProduct && product >= 0 || cause["name"] == nil || cause["class"] == nil {
			t.Fatalf("%q marshals as %s", e.Message(), data)
		}
	}
}

func TestHostileText(t *testing.T) {
	prop := func(h hostileText, pick uint8, n int16) bool {
		s := string(h)
		code := n // mostly a known code, whose errors quote unknown text
		if pick%4 != 0 {
			code = int16(contract[int(pick)%22].number)
		}
		item := item113Prefix + s + item113Suffix
		checkText(t, FromMessage(s), s)
		checkText(t, FromMessage(item), item)
		checkText(t, FromOriginalMessage(113, item), item)
		if code != 0 && code != -20000 { // FromProductMessage(0, s) is success
			o, p := FromOriginalMessage(int(code), s), FromProductMessage(-20000-int(code), s)
			checkText(t, o, s)
			checkText(t, p, s)
			_, product, _ := numberCode(-20000 - int(code))
			if CodeOf(p) != wantCode(-20000-int(code), s) || p.(*Error).Product() != product {
				t.Fatalf("%d with %q: codes %v and %v", code, s, CodeOf(o), CodeOf(p))
			}
		}
		if err := FromDecodedText(s); err != nil {
			checkText(t, err, "")
		}
		return true
	}
	if err := quick.Check(prop, &quick.Config{MaxCount: 3000}); err != nil {
		t.Fatal(err)
	}
}

var (
	sinkErr    error
	sinkCode   Code
	sinkString string
	sinkBool   bool
	sinkBytes  []byte
	sinkClass  Class
)

// TestAllocations measures every allocation claim of the docs and README.
func TestAllocations(t *testing.T) {
	wrapped := layered(FromMessage("License for this ip has expired."))
	buffer := "License has expired." + strings.Repeat("\x00", 236)
	item := item113Prefix + "LI-2024-0042" + item113Suffix
	// Every byte of the id escapes to 4 characters: Error's longest output.
	longest := FromMessage(item113Prefix + strings.Repeat("\x01", 1000) + item113Suffix)
	longText := FromMessage(strings.Repeat("a", 1000))
	viaAs := fmt.Errorf("x: %w", asOnly{asE(ErrLicenseExpired)})
	wrappedReport := layered(FromProductMessage(-30063, noLicenseBR+" "+connectReport))
	wrapped102 := authorization + "Session password is incorrect." + authorizationEndings[1]
	buf := make([]byte, 0, 64)
	var oneMeaning []Code
	for _, c := range contract {
		if !isTwoMeanings(c.number) {
			oneMeaning = append(oneMeaning, c.code)
		}
	}
	for _, tc := range []struct {
		name string
		max  float64
		f    func()
	}{
		{"FromOriginal, every known code but those of two meanings", 0, func() {
			for _, c := range oneMeaning {
				sinkErr = FromOriginal(int(c))
			}
		}},
		{"FromProduct, every known code but those of two meanings", 0, func() {
			for _, c := range oneMeaning {
				sinkErr = FromProduct(c.Product())
			}
		}},
		{"CodeOf three layers", 0, func() { sinkCode = CodeOf(wrapped) }},
		{"CodeOf through an As method", 1, func() { sinkCode = CodeOf(viaAs) }},
		{"Retryable three layers", 0, func() { sinkBool = Retryable(wrapped) }},
		{"Error on a sentinel", 0, func() { sinkString = ErrLicenseExpired.Error() }},
		{"Error on ErrUnknown", 0, func() { sinkString = ErrUnknown.Error() }},
		{"FromMessage, every wording", 0, func() {
			for i := range wordings {
				sinkErr = FromMessage(wordings[i].msg)
			}
		}},
		{"FromMessage, every wording tagged", 0, func() {
			for i := range tagged {
				sinkErr = FromMessage(tagged[i])
			}
		}},
		{"FromProductMessage, every wording tagged, but dlserr's own codes', which have no number", 0, func() {
			for i := range tagged {
				if !isOwn(wordings[i].code) {
					sinkErr = FromProductMessage(numberOf(wordings[i].code), tagged[i])
				}
			}
		}},
		{"FromMessage, padded C buffer", 0, func() { sinkErr = FromMessage(buffer) }},
		{"FromProductMessage, padded C buffer", 0, func() { sinkErr = FromProductMessage(-20111, buffer) }},
		{"FromDecodedText, ordinary text", 0, func() { sinkErr = FromDecodedText("S123-3000-25") }},
		{"FromDecodedText, text like the mark", 0, func() {
			sinkErr = FromDecodedText("[Attention(exceptionCode:99999999999)] x")
			sinkErr = FromDecodedText("[Attention(exceptionCode:abc)] x")
		}},
		{"FromDecodedText, masked", 0, func() { sinkErr = FromDecodedText("[Attention(exceptionCode:-20111)] S**3000*25") }},
		{"FromMessage, 113 with an id", 2, func() { sinkErr = FromMessage(item) }},
		{"FromOriginalMessage, 113 with an id", 2, func() { sinkErr = FromOriginalMessage(113, item) }},
		{"FromMessage, unknown text", 2, func() { sinkErr = FromMessage("nope") }},
		{"FromProductMessage, 113 with an id and another code", 2, func() { sinkErr = FromProductMessage(-20111, item) }},
		{"FromProductMessage, a report of the wire", 2, func() { sinkErr = FromProductMessage(-20200, connectReport) }},
		{"FromProductMessage, capture time, a known cause", 2, func() { sinkErr = FromProductMessage(-30063, noLicenseBR+" "+invalidKey) }},
		{"FromProductMessage, capture time, a report of the wire", 2, func() { sinkErr = FromProductMessage(-30063, noLicenseBR+" "+connectReport) }},
		{"FromMessage, capture time, a format tag", 2, func() { sinkErr = FromMessage("[Barcode Reader] [ONED] No license found.") }},
		{"FromProduct, a number of two meanings", 0, func() { sinkErr = FromProduct(-10062) }},
		{"FromProduct, every number that is not about the license", 0, func() {
			for n := range notLicenseTexts() {
				sinkErr = FromProduct(n)
			}
		}},
		{"FromMessage, every text of the browser", 0, func() {
			for _, w := range webTexts {
				sinkErr = FromMessage(w.msg)
			}
		}},
		{"FromMessage, the authorization template", 0, func() { sinkErr = FromMessage(wrapped102) }},
		{"FromMessage, a frame", 0, func() { sinkErr = FromMessage("[capture] [-30063] [Barcode Reader] No license found.") }},
		{"FromProductMessage, an unknown number with a known text", 2, func() { sinkErr = FromProductMessage(-2800, "[License] The license key is invalid.") }},
		{"MarshalJSON of a sentinel", 3, func() { sinkBytes, _ = asE(ErrIPLicenseExpired).MarshalJSON() }},
		{"MarshalJSON of a long text, cut", 3, func() { sinkBytes, _ = asE(longText).MarshalJSON() }},
		{"TransportOf, read once", 0, func() { _, sinkBool = TransportOf(wrappedReport) }},
		{"FromDecodedText, masked with a number of two meanings", 0, func() { sinkErr = FromDecodedText("[Attention(exceptionCode:-10062)] x") }},
		{"ClassOf, three layers", 0, func() { sinkBool = ClassOf(wrapped) == ClassLicense }},
		{"Licensed, three layers", 0, func() { sinkBool = Licensed(wrapped) }},
		{"TransportOf", 0, func() { _, sinkBool = TransportOf(wrappedReport) }},
		{"FromOriginal, unknown code", 1, func() { sinkErr = FromOriginal(999) }},
		{"FromOriginal and FromProduct, every server code no list has", 0, func() {
			for _, n := range []int{110, 116, 199, -20110, -20199} {
				sinkErr = FromOriginal(n)
				sinkErr = FromProduct(n)
			}
		}},
		{"Error of every number's own error", 0, func() {
			for n := minCode; n < minCode+codeSpan; n++ {
				sinkString = FromOriginal(n).Error()
			}
			for n := range notLicenseTexts() {
				sinkString = FromProduct(n).Error()
			}
			for _, c := range contract {
				if c.code.Product() != 0 {
					sinkString = FromProduct(c.code.Product()).Error()
				}
			}
		}},
		{"Error on 113 with the longest quoted id", 1, func() { sinkString = longest.Error() }},
		{"AppendText, known", 0, func() { sinkBytes, _ = LicenseExpired.AppendText(buf[:0]) }},
		{"AppendText, product range", 0, func() { sinkBytes, _ = Code(-20150).AppendText(buf[:0]) }},
		{"AppendText, unknown", 0, func() { sinkBytes, _ = Code(math.MinInt).AppendText(buf[:0]) }},
		{"ParseCode, number", 0, func() { sinkCode, _ = ParseCode("-20111") }},
	} {
		if got := testing.AllocsPerRun(100, tc.f); got > tc.max {
			t.Errorf("%s: %v allocations, want at most %v", tc.name, got, tc.max)
		}
	}
}

// tagged is every wording with the SDK's tags before it, as the SDK writes it.
var tagged = func() []string {
	out := make([]string, len(wordings))
	for i, w := range wordings {
		out[i] = "[License] [Key " + strconv.Itoa(1+i%3) + "] " + w.msg
	}
	return out
}()

// An error keeps a copy of its text, never the caller's buffer: 64 errors
// from 1 MiB buffers must not keep 64 MiB alive.
func TestRetainedMemory(t *testing.T) {
	const buffers, size = 64, 1 << 20
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	kept := make([]error, 0, 11*buffers)
	for i := 0; i < buffers; i++ {
		for _, msg := range []string{"hello", item113Prefix + "LI-7" + item113Suffix, "Invalid License.-ErrorCode:0-HttpCode:200-ReponseStr:hello"} {
			buf := make([]byte, size)
			copy(buf, msg)
			kept = append(kept, FromMessage(string(buf)), FromProductMessage(-10005, string(buf)), FromOriginalMessage(111, string(buf)))
		}
		// Trailing white space is no part of a message but of a body at its end.
		spaces := "hello" + strings.Repeat(" ", size)
		kept = append(kept, FromMessage(spaces), FromProductMessage(-10005, spaces))
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 8<<20 {
		t.Errorf("%d errors keep %d MiB alive", len(kept), grown>>20)
	}
	for _, err := range kept {
		if m := err.(*Error).Message(); m != "hello" && m != item113Prefix+"LI-7"+item113Suffix && m != "Invalid License.-ErrorCode:0-HttpCode:200-ReponseStr:hello" {
			t.Fatalf("kept %q", m)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	type result struct {
		text string
		code Code
	}
	want := make([]result, len(wordings))
	for i, w := range wordings {
		want[i] = result{FromMessage(w.msg).Error(), w.code}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for n := 0; n < 50; n++ {
				for i, w := range wordings {
					err := FromMessage(tagged[i])
					if got := (result{layered(err).Error()[len("license check: client: dls: "):], CodeOf(layered(err))}); got != want[i] {
						errs <- fmt.Sprintf("goroutine %d: %v, want %v", g, got, want[i])
						return
					}
					_ = FromProductMessage(numberOf(w.code), w.msg).(*Error).LogValue()
					text, _ := w.code.MarshalText()
					if c, err := ParseCode(string(text)); err != nil || c != w.code {
						errs <- fmt.Sprintf("ParseCode(%q) = %v, %v", text, c, err)
						return
					}
					if errors.Is(FromOriginal(g+100+n), ErrUnknown) == Code(g+100+n).Known() {
						errs <- fmt.Sprintf("FromOriginal(%d) is known and unknown alike", g+100+n)
						return
					}
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for msg := range errs {
		t.Error(msg)
	}
}
func TestText(t *testing.T) {
	for _, tc := range []struct {
		code Code
		text string
	}{
		{LicenseExpired, "LicenseExpired"},
		{ClonedDevice, "ClonedDevice"},
		{0, "0"},
		{110, "110"},
		{999, "999"},
		{-1, "-1"},
		{-20099, "-20099"},
		{-20100, "Code(-20100)"},
		{-20150, "Code(-20150)"},
		{-20194, "Code(-20194)"},
		{-20199, "LicenseMismatch"}, // dlserr's own: the product range, which no number reads as
		{-20200, "FailedToReachDLS"},
		{-20201, "-20201"},
		{-10004, "LicenseKeyExpired"},
		{-10005, "-10005"},
		{math.MinInt, strconv.Itoa(math.MinInt)},
	} {
		got, err := tc.code.MarshalText()
		if err != nil || string(got) != tc.text {
			t.Errorf("Code(%d).MarshalText() = %q, %v; want %q", int(tc.code), got, err, tc.text)
		}
	}
	// Every way of writing a code that ParseCode accepts.
	for in, want := range map[string]Code{
		"LicenseExpired": LicenseExpired, "111": LicenseExpired, "-20111": LicenseExpired, "Code(111)": LicenseExpired,
		"ServiceRefused": ServiceRefused, "-20100": ServiceRefused, "-20199": 199, "Code(-20199)": -20199,
		"999": 999, "Code(999)": 999, "-10004": -10004, "0": 0, "Code(0)": 0,
	} {
		if got, err := ParseCode(in); err != nil || got != want {
			t.Errorf("ParseCode(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "licenseexpired", "LICENSEEXPIRED", " LicenseExpired", "LicenseExpired ", "Code(", "Code()", "Code(x)",
		"Code(1", "1.5", "0x10", "1e2", " 111", "111\n", "+111", "0111", "-0", "Code(+5)", "Code(0111)", "Code(-0)", "Code( 1)", "99999999999999999999", "ErrLicenseExpired", "\x00", "\"111\""} {
		c := Code(7)
		got, err := ParseCode(in)
		if err == nil || got != 0 || !strings.Contains(err.Error(), strconv.Quote(in)) {
			t.Errorf("ParseCode(%q) = %v, %v; want an error quoting the input", in, got, err)
		}
		if err := c.UnmarshalText([]byte(in)); err == nil || c != 7 {
			t.Errorf("UnmarshalText(%q) = %v and set %v; want an error and no change", in, err, c)
		}
	}
	if _, err := ParseCode(strings.Repeat("x", 5000)); err == nil || len(err.Error()) > maxErrorLen {
		t.Errorf("ParseCode of 5000 bytes: error of %d bytes", len(err.Error()))
	}
}

// checkRoundTrip states that every text form of c reads back as c.
func checkRoundTrip(t testing.TB, c Code) {
	t.Helper()
	text, err := c.MarshalText()
	if err != nil {
		t.Fatalf("Code(%d).MarshalText: %v", int(c), err)
	}
	var back Code
	if err := back.UnmarshalText(text); err != nil || back != c {
		t.Fatalf("Code(%d) -> %q -> %v, %v", int(c), text, back, err)
	}
	if got, err := ParseCode(c.String()); err != nil || got != c {
		t.Fatalf("ParseCode(%q) = %v, %v; want %d", c.String(), got, err, int(c))
	}
	data, err := json.Marshal(map[Code]Code{c: c})
	if err != nil {
		t.Fatalf("json.Marshal(Code(%d)): %v", int(c), err)
	}
	var m map[Code]Code
	if err := json.Unmarshal(data, &m); err != nil || len(m) != 1 || m[c] != c {
		t.Fatalf("JSON %s -> %v, %v; want %d", data, m, err, int(c))
	}
}

func TestTextRoundTrip(t *testing.T) {
	for n := -20300; n <= 300; n++ {
		checkRoundTrip(t, Code(n))
	}
	for _, n := range []int{math.MinInt, math.MinInt + 1, math.MaxInt, math.MinInt32, math.MaxInt32} {
		checkRoundTrip(t, Code(n))
	}
	if err := quick.Check(func(n int) bool { checkRoundTrip(t, Code(n)); return true }, &quick.Config{MaxCount: 2000}); err != nil {
		t.Fatal(err)
	}
}

func TestJSON(t *testing.T) {
	var v struct {
		Code Code `json:"code"`
	}
	for in, want := range map[string]Code{
		`{"code":"LicenseExpired"}`: LicenseExpired, `{"code":111}`: LicenseExpired, `{"code":-20111}`: LicenseExpired,
		`{"code":"-20111"}`: LicenseExpired, `{"code":"\u004cicenseExpired"}`: LicenseExpired, `{"code":999}`: 999,
		`{"code":"Code(-20150)"}`: -20150, `{"code":-20150}`: 150, `{"code":0}`: 0,
	} {
		v.Code = 7
		if err := json.Unmarshal([]byte(in), &v); err != nil || v.Code != want {
			t.Errorf("%s -> %v, %v; want %v", in, v.Code, err, want)
		}
	}
	v.Code = ClonedDevice
	if err := json.Unmarshal([]byte(`{"code":null}`), &v); err != nil || v.Code != ClonedDevice {
		t.Errorf("null -> %v, %v; want it unchanged", v.Code, err)
	}
	for _, in := range []string{`{"code":"nope"}`, `{"code":1.5}`, `{"code":1e2}`, `{"code":true}`, `{"code":{}}`, `{"code":[]}`, `{"code":"Code(x)"}`, `{"code":99999999999999999999}`} {
		v.Code = 7
		if err := json.Unmarshal([]byte(in), &v); err == nil || v.Code != 7 {
			t.Errorf("%s -> %v, %v; want an error and no change", in, v.Code, err)
		}
	}
	for _, in := range []string{"", "+1", "abc", `"unterminated`, "-", "nul"} {
		c := Code(7)
		if err := c.UnmarshalJSON([]byte(in)); err == nil || c != 7 || !strings.Contains(err.Error(), strconv.Quote(in)) {
			t.Errorf("UnmarshalJSON(%q) = %v and set %v", in, err, c)
		}
	}
	out, err := json.Marshal(struct{ A, B Code }{LicenseExpired, 999})
	if err != nil || string(out) != `{"A":"LicenseExpired","B":"999"}` {
		t.Errorf("json.Marshal = %s, %v", out, err)
	}
}

func TestCodes(t *testing.T) {
	got := Codes()
	if len(got) != len(contract) {
		t.Fatalf("Codes() has %d codes, want %d", len(got), len(contract))
	}
	for i, c := range contract {
		// The server's ascending, then the SDK's descending, then dlserr's
		// own ascending.
		server, sdk := func(c Code) bool { return c > 0 }, func(c Code) bool { return c < 0 && !isOwn(c) }
		ordered := i == 0 || server(got[i]) && server(got[i-1]) && got[i] > got[i-1] || sdk(got[i]) && (server(got[i-1]) || got[i] < got[i-1]) ||
			isOwn(got[i]) && !server(got[i-1])
		if got[i] != c.code || !ordered {
			t.Errorf("Codes()[%d] = %v, want %v in the documented order", i, got[i], c.code)
		}
		if c.code.String() != c.name || int(c.code) != c.number || c.code.Class() != c.class || CodeOf(c.sentinel) != c.code || FromProduct(c.code.Product()) != error(c.sentinel) && !isTwoMeanings(c.number) && !isOwn(c.code) {
			t.Errorf("%d: String %q, Class %v, sentinel code %v; want %q, %v", c.number, c.code.String(), c.code.Class(), CodeOf(c.sentinel), c.name, c.class)
		}
	}
	got[0] = 42
	if Codes()[0] != ServiceRefused {
		t.Error("Codes() shares its slice between calls")
	}
	for _, c := range []Code{0, 99, 110, 116, 125, 131, 150, 152, 199, 200, -1, -111, -10005, -20015, -20111, -20194, -20201, 1001, math.MinInt, math.MaxInt} {
		if c.Known() || c.String() != "Code("+strconv.Itoa(int(c))+")" || c.Message() != "" || c.Class() != ClassUnknown {
			t.Errorf("Code(%d): Known %v, String %q, Message %q, Class %v", int(c), c.Known(), c.String(), c.Message(), c.Class())
		}
	}
	for c, want := range map[Code][2]int{100: {100, -20100}, 110: {110, -20110}, 199: {199, -20199}, 99: {99, 0}, 200: {200, 0}, 0: {0, 0},
		-20111: {0, 0}, -20100: {0, 0}, -20199: {0, 0}, -20200: {0, -20200}, -20099: {0, -20099}, -10005: {0, -10005}, -1: {0, -1},
		math.MinInt: {0, math.MinInt}, math.MaxInt: {math.MaxInt, 0}, EnhancedFeaturesLicenseNotFound: {0, 0}, 1001: {1001, 0}} {
		if o, p := c.Original(), c.Product(); o != want[0] || p != want[1] {
			t.Errorf("Code(%d): Original %d, Product %d; want %d, %d", int(c), o, p, want[0], want[1])
		}
	}
}

func TestClass(t *testing.T) {
	names := map[Class]string{ClassUnknown: "Unknown", ClassUnavailable: "Unavailable", ClassHandshake: "Handshake", ClassMismatch: "Mismatch",
		ClassLicense: "License", ClassQuota: "Quota", ClassSecurity: "Security", ClassWarning: "Warning", ClassInstallation: "Installation",
		ClassUsage: "Usage", ClassNotLicense: "NotLicense", 11: "Class(11)", -1: "Class(-1)", math.MinInt: "Class(" + strconv.Itoa(math.MinInt) + ")"}
	for k, want := range names {
		text, err := k.MarshalText()
		if got := k.String(); got != want || string(text) != want || err != nil {
			t.Errorf("Class(%d): String %q, MarshalText %q, %v; want %q", int(k), got, text, err, want)
		}
		if back, err := ParseClass(want); back != k || err != nil {
			t.Errorf("ParseClass(%q) = %v, %v; want %v", want, back, err, k)
		}
		var back Class
		if err := back.UnmarshalText(text); back != k || err != nil {
			t.Errorf("UnmarshalText(%q) = %v, %v", text, back, err)
		}
	}
	for _, in := range []string{"", "quota", "ClassQuota", " Quota", "Quota ", "Class(", "Class()", "Class(07)", "Class(+1)", "Class(x)", "3",
		"Class(0)", "Class(5)", "Class(9)", "Class(10)", "notlicense", "NotLicense "} {
		k := ClassSecurity
		if got, err := ParseClass(in); got != 0 || err == nil || !strings.Contains(err.Error(), strconv.Quote(in)) {
			t.Errorf("ParseClass(%q) = %v, %v; want an error quoting it", in, got, err)
		}
		if err := k.UnmarshalText([]byte(in)); err == nil || k != ClassSecurity {
			t.Errorf("UnmarshalText(%q) set %v, %v", in, k, err)
		}
	}
	// In JSON, by name, both ways: configuration can name the classes to page on.
	var cfg struct {
		Page []Class `json:"page"`
	}
	if err := json.Unmarshal([]byte(`{"page":["Security","Quota","Class(12)"]}`), &cfg); err != nil || !reflect.DeepEqual(cfg.Page, []Class{ClassSecurity, ClassQuota, 12}) {
		t.Errorf("JSON gave %v, %v", cfg.Page, err)
	}
	if out, err := json.Marshal(cfg); err != nil || string(out) != `{"page":["Security","Quota","Class(12)"]}` {
		t.Errorf("json.Marshal = %s, %v", out, err)
	}
	var zero Class
	if zero != ClassUnknown {
		t.Error("the zero Class is not ClassUnknown")
	}
}

// isAndAs unwraps to one DLS error and hands out another through As: the
// tree errors.Is walks holds the first.
type isAndAs struct {
	asOnly
	inner error
}

func (x isAndAs) Unwrap() error { return x.inner }

func TestRetryable(t *testing.T) {
	for _, c := range contract {
		want := c.class == ClassUnavailable || c.class == ClassQuota
		if got := Retryable(layered(c.sentinel)); got != want {
			t.Errorf("Retryable(%v) = %v, want %v", c.code, got, want)
		}
	}
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{nil, false},
		{errors.New("timeout"), false},
		{FromOriginal(999), false},
		{FromMessage("nope"), false},
		{FromProduct(-10006), false},
		{layered(ErrUnderConstruction), true},
		{layered(FromMessage("License quota exceeded by request count.")), true},
		{layered(FromProductMessage(-20200, "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.")), true},
		{layered(FromProductMessage(-20003, "DLS Connect Error.-ErrorCode:7-HttpCode:0-ReponseStr:")), true},
		{layered(FromProductMessage(-2800, "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.")), true},
		{layered(FromProduct(-20012)), false},
		// One error that needs fixing makes retrying pointless.
		{errors.Join(errors.New("io"), ErrLicenseExpired, layered(FromProduct(-20120))), false},
		{errors.Join(errors.New("io"), ErrTrialLicense, layered(FromProduct(-20120))), true},
		{errors.Join(ErrLicenseExpired, ErrClonedDevice), false},
		// As methods count as Unwrap does; an Is method alone hands out nothing.
		{isAndAs{asOnly{asE(ErrLicenseExpired)}, ErrLimitExceeded}, false},
		{isAndAs{asOnly{asE(ErrTrialLicense)}, ErrLimitExceeded}, true},
		{fmt.Errorf("x: %w", isOnly{ErrUnderConstruction}), false},
		{asOnly{asE(ErrLimitExceeded)}, true},
		{errors.Join(fmt.Errorf("x: %w", (*Error)(nil)), ErrFailedToReachDLS), true},
	} {
		if got := Retryable(tc.err); got != tc.want || got != isRetryable(ClassOf(tc.err)) {
			t.Errorf("Retryable(%v) = %v, ClassOf %v; want %v", tc.err, got, ClassOf(tc.err), tc.want)
		}
	}
}

// logged returns what slog's JSON handler writes for attr, as a map.
func logged(t *testing.T, attr slog.Attr) (map[string]any, string) {
	t.Helper()
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey || a.Key == slog.LevelKey || a.Key == slog.MessageKey {
			return slog.Attr{}
		}
		return a
	}})).Error("license check failed", attr)
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil || strings.Count(buf.String(), "\n") != 1 {
		t.Fatalf("logged %q: %v", buf.String(), err)
	}
	return got, buf.String()
}

// logCase is an error and the fields LogValue and MarshalJSON give it.
type logCase struct {
	err  *Error
	want map[string]any
}

// logCases returns the cases, built when the package's tables are.
func logCases() []logCase {
	return []logCase{
		{asE(ErrLicenseExpired), map[string]any{"original_code": 111.0, "product_code": -20111.0, "name": "LicenseExpired", "class": "License", "message": "License has expired."}},
		{FromMessage("License for this ip has expired.").(*Error), map[string]any{"original_code": 111.0, "product_code": -20111.0, "name": "LicenseExpired", "row": "IPLicenseExpired",
			"class": "License", "message": "License for this ip has expired."}},
		{FromMessage("Provided handShakeId is not compliant with version 1.5.").(*Error), map[string]any{"original_code": 105.0, "product_code": -20105.0, "name": "LicenseItemNotFound",
			"row": "HandshakeIDNotCompliant", "class": "Handshake", "message": "Provided handShakeId is not compliant with version 1.5."}},
		{asE(ErrUnderConstruction), map[string]any{"original_code": 100.0, "product_code": -20100.0, "name": "ServiceRefused", "row": "UnderConstruction", "class": "Unavailable",
			"message": "DLS refuses to provide service while under construction."}},
		{FromMessage(item113Prefix + "LI\n\"7\"" + item113Suffix).(*Error), map[string]any{"original_code": 113.0, "product_code": -20113.0, "name": "LicenseItemInvalid",
			"class": "License", "message": item113Prefix + "LI\n\"7\"" + item113Suffix, "license_item": "LI\n\"7\""}},
		{FromMessage(item113Prefix + item113Suffix).(*Error), map[string]any{"original_code": 113.0, "product_code": -20113.0, "name": "LicenseItemInvalid",
			"class": "License", "message": item113Prefix + item113Suffix, "license_item": ""}},
		{FromMessage(item113Prefix + strings.Repeat("é", 300) + item113Suffix).(*Error), map[string]any{"original_code": 113.0, "product_code": -20113.0, "name": "LicenseItemInvalid",
			"class": "License", "message": item113Prefix + strings.Repeat("é", 90), "message_len": 638.0, "license_item": strings.Repeat("é", 100), "license_item_len": 600.0}},
		{FromProductMessage(-20200, "[License] DLS Connect Error.\n").(*Error), map[string]any{"product_code": -20200.0, "name": "FailedToReachDLS",
			"class": "Unavailable", "message": "DLS Connect Error."}},
		{FromProductMessage(-10014, "time=x level=ERROR msg=forged\n").(*Error), map[string]any{"product_code": -10014.0, "name": "Unknown",
			"class": "Unknown", "message": "time=x level=ERROR msg=forged"}},
		{FromOriginal(117).(*Error), map[string]any{"original_code": 117.0, "product_code": -20117.0, "name": "Unknown", "class": "Unknown", "message": ""}},
		{FromProduct(20111).(*Error), map[string]any{"original_code": 20111.0, "name": "Unknown", "class": "Unknown", "message": ""}},
		{FromDecodedText("[Attention(exceptionCode:111)] x").(*Error), map[string]any{"original_code": 111.0, "product_code": -20111.0, "name": "LicenseExpired", "class": "License", "message": "License has expired."}},
		{FromProduct(-10062).(*Error), map[string]any{"product_code": -10062.0, "name": "Unknown", "class": "Unknown", "message": ""}},
		{FromMessage("nope").(*Error), map[string]any{"name": "Unknown", "class": "Unknown", "message": "nope"}},
		{FromMessage(strings.Repeat("A", 1<<20)).(*Error), map[string]any{"name": "Unknown", "class": "Unknown", "message": strings.Repeat("A", 200), "message_len": float64(1 << 20)}},
		{FromMessage(strings.Repeat("B", 200)).(*Error), map[string]any{"name": "Unknown", "class": "Unknown", "message": strings.Repeat("B", 200)}},
		{FromProductMessage(-10005, "time=x level=ERROR msg=forged\n").(*Error), map[string]any{"product_code": -10005.0, "name": "NotLicense",
			"class": "NotLicense", "message": "time=x level=ERROR msg=forged"}},
		{FromProduct(-10006).(*Error), map[string]any{"product_code": -10006.0, "name": "NotLicense", "class": "NotLicense", "message": "The file type is not supported."}},
		{FromMessage("Require https to use online key in this browser.").(*Error), map[string]any{"name": "HTTPSRequired", "class": "Usage", "message": "Require https to use online key in this browser."}},
		{FromProductMessage(-2800, "[License] The license key is invalid.").(*Error), map[string]any{"product_code": -2800.0, "name": "Unknown", "class": "License",
			"message": "The license key is invalid.", "cause": map[string]any{"product_code": -10053.0, "name": "LicenseKeyInvalid", "class": "License", "message": "The license key is invalid."}}},
		// The bare 113 and the browser's other template have no item.
		{asE(ErrLicenseItemInvalid), map[string]any{"original_code": 113.0, "product_code": -20113.0, "name": "LicenseItemInvalid", "class": "License", "message": asE(ErrLicenseItemInvalid).Message()}},
		{FromMessage("License mismatch: x.").(*Error), map[string]any{"name": "LicenseMismatch", "class": "Mismatch", "message": "License mismatch: x."}},
	}
}

func TestLogValue(t *testing.T) {
	for _, tc := range logCases() {
		got, line := logged(t, slog.Any("err", tc.err))
		if !reflect.DeepEqual(got["err"], tc.want) {
			t.Errorf("logged %s, want %v", line, tc.want)
		}
		if len(line) > 2*maxErrorLen {
			t.Errorf("a log line of %d bytes", len(line))
		}
		var buf bytes.Buffer
		slog.New(slog.NewTextHandler(&buf, nil)).Error("x", "err", tc.err)
		if strings.Count(buf.String(), "\n") != 1 || buf.Len() > 2*maxErrorLen || strings.Contains(buf.String(), "code=0 ") || strings.Contains(buf.String(), "Code(0)") {
			t.Errorf("text handler wrote %q", buf.String())
		}
	}
}

func TestMarshalJSON(t *testing.T) {
	for _, tc := range logCases() {
		data, err := json.Marshal(tc.err)
		var got map[string]any
		if err != nil || json.Unmarshal(data, &got) != nil || !reflect.DeepEqual(got, tc.want) || len(data) > 2*maxErrorLen {
			t.Errorf("json.Marshal = %s, %v; want %v", data, err, tc.want)
		}
		// The fields come in the order LogValue logs them.
		logged, _ := logged(t, slog.Any("err", tc.err))
		var order []string
		for _, a := range tc.err.LogValue().Group() {
			order = append(order, a.Key)
		}
		if keys := jsonKeys(t, data); !reflect.DeepEqual(keys, order) || len(logged["err"].(map[string]any)) != len(keys) {
			t.Errorf("JSON keys %q, LogValue keys %q", keys, order)
		}
	}
	// As a field of a response, through the error interface.
	out, err := json.Marshal(struct {
		Err error `json:"err"`
	}{ErrLicenseExpired})
	if err != nil || string(out) != `{"err":{"original_code":111,"product_code":-20111,"name":"LicenseExpired","class":"License","message":"License has expired."}}` {
		t.Errorf("json.Marshal = %s, %v", out, err)
	}
	// Every byte, alone and around valid and broken UTF-8 (and U+FFFD
	// itself, which is written as it is, unlike a broken byte), written as
	// encoding/json writes it since Go 1.22.
	before122 := strings.NewReplacer(`\u0008`, `\b`, `\u000c`, `\f`)
	samples := []string{"", "\u2028\u2029", "é€😀", "\ufffd", "\xe2\x80", "\xf0\x9f\x98", "\xed\xa0\x80", "\xc0\xaf", "\xff\xfe"}
	for b := 0; b < 256; b++ {
		samples = append(samples, "a"+string([]byte{byte(b)})+"z", string([]byte{byte(b)}))
	}
	for _, s := range samples {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != before122.Replace(string(want)) {
			t.Errorf("appendJSONString(%q) = %s, encoding/json writes %s", s, got, want)
		}
	}
	if out, err := json.Marshal((*Error)(nil)); err != nil || string(out) != "null" {
		t.Errorf("a nil *Error marshals to %s, %v", out, err)
	}
	if out, err := (*Error)(nil).MarshalJSON(); err != nil || string(out) != "null" {
		t.Errorf("a nil *Error's MarshalJSON gives %s, %v", out, err)
	}
}

// jsonKeys returns the keys of a JSON object in the order they are written.
func jsonKeys(t *testing.T, data []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	var keys []string
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("%s is not an object", data)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func TestAttr(t *testing.T) {
	longWrap := fmt.Errorf("%s: %w", strings.Repeat("w", 300), ErrLicenseExpired)
	logCases := logCases()
	withError := func(fields map[string]any, text string) map[string]any {
		out := map[string]any{"error": text}
		for k, v := range fields {
			out[k] = v
		}
		return out
	}
	for _, tc := range []struct {
		err  error
		want any
	}{
		{fmt.Errorf("activate: %w", ErrIPLicenseExpired), withError(logCases[1].want, "activate: dls -20111 (111): License for this ip has expired.")},
		{ErrLicenseExpired, withError(logCases[0].want, "dls -20111 (111): License has expired.")},
		{errors.Join(errors.New("main: refused"), layered(FromOriginal(117))), withError(logCases[9].want, "main: refused\nlicense check: client: dls: dls -20117 (117): unknown code")},
		{asOnly{asE(ErrLicenseExpired)}, withError(logCases[0].want, "via As")},
		{longWrap, withError(logCases[0].want, strings.Repeat("w", 200))},
		{errors.New("timeout"), "timeout"},
		{fmt.Errorf("x: %w", (*Error)(nil)), "x: dls: <nil>"},
		{nil, nil},
	} {
		got, line := logged(t, Attr("dls", tc.err))
		want := tc.want
		if m, ok := want.(map[string]any); ok && tc.err == longWrap {
			m["error_len"] = float64(len(longWrap.Error()))
		}
		if !reflect.DeepEqual(got["dls"], want) {
			t.Errorf("Attr(%q) logged %s, want %v", tc.err, line, want)
		}
	}
}

func TestNilError(t *testing.T) {
	var e *Error
	if e.Code() != 0 || e.Product() != 0 || e.Message() != "" || e.LicenseItem() != "" || e.Error() != "dls: <nil>" || e.Is(ErrUnknown) ||
		asE(ErrLicenseExpired).Is((*Error)(nil)) || e.LogValue().String() != "<nil>" {
		t.Error("a nil *Error misbehaves")
	}
	if CodeOf(fmt.Errorf("x: %w", e)) != 0 || Retryable(e) {
		t.Error("a nil *Error in a chain counts as a DLS error")
	}
	var zero Error
	if zero.Error() != "dls: unknown code" || !errors.Is(&zero, ErrUnknown) {
		t.Errorf("the zero Error is %q", zero.Error())
	}
}

// TestPerfectHash: every code and wording sits in a slot of its own, and a
// multiplier that stops giving them one makes init panic with one that does.
func TestPerfectHash(t *testing.T) {
	for i, w := range wordings {
		if words[slot(wordKey(w.msg), wordMul, wordBits)].e != &shared[i] || inSlot(w.msg) != &shared[i] {
			t.Errorf("wording %q is not in its slot", w.msg)
		}
	}
	for i, c := range codeTable {
		if p := c.code.Product(); p == 0 && own[int(c.code)-minProduct] != &entries[i] || p != 0 && (numberInfo[numberSlot(p)].e != &entries[i] || numbers[numberSlot(p)].number != p) {
			t.Errorf("code %v is not in its slot", c.code)
		}
	}
	panics := func(keys []uint64, mul uint64) (msg string) {
		defer func() { msg, _ = recover().(string) }()
		mustBePerfect("testMul", keys, mul, 3)
		return ""
	}
	keys := []uint64{1, 2, 3, 4, 5}
	if msg := panics(keys, 1<<62); !strings.HasPrefix(msg, "dlserr: testMul no longer gives every key a slot of its own; 0x") {
		t.Fatalf("keys that share a slot: %q", msg)
	} else if next, err := strconv.ParseUint(msg[strings.LastIndex(msg, "0x")+2:len(msg)-len(" does")], 16, 64); err != nil || panics(keys, next) != "" {
		t.Errorf("the multiplier %q names is not perfect: %v", msg, err)
	}
	for _, same := range [][]uint64{{7, 3, 7}, {7, 7, 3}} {
		if msg := panics(same, 1<<62); msg != "dlserr: no testMul gives every key a slot of its own: two keys are the same" {
			t.Errorf("the same key twice in %v: %q", same, msg)
		}
	}
	if msg := panics([]uint64{1, 2, 3, 4, 5, 6, 7, 8, 9}, 1); msg != "dlserr: none of 1048576 multipliers after testMul gives every key a slot of its own: make the table larger" {
		t.Errorf("9 keys in 8 slots: %q", msg)
	}
	divides := func(keys []uint64, mod uint64) (msg string) {
		defer func() { msg, _ = recover().(string) }()
		mustDivide("testMod", keys, mod)
		return ""
	}
	if msg := divides([]uint64{1, 9, 17}, 8); msg != "dlserr: testMod no longer gives every key a slot of its own; 9 does" || divides([]uint64{1, 9, 17}, 9) != "" {
		t.Errorf("keys that share a slot of 8: %q", msg)
	}
	if msg := divides([]uint64{1, 9, 1}, 8); msg != "dlserr: no testMod gives every key a slot of its own: two keys are the same" {
		t.Errorf("the same key twice: %q", msg)
	}
	if msg := divides([]uint64{0, (1<<16 - 1) << 16}, 1<<16-1); msg != "dlserr: no modulus from testMod to 65536 gives every key a slot of its own" {
		t.Errorf("keys no modulus to 65536 separates: %q", msg)
	}
	// Every number sits in its own slot, on every platform: numberSlot reads
	// 32 bits, and a number of more shares a slot but not its number.
	for n := range notLicenseTexts() {
		if numbers[numberSlot(n)].number != n {
			t.Errorf("number %d is not in its slot", n)
		}
	}
	if big := int64(1)<<32 - 20111; strconv.IntSize == 64 && FromProduct(int(big)) == ErrLicenseExpired {
		t.Errorf("FromProduct(%d), -20111's slot, is -20111's sentinel", big)
	}
	if minWord < 8 {
		t.Errorf("wordKey reads 8 bytes; the shortest wording has %d", minWord)
	}
	if msg := panics(keys, 1<<61); msg != "" {
		t.Errorf("1-5 in 8 slots by their low bits: %q", msg)
	}
}

// realClientDir holds the real-client program's outputs: the committed
// goldens, or those of a fresh run when .ci/run sets DLSERR_REALCLIENT.
func realClientDir() string {
	if dir := os.Getenv("DLSERR_REALCLIENT"); dir != "" {
		return dir
	}
	return filepath.Join("testdata", "realclient")
}

// readGolden reads a golden file of testdata/realclient: lines of fields
// separated by spaces, the last one a Go-quoted string; # starts a comment.
func readGolden(t *testing.T, name string, fields int) [][]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(realClientDir(), name))
	if err != nil {
		t.Fatal(err)
	}
	var lines [][]string
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, " ", fields)
		if len(f) != fields {
			t.Fatalf("%s: unreadable line %q", name, line)
		}
		if f[fields-1], err = strconv.Unquote(f[fields-1]); err != nil {
			t.Fatalf("%s: unreadable text in %q: %v", name, line, err)
		}
		lines = append(lines, f)
	}
	return lines
}

// TestRealClientTables checks the package against the error-string tables
// that testdata/realclient read from the vendor's libraries: every license
// code in them is known and every text recognized, bare and tagged; every
// other code and text stays unknown; the numbers of two meanings are
// decided by their text; and the test's copies of the measured texts still
// hold.
func TestRealClientTables(t *testing.T) {
	inScope := map[int]bool{}
	for _, n := range append(slices.Clone(sdkScope), moduleScope...) {
		inScope[n] = true
	}
	seen := map[string]bool{} // sdk and number
	texts := map[string]bool{}
	for _, f := range readGolden(t, "error-strings.golden", 3) {
		sdk, text := f[0], f[2]
		n, err := strconv.Atoi(f[1])
		if err != nil || sdk != "dcv3" && sdk != "dbr9" || n < -200000 || n > -1 {
			t.Fatalf("unreadable line %q", f)
		}
		seen[sdk+" "+f[1]] = true
		texts[sdk+" "+f[1]+" "+text] = true
		byNumber, byText, both := FromProduct(n), FromMessage(text), FromProductMessage(n, text)
		if !inScope[n] || isTwoMeanings(n) && sdk == "dcv3" { // not about the license
			// The number and the text, alone or together, are known to be
			// no license error: never ErrUnknown, but a number of two
			// meanings without its text. The text alone keeps the number
			// if no other number has it.
			for _, err := range []error{FromProductMessage(n, "[License] "+text+"\x00\x00"), FromProductMessage(n, text), byText} {
				if !errors.Is(err, ErrNotLicense) || errors.Is(err, ErrUnknown) || CodeOf(err) != 0 || ClassOf(err) != ClassNotLicense || Licensed(err) || Retryable(err) {
					t.Errorf("%s %d %q gives %#v, want an error that is not about the license", sdk, n, text, err)
				}
			}
			if e := asE(both); e.Product() != n || e.Message() != text || e.Error() != dlsPrefix(n, 0)+"not a license error: "+text {
				t.Errorf("%s %d %q gives %#v", sdk, n, text, e)
			}
			if products := numbersOfText(text); len(products) == 1 && byText != both || len(products) > 1 && asE(byText).Product() != 0 {
				t.Errorf("%s %d %q alone gives %#v; the text is the number's of %v", sdk, n, text, byText, products)
			}
			if isTwoMeanings(n) != errors.Is(byNumber, ErrUnknown) || !isTwoMeanings(n) && (!errors.Is(byNumber, ErrNotLicense) || asE(byNumber).Message() != notLicenseTexts()[n][0]) {
				t.Errorf("%s %d alone gives %#v", sdk, n, byNumber)
			}
			continue
		}
		c := contractOf(t, n)
		if isTwoMeanings(n) != errors.Is(byNumber, ErrUnknown) || CodeOf(byText) != c.code || byText.(*Error).Message() != text {
			t.Errorf("%s %d %q gives %v and %v, want code %v", sdk, n, text, byNumber, byText, c.code)
		}
		for _, msg := range []string{text, "[License] " + text, "[License] [Key 2] " + text + "\x00\x00"} {
			if got := FromProductMessage(n, msg); got != byText || got.Error() != dlsPrefix(n, 0)+text {
				t.Errorf("FromProductMessage(%d, %q) = %q, want %q", n, msg, got, byText)
			}
			if got := FromMessage(msg); got != byText {
				t.Errorf("FromMessage(%q) = %v, want %v", msg, got, byText)
			}
		}
	}
	for n := range inScope {
		if !seen["dcv3 "+strconv.Itoa(n)] && !seen["dbr9 "+strconv.Itoa(n)] {
			t.Errorf("no SDK has code %d: the tables are incomplete", n)
		}
	}
	// The package's texts that are not about the license are the measured
	// ones, each of its number, and the counts are the issue's.
	rows := 0
	for n, texts := range notLicenseTexts() {
		for _, text := range texts {
			if !slices.ContainsFunc(notLicense[:], func(r struct {
				number int
				src    uint16
				msg    string
			}) bool {
				return r.number == n && r.msg == text
			}) {
				t.Errorf("%d %q is measured but not in notLicense", n, text)
			}
		}
		rows += len(texts)
	}
	if len(notLicense) != rows || len(notLicenseTexts()) != 66 {
		t.Errorf("notLicense has %d lines, the measured tables %d texts of %d numbers, want 66 numbers", len(notLicense), rows, len(notLicenseTexts()))
	}
	measuredRows := 0
	for _, r := range notLicense {
		measuredRows += bits.OnesCount16(r.src)
		if r.src&^(srcDCV3|srcDBR9) != 0 || !texts[map[bool]string{true: "dcv3", false: "dbr9"}[r.src&srcDCV3 != 0]+" "+strconv.Itoa(r.number)+" "+r.msg] {
			t.Errorf("notLicense's %d %q is not what its sources measured", r.number, r.msg)
		}
	}
	if measuredRows != 93 {
		t.Errorf("notLicense holds %d measured rows, want 93", measuredRows)
	}
	order, from := sdkTexts(t)
	for _, r := range order {
		for _, s := range from[r] {
			sdk := map[string]string{"DCV 3": "dcv3", "DBR 9": "dbr9"}[s]
			if sdk != "" && !texts[sdk+" "+strconv.Itoa(r.product)+" "+r.msg] {
				t.Errorf("the measured %s text of %d, %q, is not what the library says", s, r.product, r.msg)
			}
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(twoMeaningsTable), "\n")[2:] {
		c := cells(line)
		if text := strings.Trim(c[2], "\u2035"); !texts["dcv3 "+c[0]+" "+text] {
			t.Errorf("the measured Capture Vision text of %s, %q, is not what the library says", c[0], text)
		}
	}
}

// scenarioClass is the class each InitLicense scenario of testdata/realclient
// must give, whatever the code: the outputs vary from run to run.
var scenarioClass = map[string]Class{
	"invalid-key": ClassLicense, "two-keys": ClassLicense, "startup-invalid-key": ClassLicense,
	"port-closed": ClassUnavailable, "http-503": ClassUnavailable, "bad-body": ClassUnavailable, "standby-bad-body": ClassUnavailable,
	"no-answer": ClassUnavailable, "https-plain-http": ClassUnavailable, "https-self-signed": ClassUnavailable, "http-404": ClassUnavailable,
	"http-429": ClassUnavailable, "http-500": ClassUnavailable, "http-502": ClassUnavailable, "redirect-302": ClassUnavailable,
	"truncated": ClassUnavailable, "https-plain-http-both": ClassUnavailable, "truncated-both": ClassUnavailable, "standby-503": ClassUnavailable,
	"main-500-standby-502": ClassUnavailable, "startup-port-closed": ClassUnavailable, "startup-http-503": ClassUnavailable,
	"cache-unwritable": ClassInstallation, "client-missing": ClassInstallation,
}

// TestRealClientScenarios checks what InitLicense returned against a
// stand-in license server, by properties: a known code of the scenario's
// class, Retryable as the class says, one bounded line.
func TestRealClientScenarios(t *testing.T) {
	ran := map[string]int{}
	for _, f := range readGolden(t, "initlicense.golden", 4) {
		sdk, scenario, msg := f[0], f[1], f[3]
		rc, err := strconv.Atoi(f[2])
		want, listed := scenarioClass[scenario]
		if err != nil || !listed || sdk != "dcv3" && sdk != "dbr9" {
			t.Fatalf("unreadable line %q", f)
		}
		ran[sdk]++
		dls := FromProductMessage(rc, msg)
		e, ok := dls.(*Error)
		if !ok || errors.Is(dls, ErrUnknown) || ClassOf(dls) != want || Retryable(dls) != (want == ClassUnavailable) || Licensed(dls) {
			t.Errorf("%s %s: %d %q gives %v, class %v, Retryable %v; want class %v", sdk, scenario, rc, msg, dls, ClassOf(dls), Retryable(dls), want)
			continue
		}
		// Every report of the wire the SDK wrote is read, and only those.
		if _, report := TransportOf(dls); report != strings.Contains(msg, "ErrorCode:") {
			t.Errorf("%s %s: %q: TransportOf reads a report: %v", sdk, scenario, msg, report)
		}
		if problem := unsafeText(dls.Error()); problem != "" || e.Message() != wantMessage(msg) {
			t.Errorf("%s %s: Error() %q: %s; Message %q", sdk, scenario, dls.Error(), problem, e.Message())
		}
		checkLogged(t, e)
	}
	if ran["dcv3"] < 12 || ran["dbr9"] < 12 || ran["dcv3"]+ran["dbr9"] < 24 {
		t.Errorf("scenarios run: %v, want at least 24, 12 for each SDK", ran)
	}
}

// decodeClass is the class each decode outcome of testdata/realclient must
// give, by SDK: what a service decides after a decode. Barcode Reader 9's
// decode after a body that is no license returned -10000 "Unknown error.",
// which is no license code, and masked its results with -3 (measured).
var decodeClass = map[string]Class{
	"dcv3 no-license": ClassLicense, "dcv3 invalid-key": ClassLicense,
	"dcv3 port-closed": ClassUnavailable, "dcv3 http-503": ClassUnavailable, "dcv3 bad-body": ClassUnavailable,
	"dbr9 no-license": ClassLicense, "dbr9 invalid-key": ClassLicense,
	"dbr9 port-closed": ClassUnavailable, "dbr9 http-503": ClassUnavailable, "dbr9 bad-body": ClassUnknown,
	// A file that is no image: Capture Vision checks the license first,
	// Barcode Reader 9 the file (-10006), which is no license error.
	"dcv3 not-an-image-no-license": ClassLicense, "dcv3 not-an-image-invalid-key": ClassLicense,
	"dbr9 not-an-image-no-license": ClassNotLicense, "dbr9 not-an-image-invalid-key": ClassNotLicense,
}

// TestRealClientDecode checks what a decode returned after each license
// outcome, by properties: the decode's code is known (but for the measured
// exception), of the outcome's class; a capture-time text carries the
// message InitLicense gave as its cause; every masked result is caught by
// FromDecodedText with the code it carries, and its text without the mark
// is not.
func TestRealClientDecode(t *testing.T) {
	init := map[string]error{}
	results := map[string]int{}
	for _, f := range readGolden(t, "decode.golden", 5) {
		outcome, what, text := f[0]+" "+f[1], f[2], f[4]
		want, listed := decodeClass[outcome]
		n, err := strconv.Atoi(f[3])
		if !listed && what != "result" || err != nil && what != "result" {
			t.Fatalf("unreadable line %q", f)
		}
		switch what {
		case "init":
			init[outcome] = FromProductMessage(n, text)
		case "decode":
			dls := FromProductMessage(n, text)
			if ClassOf(dls) != want || Retryable(dls) != (want == ClassUnavailable) || Licensed(dls) || errors.Is(dls, ErrUnknown) != (want == ClassUnknown) {
				t.Errorf("%s: decode %d %q gives %v, class %v; want class %v", outcome, n, text, dls, ClassOf(dls), want)
			}
			if f[0] != "dcv3" {
				continue
			}
			cause, before := errors.Unwrap(dls), init[outcome]
			if CodeOf(dls) != BarcodeReaderLicenseNotFound || (cause == nil) != (before == nil) ||
				cause != nil && (cause.(*Error).Message() != before.(*Error).Message() || ClassOf(cause) != ClassOf(before)) {
				t.Errorf("%s: decode %q gives %#v, cause %v; InitLicense gave %v", outcome, text, dls, cause, before)
			}
		case "result":
			results[outcome]++
			masked := FromDecodedText(text)
			mark := maskMark.FindStringSubmatch(text)
			if mark == nil || masked == nil {
				t.Errorf("%s: result %q is not caught as masked: %v", outcome, text, masked)
				continue
			}
			code, _, _ := numberCode(mustAtoi(t, mark[1]))
			if _, known := promiseOf(int(code)); known && CodeOf(masked) != code || !known && !errors.Is(masked, ErrUnknown) {
				t.Errorf("%s: %q gives %v, want the error of %v", outcome, text, masked, code)
			}
			if plain := text[len(mark[0]):]; FromDecodedText(plain) != nil {
				t.Errorf("%s: %q without its mark is caught: %v", outcome, plain, FromDecodedText(plain))
			}
		default:
			t.Fatalf("unreadable line %q", f)
		}
	}
	for outcome := range decodeClass {
		if _, ok := init[outcome]; !ok && !strings.HasSuffix(outcome, "no-license") {
			t.Errorf("%s: no InitLicense recorded", outcome)
		}
		if sdk, image := outcome[:4], !strings.Contains(outcome, "not-an-image"); sdk == "dbr9" && image && results[outcome] != 14 || (sdk == "dcv3" || !image) && results[outcome] != 0 {
			t.Errorf("%s: %d results", outcome, results[outcome])
		}
	}
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// readmeRow matches a row of README.md's table of codes.
var readmeRow = regexp.MustCompile("^\\| (-\\d+|-) \\| (\\d+|-) \\| `(\\w+)` \\| `(\\w+)` \\| `(.+)` \\| ([\\w ,.-]+) \\|$")

// exampleOutput returns the "// Output:" block of example function name in
// example_test.go, as it prints.
func exampleOutput(t *testing.T, examples, name string) string {
	t.Helper()
	_, output, ok := strings.Cut(between(examples, "func "+name+"() {\n", "\n}\n"), "\t// Output:\n")
	if !ok {
		t.Fatalf("example_test.go has no %s with an output", name)
	}
	return strings.ReplaceAll(output, "\t// ", "")
}

// function returns the source of function name in src, from "func" to its
// closing brace.
func function(t *testing.T, src, name string) string {
	t.Helper()
	start := strings.Index(src, "\nfunc "+name+"(")
	end := strings.Index(src[start+1:], "\n}\n")
	if start < 0 || end < 0 {
		t.Fatalf("no function %s", name)
	}
	return src[start+1 : start+1+end+3]
}

// outcomes names the license outcomes of decode.golden as README.md does.
var outcomes = map[string]string{
	"no-license": "no InitLicense", "invalid-key": "a bogus key", "port-closed": "the servers' ports closed",
	"http-503": "main server 503, standby closed", "bad-body": "main server 200, no license in the body",
	"not-an-image-no-license": "no InitLicense, a file that is no image", "not-an-image-invalid-key": "a bogus key, a file that is no image",
}

// decodeRows are README.md's rows of what each decode returned, built from
// decode.golden: the SDK, the outcome and InitLicense's code, the decode's
// code and text, and its results with the codes their masks carry.
func decodeRows(t *testing.T) []string {
	var rows []string
	init, masks, count := map[string]string{}, map[string][]string{}, map[string]int{}
	for _, f := range readGolden(t, "decode.golden", 5) {
		key := f[0] + " " + f[1]
		switch f[2] {
		case "init":
			init[key] = " (InitLicense " + f[3] + ")"
		case "result":
			count[key]++
			if m := maskMark.FindStringSubmatch(f[4]); m != nil && !slices.Contains(masks[key], m[1]) {
				masks[key] = append(masks[key], m[1])
			}
		}
	}
	for _, f := range readGolden(t, "decode.golden", 5) {
		if key := f[0] + " " + f[1]; f[2] == "decode" {
			results := "none"
			if count[key] > 0 {
				results = strconv.Itoa(count[key]) + ", masked with " + strings.Join(masks[key], ", ")
			}
			sdk := map[string]string{"dbr9": "Barcode Reader 9", "dcv3": "Capture Vision 3.2"}[f[0]]
			rows = append(rows, "| "+sdk+" | "+outcomes[f[1]]+init[key]+" | "+f[3]+" `"+strconv.Quote(f[4])+"` | "+results+" |")
		}
	}
	return rows
}

// TestREADME keeps everything README.md shows true: its tables, its
// snippets, the output it shows for them, and its shape.
func TestREADME(t *testing.T) {
	t.Setenv("DLSERR_REALCLIENT", "") // README shows the committed runs
	t.Setenv("DLSERR_WEBCLIENT", "")
	read := func(name string) string {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	readme, examples, startup := read("README.md"), read("example_test.go"), read(filepath.Join("testdata", "startup", "main.go"))
	// A newcomer's part first, then only the complete tables.
	before, reference, ok := strings.Cut(readme, "\n## Reference\n")
	if !ok || len(before) > 20000 || strings.Contains(reference, "\n## ") {
		t.Errorf("README.md has %d bytes before a last section ## Reference (found: %v), want at most 20000", len(before), ok)
	}
	for _, section := range strings.Split(reference, "\n### ")[1:] {
		if parts := strings.Split(strings.TrimSpace(section), "\n\n"); len(parts) > 3 || !strings.HasPrefix(parts[len(parts)-1], "| ") {
			t.Errorf("README.md's Reference holds more than a table and a paragraph: %.60q", section)
		}
	}
	for _, heading := range []string{"## Install", "## Quick start", "## Start licensed"} {
		if i := strings.Index(before, "\n"+heading); i < 0 || i > 8000 {
			t.Errorf("README.md does not have %q in its first screens", heading)
		}
	}
	for _, heading := range []string{"## In an HTTP service", "## License errors when you decode", "## From a web page"} {
		if !strings.Contains(before, "\n"+heading+"\n") {
			t.Errorf("README.md has no section %q", heading)
		}
	}
	var rows []string
	for _, line := range strings.Split(readme, "\n") {
		if m := readmeRow.FindStringSubmatch(line); m != nil {
			rows = append(rows, strings.Join(m[1:], " | "))
		}
	}
	_, from := sources(t)
	var want []string
	for _, w := range wordings {
		sentinel := "Err" + w.code.String()
		if rs := rowOf[w.msg]; rs != nil {
			sentinel = "Err" + rowSentinels[rs]
		}
		original, product := "-", "-"
		if o := w.code.Original(); o != 0 {
			original = strconv.Itoa(o)
		}
		if p := w.code.Product(); p != 0 {
			product = strconv.Itoa(p)
		}
		want = append(want, strings.Join([]string{product, original, w.code.String(), sentinel, w.msg,
			from[rowOfWording(w.code, w.msg)]}, " | "))
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("README.md's table differs from the package:\n got %q\nwant %q", rows, want)
	}
	// The table of classes lists each class's codes as the package has them.
	classRow := regexp.MustCompile("^\\| `Class(\\w+)` \\| ([^|]*) \\| .* \\|$")
	listed := map[Class]string{}
	for _, line := range strings.Split(readme, "\n") {
		if m := classRow.FindStringSubmatch(line); m != nil {
			k, err := ParseClass(m[1])
			if err != nil || listed[k] != "" {
				t.Errorf("README.md's class table: %q", line)
			}
			listed[k] = m[2]
		}
	}
	for k := ClassUnknown; k <= ClassNotLicense; k++ {
		want := classCodes(k, false)
		switch k {
		case ClassUnknown:
			want = "anything else"
		case ClassNotLicense:
			want = "none: 66 numbers of the SDKs' tables"
		}
		if listed[k] != want {
			t.Errorf("README.md lists the codes of %v as %q, want %q", k, listed[k], want)
		}
	}
	// The table of Error() texts shows what each call returns.
	formatRow := regexp.MustCompile("^\\| `(From\\w+\\(.*\\))` \\| `(dls.*)` \\|$")
	calls := map[string]error{
		`FromOriginal(111)`:   FromOriginal(111),
		`FromProduct(-10006)`: FromProduct(-10006),
		`FromProductMessage(-2800, "[License] The license key is invalid.")`:                              FromProductMessage(-2800, "[License] The license key is invalid."),
		`FromProductMessage(-20200, "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.")`: FromProductMessage(-20200, "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."),
		`FromMessage("This license item \"LI-2024-0042\" has been invalid.")`:                             FromMessage(`This license item "LI-2024-0042" has been invalid.`),
		`FromOriginal(999)`:               FromOriginal(999),
		`FromProduct(-10062)`:             FromProduct(-10062),
		`FromMessage("No such wording.")`: FromMessage("No such wording."),
	}
	shown := 0
	for _, line := range strings.Split(readme, "\n") {
		if m := formatRow.FindStringSubmatch(line); m != nil {
			shown++
			if err, ok := calls[m[1]]; !ok || err.Error() != m[2] {
				t.Errorf("README.md says %s is %q; it is %v", m[1], m[2], err)
			}
		}
	}
	if shown != len(calls) {
		t.Errorf("README.md's Error() table has %d rows, want %d", shown, len(calls))
	}
	// The quick start is the package example, and prints what it prints.
	body, output, ok := strings.Cut(between(examples, "func Example() {\n", "\n}\n"), "\t// Output:\n")
	output = strings.ReplaceAll(output, "\t// ", "")
	if !ok || !strings.Contains(readme, "func main() {\n"+body+"}\n```\n\nIt prints:\n\n```\n"+output+"\n```\n") {
		t.Error("README.md's quick start is not Example's body and output")
	}
	// The snippets are the code that the examples and testdata/startup run,
	// and the output shown is what they print.
	preamble := startup[strings.Index(startup, "/*\n#cgo") : strings.Index(startup, "import \"C\"\n")+len("import \"C\"\n")]
	for _, snippet := range []string{preamble, function(t, startup, "initLicense"), function(t, examples, "whatToDo"), function(t, examples, "startLicensed"),
		function(t, examples, "statusOf"), function(t, examples, "healthz"), function(t, examples, "fromWebTWAIN")} {
		if !strings.Contains(readme, "```go\n"+snippet+"```\n") {
			t.Errorf("README.md does not show, as the code has it:\n%s", snippet)
		}
	}
	for _, name := range []string{"Example_startup", "Example_decode", "Example_httpService", "Example_webPage", "Example_webTWAIN"} {
		if out := exampleOutput(t, examples, name); !strings.Contains(readme, "```\n"+out+"\n```\n") {
			t.Errorf("README.md does not show %s's output:\n%s", name, out)
		}
	}
	for _, name := range []string{"Example_decode", "Example_webPage"} {
		if body, _, _ := strings.Cut(between(examples, "func "+name+"() {\n", "\n}\n"), "\t// Output:\n"); !strings.Contains(readme, "```go\n"+body+"```\n") {
			t.Errorf("README.md's snippet is not %s's body", name)
		}
	}
	// Every Go snippet README.md shows is code that compiles and runs here:
	// the quick start's program, or a piece of the examples or of
	// testdata/startup, as they have it.
	for _, block := range strings.Split(readme, "```go\n")[1:] {
		block, _, _ = strings.Cut(block, "```\n")
		if !strings.HasPrefix(block, "package main\n") && !strings.Contains(examples, block) && !strings.Contains(startup, block) {
			t.Errorf("README.md shows Go that no test compiles:\n%s", block)
		}
	}
	// The table of the browser's texts is the test's contract for them.
	webRow := regexp.MustCompile("^\\| `(.+)` \\| `(\\w+)` \\| (.+) \\|$")
	webRows := 0
	for _, line := range strings.Split(reference, "\n") {
		m := webRow.FindStringSubmatch(line)
		if m == nil || strings.HasPrefix(line, "| `Class") || strings.HasPrefix(line, "| `From") {
			continue
		}
		webRows++
		known := false
		for _, w := range webTexts {
			known = known || w.msg == m[1] && w.code.String() == m[2] && CodeOf(FromMessage(w.msg)) == w.code
		}
		if !known {
			t.Errorf("README.md's row of a browser text: %q", line)
		}
	}
	if webRows != len(webTexts) {
		t.Errorf("README.md has %d rows of the browser's texts, want %d", webRows, len(webTexts))
	}
	// The table of what the browser threw is the committed web.golden.
	for _, row := range webThrownRows(t) {
		if !strings.Contains(reference, "\n"+row+"\n") {
			t.Errorf("README.md does not show what the browser threw: %s", row)
		}
	}
	// The counts of the numbers that are not about the license, by table.
	for sdk, name := range map[uint16]string{srcDCV3: "Capture Vision 3.2", srcDBR9: "Barcode Reader 9.6"} {
		numbers := map[int]bool{}
		for _, r := range notLicense {
			if r.src&sdk != 0 {
				numbers[r.number] = true
			}
		}
		if row := "| " + name + " | " + strconv.Itoa(len(numbers)) + " | "; !strings.Contains(reference, "\n"+row) {
			t.Errorf("README.md does not say %q", row)
		}
	}
	// The Measured table's count of numbers and its gates are the
	// benchmark's and CI's own.
	numbers, _ := productNumbers()
	for _, says := range []string{
		"| `FromProduct`, " + strconv.Itoa(len(numbers)) + " numbers:",
		"; `.ci/run` fails under " + between(read(".ci/run"), "\nMIN_COVERAGE=", "\n") + "% |",
		"; `.ci/mutation` fails under " + between(read(".ci/mutation"), "efficacy_at_least ", " ") + "% |",
	} {
		if !strings.Contains(reference, says) {
			t.Errorf("README.md's Measured table does not say %q", says)
		}
	}
	// The decode table is the committed run of the real client.
	for _, row := range decodeRows(t) {
		if !strings.Contains(readme, "\n"+row+"\n") {
			t.Errorf("README.md does not show the decode %s", row)
		}
	}
	// README says what each ErrorCode was measured to mean, and nothing it
	// did not measure: each number the committed run wrote has a row, and
	// each row is a number the run wrote (or says how it was measured).
	errorCodeRow := regexp.MustCompile(`^\| (-?\d+) \| ([^|]*) \|$`)
	documented := map[int]string{}
	for _, line := range strings.Split(reference, "\n") {
		if m := errorCodeRow.FindStringSubmatch(line); m != nil {
			documented[mustAtoi(t, m[1])] = m[2]
		}
	}
	measured := map[int]bool{}
	for _, f := range append(readGolden(t, "initlicense.golden", 4), readGolden(t, "wait-timeout.golden", 4)...) {
		if tr, ok := TransportOf(FromProductMessage(mustAtoi(t, f[2]), f[3])); ok {
			measured[tr.ErrorCode] = true
			if tr.Failover {
				measured[tr.MainErrorCode] = true
			}
		}
	}
	for n := range measured {
		if documented[n] == "" {
			t.Errorf("README.md does not say what ErrorCode %d was measured to mean", n)
		}
	}
	for n, says := range documented {
		if !measured[n] {
			t.Errorf("README.md documents ErrorCode %d, which no committed run measured: %q", n, says)
		}
	}
	// The table of fields lists every field the package logs, and no other.
	fieldRow := regexp.MustCompile("^\\| `([a-z_<>]+)` \\| .* \\| .* \\|$")
	var fields []string
	for _, line := range strings.Split(reference, "\n") {
		if m := fieldRow.FindStringSubmatch(line); m != nil {
			fields = append(fields, m[1])
		}
	}
	emitted := map[string]bool{"error": true, "<field>_len": true}
	for _, e := range []error{FromMessage(item113Prefix + "x" + item113Suffix), ErrIPLicenseExpired, FromProductMessage(-30063, noLicenseBR+" "+connectReport), FromProductMessage(-20200, connectReport)} {
		for _, a := range decide(e).fields() {
			emitted[a.Key] = true
		}
	}
	var keys []string
	for k := range emitted {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	slices.Sort(fields)
	if !reflect.DeepEqual(fields, keys) {
		t.Errorf("README.md lists the fields %q; the package logs %q", fields, keys)
	}
	for _, k := range []string{"reason", "error_code", "http_status", "response", "failover", "main_error_code", "main_http_status", "cache"} {
		if !strings.Contains(reference, "`"+k+"`") {
			t.Errorf("README.md does not list the transport field %q", k)
		}
	}
	// Every table has its header's separator, or it does not render.
	lines := strings.Split(readme, "\n")
	for i := 1; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "|") && !strings.HasPrefix(lines[i-1], "|") && (i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "|---")) {
			t.Errorf("README.md line %d starts a table without a separator: %q", i+1, lines[i])
		}
	}
	// CI runs the test command that README gives newcomers.
	const testCommand = "go test -race ./..."
	if !strings.Contains(readme, "`"+testCommand+"`") || !strings.Contains(read(".ci/run"), "\n"+testCommand+"\n") {
		t.Errorf("README.md and .ci/run do not both run %q", testCommand)
	}
}

// classCodes writes the codes of class k as README.md and the class docs
// list them: the server's, the SDKs', then dlserr's own by name, with "; "
// between the groups; short says "every per-module code" for those.
func classCodes(k Class, short bool) string {
	var groups [3][]string
	modules := false
	for _, c := range contract {
		switch {
		case c.class != k:
		case short && slices.Contains(moduleScope, c.number):
			modules = true
		case isOwn(c.code):
			groups[2] = append(groups[2], c.name)
		case c.number > 0:
			groups[0] = append(groups[0], strconv.Itoa(c.number))
		default:
			groups[1] = append(groups[1], strconv.Itoa(c.number))
		}
	}
	if modules {
		groups[1] = append(groups[1], "and every per-module code")
	}
	var out []string
	for _, g := range groups {
		if len(g) > 0 {
			out = append(out, strings.Join(g, ", "))
		}
	}
	return strings.Join(out, "; ")
}

// between returns the text of s from the first start to the next end after it.
func between(s, start, end string) string {
	_, s, _ = strings.Cut(s, start)
	s, _, _ = strings.Cut(s, end)
	return s
}

// TestDocComments holds the package to its own rules: every exported name
// has a doc comment that starts with it, but the code sentinels, which are
// written the io/fs way (a group doc comment, and each one's text after it,
// which must be its code's message); and every constant and code sentinel is
// named as String names its code (no typos in names).
func TestDocComments(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, doc ...*ast.CommentGroup) {
		for _, d := range doc {
			if d != nil {
				if !strings.HasPrefix(d.Text(), name+" ") {
					t.Errorf("the doc comment of %s starts %q", name, strings.SplitN(d.Text(), "\n", 2)[0])
				}
				return
			}
		}
		t.Errorf("%s has no doc comment", name)
	}
	constants, sentinels := 0, 0
	for _, f := range pkgs["dlserr"].Files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Name.IsExported() && (d.Recv == nil || ast.IsExported(receiver(d.Recv.List[0].Type))) {
					check(d.Name.Name, d.Doc)
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							check(s.Name.Name, s.Doc, d.Doc)
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if !n.IsExported() {
								continue
							}
							doc := s.Doc
							if !d.Lparen.IsValid() {
								doc = d.Doc
							}
							if call, ok := firstValue(s).(*ast.CallExpr); ok && doc == nil && d.Doc != nil && s.Comment != nil && fmt.Sprint(call.Fun) == "sentinel" {
								sentinels++
								if got, err := strconv.Unquote(strings.TrimSpace(s.Comment.Text())); err != nil || got != CodeOf(sentinelOfName(t, n.Name)).Message() {
									want := CodeOf(sentinelOfName(t, n.Name)).Message()
									t.Errorf("%s's comment says %q, its code's message is %q", n.Name, got, want)
								}
							} else {
								check(n.Name, doc)
							}
							checkName(t, n.Name, s, &constants)
						}
					}
				}
			}
		}
	}
	if constants != len(contract) || sentinels < len(contract)-1 {
		t.Errorf("found %d Code constants and %d sentinels written the io/fs way, want %d and at least %d", constants, sentinels, len(contract), len(contract)-1)
	}
}

// sentinelOfName returns the sentinel the contract names so.
func sentinelOfName(t *testing.T, name string) error {
	for _, c := range contract {
		if "Err"+c.name == name {
			return c.sentinel
		}
	}
	t.Fatalf("no sentinel %s in the contract", name)
	return nil
}

// checkName compares a constant's or sentinel's name with String of its code.
func checkName(t *testing.T, name string, s *ast.ValueSpec, constants *int) {
	if len(s.Values) == 0 {
		return
	}
	if id, ok := s.Type.(*ast.Ident); ok && id.Name == "Code" {
		*constants++
		value := s.Values[0]
		sign := ""
		if u, ok := value.(*ast.UnaryExpr); ok && u.Op == token.SUB {
			value, sign = u.X, "-"
		}
		n, err := strconv.Atoi(sign + value.(*ast.BasicLit).Value)
		if err != nil || Code(n).String() != name {
			t.Errorf("constant %s = %s%v, whose String is %q", name, sign, value, Code(n).String())
		}
	}
	if call, ok := s.Values[0].(*ast.CallExpr); ok && fmt.Sprint(call.Fun) == "sentinel" && fmt.Sprint(call.Args[1].(*ast.BasicLit).Value) == "0" {
		if code := fmt.Sprint(call.Args[0]); name != "Err"+code {
			t.Errorf("sentinel %s is of code %s", name, code)
		}
	}
}

func receiver(e ast.Expr) string {
	if star, ok := e.(*ast.StarExpr); ok {
		e = star.X
	}
	return e.(*ast.Ident).Name
}

func FuzzFromNumber(f *testing.F) {
	for _, n := range []int{0, 1, -1, 99, 100, 110, 111, 151, 199, 200, -20099, -20100, -20111, -20151, -20199, -20200, -20000, -20014, -20015,
		-10003, -10004, -10005, -10076, 20111, math.MinInt, math.MaxInt} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n int) {
		checkNumber(t, n)
		if c := CodeOf(FromOriginal(n)); c.Known() && (FromProduct(c.Product()) != FromOriginal(n) || FromOriginal(int(c)) != FromOriginal(n)) || isOwn(c) {
			t.Fatalf("%d does not round-trip through %v's numbers", n, c)
		}
		for _, err := range []error{FromOriginal(n), FromProduct(n)} {
			if err != nil && (unsafeText(err.Error()) != "" || !matchesExactlyOne(err)) {
				t.Fatalf("%d: %q", n, err)
			}
		}
	})
}

// messageSeeds are every wording, bare, tagged and as C buffers and servers
// deliver them, 113 with odd ids, and what the real SDKs wrote.
func messageSeeds() []string {
	var seeds []string
	for i, w := range wordings {
		seeds = append(seeds, w.msg, tagged[i], " "+w.msg+"\r\n", w.msg+strings.Repeat("\x00", 256-len(w.msg)))
	}
	for _, id := range []string{"LI-2024-0042", "", `"`, "\n", "\x00", "日本", "\xff", item113Suffix} {
		seeds = append(seeds, item113Prefix+id+item113Suffix)
	}
	for _, w := range webTexts {
		seeds = append(seeds, w.msg)
	}
	seeds = append(seeds, webTWAIN...)
	return append(seeds, "", "\x00", "[License] ", "[License] [Key 1] ", "[License] [Key 01] x", "[License] [Key 1]x",
		"[capture] [-30063] [Barcode Reader] No license found.", "code:-20000;message:No license specified.", "[f] [0] x", "[f] [-2800] [g] [1] x",
		authorization+"Session password is incorrect."+authorizationEndings[0], "No license specified."+advice[0], "License mismatch: x",
		"[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found.",
		"Invalid License.-ErrorCode:0-HttpCode:200-ReponseStr:not a license\n")
}

func FuzzFromMessage(f *testing.F) {
	for _, s := range messageSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := FromMessage(s)
		checkText(t, err, s)
		checkReading(t, s, err)
	})
}

// The browser client's forms (FromMessage's doc), read independently.
var (
	framedGrammar        = regexp.MustCompile(`(?s)^\[[A-Za-z0-9]+\] \[(0|-?[1-9][0-9]*)\] (.*)$`)
	codeMessageGrammar   = regexp.MustCompile(`(?s)^code:(0|-?[1-9][0-9]*);message:(.*)$`)
	authorizationGrammar = regexp.MustCompile(`(?s)^An error occurred during authorization: (.*\.) (?:Contact the site administrator|\[Contact Dynamsoft\]\(https://www\.dynamsoft\.com/company/contact/\)) for more information\.$`)
	adviceGrammar        = regexp.MustCompile(`(?s)^(.*) (?:Visit https://www\.dynamsoft\.com/customer/license/trialLicense to acquire a license or email support@dynamsoft\.com\.|Check the Handshake Code in the customer portal or the portal of your self-hosting License Server\. Email support@dynamsoft\.com for more information\.|Email trial@dynamsoft\.com to acquire a 30-day trial license, make sure to include the word "privateTrial" in the email title\.)$`)
	item113Grammar       = regexp.MustCompile(`(?s)^This license item "(.*)" has been invalid\.$`)
)

// untrimmed is wantMessage without its last step: the white space after
// the text stays, as a browser form's message keeps it.
func untrimmed(s string) string {
	s, _, _ = strings.Cut(s, "\x00")
	return tagPrefix.ReplaceAllString(strings.TrimLeftFunc(s, unicode.IsSpace), "")
}

// testReading is what the test's own grammars say a message alone is, each
// tried in the order FromMessage's doc gives them.
type testReading struct {
	what   string // wording, template, capture, report, authorization, advice, frame or text
	code   Code
	number int    // frame: the number
	inner  string // authorization, advice: the text inside; frame: the message
}

func readIndependently(s string, frames bool) testReading {
	m := wantMessage(s)
	switch {
	case byWording(m) != nil:
		return testReading{what: "wording", code: byWording(m).code}
	case item113Grammar.MatchString(m):
		return testReading{what: "template", code: LicenseItemInvalid}
	case mismatchGrammar.MatchString(m):
		return testReading{what: "template", code: LicenseMismatch}
	case captureMatch(m) != nil:
		return testReading{what: "capture", code: moduleCodes[captureMatch(m)[1]]}
	}
	if g := authorizationGrammar.FindStringSubmatch(m); g != nil {
		if w := byWording(g[1]); w != nil && 100 <= w.code && w.code <= 199 {
			return testReading{what: "authorization", code: w.code, inner: g[1]}
		}
		if item113Grammar.MatchString(g[1]) {
			return testReading{what: "authorization", code: LicenseItemInvalid, inner: g[1]}
		}
		return testReading{what: "text"}
	}
	if g := adviceGrammar.FindStringSubmatch(m); g != nil && byWording(g[1]) != nil {
		return testReading{what: "advice", code: byWording(g[1]).code, inner: g[1]}
	}
	u := untrimmed(s)
	for _, grammar := range []*regexp.Regexp{codeMessageGrammar, framedGrammar} {
		if g := grammar.FindStringSubmatch(u); g != nil && frames && (grammar != framedGrammar || !strings.HasPrefix(u, "code:")) {
			if n, ok := cInt32(g[1]); ok && n != 0 {
				return testReading{what: "frame", number: n, inner: g[2]}
			}
		}
	}
	if _, ok := wantTransport(m, untrimmed(s)); ok {
		return testReading{what: "report", code: reportCodes()[reasonOf(m)]}
	}
	return testReading{what: "text"}
}

// reportCodes is the code the SDKs returned with each measured reason
// (measuredReasons), for the readers that have no *testing.T.
var reportCodes = sync.OnceValue(func() map[string]Code {
	var t testing.T
	return measuredReasons(&t)
})

// checkReading holds err, what FromMessage made of s, to the test's own
// reading of s.
func checkReading(t testing.TB, s string, err error) {
	t.Helper()
	r, e := readIndependently(s, true), asE(err)
	switch r.what {
	case "wording":
		if err != error(byWording(wantMessage(s))) {
			t.Fatalf("FromMessage(%q) = %#v, want its wording's", s, err)
		}
	case "template", "capture":
		if e.Code() != r.code || e.Message() != wantMessage(s) {
			t.Fatalf("FromMessage(%q) = %#v, want code %v", s, err, r.code)
		}
	case "report":
		if _, ok := TransportOf(err); r.code != 0 && (e.Code() != r.code || !ok) || r.code == 0 && (!errors.Is(err, ErrUnknown) || ok) {
			t.Fatalf("FromMessage(%q) = %#v, want a report of code %v", s, err, r.code)
		}
	case "authorization", "advice":
		if e.Code() != r.code || e.Message() != r.inner {
			t.Fatalf("FromMessage(%q) = %#v, want code %v with %q", s, err, r.code, r.inner)
		}
	case "frame":
		if want := fromNumberMessage(r.number, r.inner, false); err.Error() != want.Error() || CodeOf(err) != CodeOf(want) || ClassOf(err) != ClassOf(want) {
			t.Fatalf("FromMessage(%q) = %#v, want FromProductMessage(%d, %q): %#v", s, err, r.number, r.inner, want)
		}
	default:
		if !errors.Is(err, ErrUnknown) || e.Code() != 0 || e.Product() != 0 || errors.Unwrap(err) != nil || e.Message() != wantMessage(s) {
			t.Fatalf("FromMessage(%q) = %#v, which the grammars do not read", s, err)
		}
	}
}

func FuzzFromCodeAndMessage(f *testing.F) {
	for i, s := range messageSeeds() {
		f.Add(100+i%60, s)
		f.Add(-20100-i%60, s)
		f.Add(int(codeTable[i%len(codeTable)].code), s)
	}
	f.Fuzz(func(t *testing.T, n int, s string) {
		o, p := FromOriginalMessage(n, s), FromProductMessage(n, s)
		if n == 0 {
			if o != nil || p != nil {
				t.Fatalf("0 with %q is not nil", s)
			}
			return
		}
		checkText(t, o, s)
		checkText(t, p, s)
		// The number decides the code, whatever the message.
		_, product, _ := numberCode(n)
		if CodeOf(p) != wantCode(n, s) || p.(*Error).Product() != product || !reflect.DeepEqual(o, p) {
			t.Fatalf("%d, %q: codes %v and %v", n, s, CodeOf(o), CodeOf(p))
		}
	})
}

// FuzzTags holds the tag grammar to the test's own reading of it, for any
// text after any tag, well formed or not.
func FuzzTags(f *testing.F) {
	for i, w := range wordings {
		f.Add("[License] ", i, w.msg)
		f.Add("[License] [Key 1]", i, w.msg)
		f.Add("[Key 1] ", -i, w.msg)
	}
	f.Fuzz(func(t *testing.T, prefix string, key int, s string) {
		for _, in := range []string{prefix + s, "[License] [Key " + strconv.Itoa(key) + "] " + s, "[License] " + prefix + s} {
			checkText(t, FromMessage(in), in)
			checkText(t, FromProductMessage(-20003, in), in)
		}
		// A wording is itself behind well-formed tags.
		if w := byWording(s); w != nil && key > 0 {
			for _, in := range []string{"[License] " + s, "[License] [Key " + strconv.Itoa(key) + "] " + s} {
				if got := FromMessage(in); got != w {
					t.Fatalf("FromMessage(%q) = %v, want %v", in, got, w)
				}
			}
		}
	})
}

// maskMark is the Barcode Reader JavaScript SDK's mark, read independently.
var maskMark = regexp.MustCompile(`^\[Attention\(exceptionCode:(0|-?[1-9][0-9]*)\)\]( |$)`)

func FuzzFromDecodedText(f *testing.F) {
	for _, s := range []string{"", "S123", "[Attention(exceptionCode:-20111)] S**3000*25", "[Attention(exceptionCode:0)] x",
		"[Attention(exceptionCode:-0)] x", "[Attention(exceptionCode:-10005)]", "[Attention(exceptionCode:007)] x", "[Attention(exceptionCode:1)]x",
		"[Attention(exceptionCode:-2147483649)] x", "[Attention(exceptionCode:2147483647)]", "[Attention(exceptionCode:-20111)]\x00 stale",
		"[Attention(exceptionCode:-201\x0011)] x", "\x00[Attention(exceptionCode:-20111)] x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := FromDecodedText(s)
		c, _, _ := strings.Cut(s, "\x00") // as C reads it
		m := maskMark.FindStringSubmatch(c)
		var n int64
		var convErr error
		if m != nil {
			n, convErr = strconv.ParseInt(m[1], 10, 32) // C's int
		}
		switch {
		case m == nil || convErr != nil:
			if err != nil {
				t.Fatalf("FromDecodedText(%q) = %v, want nil", s, err)
			}
		case n == 0:
			if err != error(ErrUnknown) {
				t.Fatalf("FromDecodedText(%q) = %v, want ErrUnknown", s, err)
			}
		default:
			// A known number is its code's sentinel, even one of two
			// meanings; any other is what FromProduct makes of it.
			code, _, _ := numberCode(int(n))
			if c, known := promiseOf(int(code)); known && err != error(c.sentinel) || !known && !reflect.DeepEqual(err, FromProduct(int(n))) {
				t.Fatalf("FromDecodedText(%q) = %#v, want the error of %d", s, err, n)
			}
		}
	})
}

func FuzzParseCode(f *testing.F) {
	for _, s := range []string{"LicenseExpired", "FailedToReachDLS", "111", "-20111", "-20200", "-10005", "Code(-20150)", "Code(", "999", "", "null",
		`"LicenseExpired"`, "-20150", `"\u004c"`, "1e2", "+1", "Quota", "Class(12)", "Class(3)", "Class(-1)", "Class(0)"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseCode(string(b))
		if err != nil {
			if c != 0 || unsafeText(err.Error()) != "" {
				t.Fatalf("ParseCode(%q) = %v, %q", b, c, err)
			}
		} else {
			checkRoundTrip(t, c)
		}
		v := Code(7)
		if err := v.UnmarshalText(b); err != nil && v != 7 || err == nil && v != c {
			t.Fatalf("UnmarshalText(%q) set %v with %v; ParseCode says %v", b, v, err, c)
		}
		v = Code(7)
		if err := v.UnmarshalJSON(b); err != nil {
			if v != 7 || unsafeText(err.Error()) != "" {
				t.Fatalf("UnmarshalJSON(%q) set %v with %q", b, v, err)
			}
		} else {
			checkRoundTrip(t, v)
		}
		if k, err := ParseClass(string(b)); err == nil {
			if back, _ := ParseClass(k.String()); back != k || k.String() != string(b) {
				t.Fatalf("ParseClass(%q) = %v, which reads back as %v", b, k, back)
			}
		} else if k != 0 || unsafeText(err.Error()) != "" {
			t.Fatalf("ParseClass(%q) = %v, %q", b, k, err)
		}
	})
}

// vendorNames is the vendor's constant of each per-module code, from the
// public headers (Capture Vision's DynamsoftCore.h, Barcode Reader 9's
// DynamsoftBarcodeReader.h): each constant's doc comment must name it.
var vendorNames = map[int]string{
	-10016: "DBRERR_QR_LICENSE_INVALID", -10017: "DBRERR_1D_LICENSE_INVALID", -10019: "DBRERR_PDF417_LICENSE_INVALID",
	-10020: "DBRERR_DATAMATRIX_LICENSE_INVALID", -10041: "DBRERR_AZTEC_LICENSE_INVALID", -10046: "DBRERR_PATCHCODE_LICENSE_INVALID",
	-10047: "DBRERR_POSTALCODE_LICENSE_INVALID", -10048: "DBRERR_DPM_LICENSE_INVALID", -10056: "EC_IRT_LICENSE_INVALID",
	-10057: "DBRERR_MAXICODE_LICENSE_INVALID", -10058: "DBRERR_GS1_DATABAR_LICENSE_INVALID", -10059: "DBRERR_GS1_COMPOSITE_LICENSE_INVALID",
	-10060: "DBRERR_PANORAMA_LICENSE_INVALID", -10061: "DBRERR_DOTCODE_LICENSE_INVALID", -10062: "DBRERR_PHARMACODE_LICENSE_INVALID",
	-10079: "EC_PDF_LICENSE_NOT_FOUND", -30016: "EC_QR_LICENSE_INVALID", -30017: "EC_1D_LICENSE_INVALID", -30019: "EC_PDF417_LICENSE_INVALID",
	-30020: "EC_DATAMATRIX_LICENSE_INVALID", -30041: "EC_AZTEC_LICENSE_INVALID", -30046: "EC_PATCHCODE_LICENSE_INVALID",
	-30047: "EC_POSTALCODE_LICENSE_INVALID", -30048: "EC_DPM_LICENSE_INVALID", -30057: "EC_MAXICODE_LICENSE_INVALID",
	-30058: "EC_GS1_DATABAR_LICENSE_INVALID", -30059: "EC_GS1_COMPOSITE_LICENSE_INVALID", -30061: "EC_DOTCODE_LICENSE_INVALID",
	-30062: "EC_PHARMACODE_LICENSE_INVALID", -30063: "EC_BARCODE_READER_LICENSE_NOT_FOUND", -40103: "EC_LABEL_RECOGNIZER_LICENSE_NOT_FOUND",
	-50058: "EC_DOCUMENT_NORMALIZER_LICENSE_NOT_FOUND", -70060: "EC_PANORAMA_LICENSE_INVALID", -90006: "EC_ZA_DL_LICENSE_INVALID",
	-90007: "EC_AAMVA_DL_ID_LICENSE_INVALID", -90008: "EC_AADHAAR_LICENSE_INVALID", -90009: "EC_MRTD_LICENSE_INVALID",
	-90010: "EC_VIN_LICENSE_INVALID", -90011: "EC_CUSTOMIZED_CODE_TYPE_LICENSE_INVALID", -90012: "EC_CODE_PARSER_LICENSE_NOT_FOUND",
}

// TestModuleCodes holds the per-module codes to issue 12: their numbers,
// names, vendor constants, classes and texts, and every way in and out.
func TestModuleCodes(t *testing.T) {
	order, from := sdkTexts(t)
	canonical := map[int]string{} // Capture Vision's text, else Barcode Reader 9's
	for _, source := range []string{"DCV 3", "DBR 9"} {
		for _, r := range order {
			if slices.Contains(moduleScope, r.product) && canonical[r.product] == "" && slices.Contains(from[r], source) {
				canonical[r.product] = r.msg
			}
		}
	}
	docs := constantDocs(t)
	if len(canonical) != len(moduleScope) || len(vendorNames) != len(moduleScope) {
		t.Errorf("the tables have %d per-module codes, the vendor's names %d, the scope %d", len(canonical), len(vendorNames), len(moduleScope))
	}
	for _, n := range moduleScope {
		c := contractOf(t, n)
		if int(c.code) != n || c.code.Original() != 0 || c.code.Product() != n || !c.code.Known() || c.code.String() != c.name || c.code.Class() != ClassLicense {
			t.Errorf("%d: Code %d, Original %d, Product %d, Known %v, String %q, Class %v", n, int(c.code), c.code.Original(), c.code.Product(), c.code.Known(), c.code.String(), c.code.Class())
		}
		if c.code.Message() != canonical[n] || asE(c.sentinel).Message() != canonical[n] || asE(c.sentinel).Error() != dlsPrefix(n, 0)+canonical[n] {
			t.Errorf("%d: Message %q, sentinel %q; want %q", n, c.code.Message(), asE(c.sentinel).Error(), canonical[n])
		}
		if !strings.Contains(docs[c.name], vendorNames[n]) || !strings.Contains(docs[c.name], canonical[n]) {
			t.Errorf("the doc comment of %s names no %s or quotes no %q: %q", c.name, vendorNames[n], canonical[n], docs[c.name])
		}
		for _, s := range []string{c.name, strconv.Itoa(n)} {
			if got, err := ParseCode(s); got != c.code || err != nil {
				t.Errorf("ParseCode(%q) = %v, %v", s, got, err)
			}
		}
		if text, _ := c.code.MarshalText(); string(text) != c.name {
			t.Errorf("%d marshals to %q", n, text)
		}
		if isTwoMeanings(n) {
			continue // TestTwoMeanings
		}
		for _, err := range []error{FromProduct(n), FromOriginal(n), FromProductMessage(n, ""), FromDecodedText("[Attention(exceptionCode:" + strconv.Itoa(n) + ")] x")} {
			if err != error(c.sentinel) {
				t.Errorf("%d gave %v, want %v", n, err, c.sentinel)
			}
		}
	}
	// Two vendor constants that would give one Go name have two clear ones.
	for _, pair := range [][2]Code{{DBRQRLicenseInvalid, QRLicenseInvalid}, {DBROneDLicenseInvalid, OneDLicenseInvalid}, {DBRPanoramaLicenseInvalid, PanoramaLicenseInvalid}} {
		if pair[0].String() != "DBR"+pair[1].String() || pair[0] == pair[1] {
			t.Errorf("%v and %v", pair[0], pair[1])
		}
	}
}

// constantDocs returns the doc comment of each Code constant, by name.
func constantDocs(t *testing.T) map[string]string { return valueDocs(t, "codes.go") }

// valueDocs returns the doc comment of each declared value of a file, by
// name, its spacing made single.
func valueDocs(t *testing.T, file string) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]string{}
	ast.Inspect(f, func(n ast.Node) bool {
		if s, ok := n.(*ast.ValueSpec); ok && s.Doc != nil {
			docs[s.Names[0].Name] = strings.Join(strings.Fields(s.Doc.Text()), " ")
		}
		return true
	})
	return docs
}

// TestTwoMeanings: -10058 to -10062 are decided by their text, never by the
// number alone.
func TestTwoMeanings(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(twoMeaningsTable), "\n")[2:]
	var twoMeanings int
	for _, e := range entries {
		if e.twoMeanings {
			twoMeanings++
		}
	}
	if len(lines) != twoMeanings {
		t.Fatalf("the table has %d numbers, the package %d", len(lines), twoMeanings)
	}
	for _, line := range lines {
		cell := cells(line)
		n, _ := strconv.Atoi(cell[0])
		other := strings.Trim(cell[2], "\u2035")
		c := contractOf(t, n)
		license := c.code.Message() // Barcode Reader 9's text
		if !strings.HasPrefix(license, "The license for the ") || !c.code.Known() {
			t.Fatalf("%d: %q", n, license)
		}
		// The number alone, either way: no code, the number kept.
		for _, err := range []error{FromProduct(n), FromOriginal(n), FromProductMessage(n, ""), FromOriginalMessage(n, "\x00")} {
			checkUnknown(t, err, 0, dlsPrefix(n, 0)+"ambiguous code")
			if e := err.(*Error); e.Product() != n || e.Message() != "" || errors.Is(err, c.sentinel) || ClassOf(err) != ClassUnknown {
				t.Errorf("%d alone: %#v", n, err)
			}
		}
		// With Barcode Reader 9's text, bare or tagged: the license code.
		for _, msg := range []string{license, "[License] " + license, license + "\x00\x00"} {
			if got := FromProductMessage(n, msg); got != error(c.sentinel) {
				t.Errorf("FromProductMessage(%d, %q) = %v, want %v", n, msg, got, c.sentinel)
			}
		}
		// With Capture Vision's text: not a license error, the number's.
		for _, msg := range []string{other, "[License] " + other, other + "\x00"} {
			err := FromProductMessage(n, msg)
			if e := err.(*Error); e.Product() != n || e.Message() != other || errors.Is(err, c.sentinel) || errors.Is(err, ErrUnknown) ||
				!errors.Is(err, ErrNotLicense) || ClassOf(err) != ClassNotLicense || err.Error() != dlsPrefix(n, 0)+"not a license error: "+other {
				t.Errorf("FromProductMessage(%d, %q) = %#v", n, msg, err)
			}
		}
		// With any other text: which it is stays unknown, the text kept.
		for _, msg := range []string{"The license is invalid.", "odd"} {
			err := FromProductMessage(n, msg)
			checkUnknown(t, err, 0, dlsPrefix(n, 0)+"unknown code: "+strconv.Quote(wantMessage(msg)))
			if e := err.(*Error); e.Product() != n || e.Message() != wantMessage(msg) || errors.Is(err, c.sentinel) {
				t.Errorf("FromProductMessage(%d, %q) = %#v", n, msg, err)
			}
		}
		if err := FromMessage(other); !errors.Is(err, ErrNotLicense) || CodeOf(err) != 0 || err.(*Error).Product() != n {
			t.Errorf("FromMessage(%q) = %#v", other, err)
		}
		if got := FromMessage(license); got != error(c.sentinel) {
			t.Errorf("FromMessage(%q) = %v", license, got)
		}
		// A masked result only ever carries a license code.
		if got := FromDecodedText("[Attention(exceptionCode:" + cell[0] + ")] *h*rm*"); got != error(c.sentinel) {
			t.Errorf("a result masked with %d gave %v", n, got)
		}
	}
}

// The capture-time messages as measured (sdk-capture.md) and reported.
const (
	noLicenseBR   = "[Barcode Reader] No license found."
	invalidKey    = "[License] [Key 1] The license is invalid."
	connectReport = "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found."
)

func TestCaptureTime(t *testing.T) {
	// What Capture Vision returned, after the three license outcomes.
	bare := FromProductMessage(-30063, noLicenseBR)
	key := FromProductMessage(-30063, noLicenseBR+" "+invalidKey)
	unreachable := FromProductMessage(-30063, noLicenseBR+" "+connectReport)
	if bare != error(ErrBarcodeReaderLicenseNotFound) || errors.Unwrap(bare) != nil || ClassOf(bare) != ClassLicense || Retryable(bare) {
		t.Errorf("no InitLicense: %#v", bare)
	}
	if e := key.(*Error); e.Code() != BarcodeReaderLicenseNotFound || e.Message() != noLicenseBR+" "+invalidKey || errors.Unwrap(key) != error(ErrLicenseInvalid) ||
		!errors.Is(key, ErrBarcodeReaderLicenseNotFound) || !errors.Is(key, ErrLicenseInvalid) || errors.Is(key, ErrUnknown) ||
		ClassOf(key) != ClassLicense || Retryable(key) || Licensed(key) || key.Error() != "dls -30063: "+noLicenseBR+" "+invalidKey {
		t.Errorf("a bogus key: %#v", key)
	}
	tr, ok := TransportOf(unreachable)
	if e := unreachable.(*Error); e.Code() != BarcodeReaderLicenseNotFound || e.Message() != noLicenseBR+" "+connectReport || !errors.Is(unreachable, ErrBarcodeReaderLicenseNotFound) ||
		errors.Is(unreachable, ErrUnknown) || ClassOf(unreachable) != ClassUnavailable || !Retryable(unreachable) || Licensed(unreachable) ||
		!ok || tr != (Transport{Reason: "DLS Connect Error", ErrorCode: 7, Cache: "Cache not found."}) ||
		unreachable.Error() != "dls -30063: "+noLicenseBR+" "+strconv.Quote(connectReport) {
		t.Errorf("servers out of reach: %#v, %+v", unreachable, tr)
	}
	if cause := errors.Unwrap(unreachable).(*Error); cause.Code() != FailedToReachDLS || cause.Message() != connectReport[len("[License] "):] || ClassOf(cause) != ClassUnavailable ||
		!errors.Is(unreachable, ErrFailedToReachDLS) {
		t.Errorf("servers out of reach: cause %#v", cause)
	}
	for _, tc := range []struct {
		number int
		msg    string
		code   Code
		cause  error // nil: no cause (but a report of the wire, which has one)
		class  Class
	}{
		{-30063, "[Barcode Reader] [ONED] No license found.", BarcodeReaderLicenseNotFound, nil, ClassLicense},
		{-30063, "[Barcode Reader] [GS1_DATABAR_LIMITED] No license found. " + invalidKey, BarcodeReaderLicenseNotFound, ErrLicenseInvalid, ClassLicense},
		{-30063, "[Barcode Reader] [AZ09_] No license found.", BarcodeReaderLicenseNotFound, nil, ClassLicense},
		{-30063, "[Barcode Reader] [" + strings.Repeat("Z", 32) + "] No license found.", BarcodeReaderLicenseNotFound, nil, ClassLicense},
		{-40103, "[Label Recognizer] No license found. [License] The license has expired.", LabelRecognizerLicenseNotFound, ErrLicenseKeyExpired, ClassLicense},
		{-50058, "[Document Normalizer] No license found. [License] Failed to reach License Server.", DocumentNormalizerLicenseNotFound, ErrFailedToReachDLS, ClassUnavailable},
		{-90012, "[Code Parser] No license found. [License] License has exceeded its limit.", CodeParserLicenseNotFound, ErrLimitExceeded, ClassQuota},
		{-10079, "[PDF] No license found. [License] Unknown Network Error. ErrorCode:0 HttpCode:503 ResponseStr:Service Unavailable.[Cache] Cache not found.", PDFLicenseNotFound, nil, ClassUnavailable},
		{-30063, noLicenseBR + " [License] Invalid License String. ErrorCode:0 HttpCode:200 ResponseStr:<html>\n MainErrorCode:7 MainHttpCode:0.", BarcodeReaderLicenseNotFound, nil, ClassUnavailable},
		// A warning does not say why the license is missing: the module's class.
		{-30063, noLicenseBR + " [License] Trial License.", BarcodeReaderLicenseNotFound, ErrTrialLicense, ClassLicense},
		// A message the package does not read is no cause: the module decides.
		{-30063, noLicenseBR + " [License] A message nobody has seen.", BarcodeReaderLicenseNotFound, nil, ClassLicense},
		{-30063, noLicenseBR + " [License] Licence mismatch: foo", BarcodeReaderLicenseNotFound, nil, ClassLicense},
		{-30063, noLicenseBR + " [License] License mismatch: foo", BarcodeReaderLicenseNotFound, ErrLicenseMismatch, ClassMismatch},
		// Nor is an error that is not about the license: a module's text is.
		{-30063, noLicenseBR + " The file type is not supported.", BarcodeReaderLicenseNotFound, nil, ClassLicense},
		// Nor is a capture-time text: a cause has no cause of its own.
		{-40103, "[Label Recognizer] No license found. " + noLicenseBR + " " + invalidKey, LabelRecognizerLicenseNotFound, nil, ClassLicense},
		{-40103, "[Label Recognizer] No license found. [Barcode Reader] [ONED] No license found.", LabelRecognizerLicenseNotFound, nil, ClassLicense},
		{-40103, "[Label Recognizer] No license found. " + noLicenseBR, LabelRecognizerLicenseNotFound, ErrBarcodeReaderLicenseNotFound, ClassLicense},
	} {
		for _, err := range []error{FromProductMessage(tc.number, tc.msg), FromMessage(tc.msg), FromMessage("  " + tc.msg + "\x00\x00")} {
			e := err.(*Error)
			if e.Code() != tc.code || e.Message() != tc.msg || ClassOf(err) != tc.class || Retryable(err) != isRetryable(tc.class) || Licensed(err) || errors.Is(err, ErrUnknown) {
				t.Errorf("%q: %#v, class %v", tc.msg, err, ClassOf(err))
			}
			cause := errors.Unwrap(err)
			switch {
			case tc.cause == nil && strings.Contains(tc.msg, "ErrorCode:"):
				if _, ok := TransportOf(err); !ok || cause == nil || !CodeOf(cause).Known() || ClassOf(cause) != ClassUnavailable || errors.Is(err, ErrUnknown) {
					t.Errorf("%q: cause %#v", tc.msg, cause)
				}
			case tc.cause == nil:
				if cause != nil {
					t.Errorf("%q: cause %#v, want none", tc.msg, cause)
				}
			case cause != tc.cause && (CodeOf(cause) != CodeOf(tc.cause) || asE(cause).kind != kindItem) || !errors.Is(err, tc.cause):
				t.Errorf("%q: cause %#v, want %v", tc.msg, cause, tc.cause)
			}
			checkText(t, err, tc.msg)
		}
	}
	// A format tag alone is the module's text, written as it is.
	for _, msg := range []string{"[Barcode Reader] [ONED] No license found.", noLicenseBR} {
		if got := FromMessage(msg).Error(); got != dlsPrefix(-30063, 0)+msg {
			t.Errorf("FromMessage(%q).Error() = %q", msg, got)
		}
	}
	// Nothing else is stripped or guessed.
	for _, msg := range []string{
		"[Barcode Reader] No license found.[License] x", "[Barcode Reader]  No license found.", "[Barcode reader] No license found.",
		"[Barcode Reader] No license found", "[Barcode Reader] No License found.", "[Barcode Reader] [oned] No license found.",
		"[Barcode Reader] [ONED]No license found.", "[Barcode Reader] [] No license found.", "[Barcode Reader] [ONED] [QR] No license found.",
		"[Barcode Reader] No license found.  [License] x", "[Barcode Reader] No license found. \u3000x", "[Barcode Reader] [" + strings.Repeat("A", 33) + "] No license found.",
		"[Barcode Reader][ONED] No license found.", "[Barcode Reader] [ONED-2] No license found.", "[Barcode Reader] x No license found.",
		"[Barcode Reader] [@] No license found.", "[Barcode Reader] [[] No license found.", "[Barcode Reader] [/] No license found.", "[Barcode Reader] [:] No license found.",
		"[License] [Barcode Reader] x", "Barcode Reader No license found.", "[Unknown Module] No license found.", "[Barcode Reader] No license found.x",
	} {
		err := FromMessage(msg)
		if !errors.Is(err, ErrUnknown) || CodeOf(err) != 0 || errors.Unwrap(err) != nil {
			t.Errorf("FromMessage(%q) = %#v, want unrecognized", msg, err)
		}
		// The number decides; the text is kept as text from outside.
		if err := FromProductMessage(-30063, msg); CodeOf(err) != BarcodeReaderLicenseNotFound || errors.Unwrap(err) != nil || err.(*Error).Message() != wantMessage(msg) {
			t.Errorf("FromProductMessage(-30063, %q) = %#v", msg, err)
		}
	}
	// Another number keeps its code, and the module text is text.
	if err := FromProductMessage(-20200, noLicenseBR+" "+invalidKey); CodeOf(err) != FailedToReachDLS || errors.Unwrap(err) != nil || errors.Is(err, ErrLicenseInvalid) {
		t.Errorf("-20200 with a module text: %#v", err)
	}
}

// captureGrammar is the package doc's "Capture time", read independently.
var captureGrammar = regexp.MustCompile(`(?s)^\[(Barcode Reader|Label Recognizer|Document Normalizer|Code Parser|PDF)\] (\[[A-Z0-9_]{1,32}\] )?No license found\.(?: (.+))?$`)

// mismatchGrammar is the browser client's "License mismatch: " with what
// did not match after it, read independently.
var mismatchGrammar = regexp.MustCompile(`(?s)^License mismatch: (.+)$`)

// captureMatch is captureGrammar's match of s, with its rule that one space,
// not more, comes before the message appended; nil if s is no such text.
func captureMatch(s string) []string {
	m := captureGrammar.FindStringSubmatch(s)
	if m != nil && m[3] != "" {
		if r, _ := utf8.DecodeRuneInString(m[3]); unicode.IsSpace(r) {
			return nil
		}
	}
	return m
}

// moduleCodes are the codes of captureGrammar's modules.
var moduleCodes = map[string]Code{"Barcode Reader": -30063, "Label Recognizer": -40103, "Document Normalizer": -50058, "Code Parser": -90012, "PDF": -10079}

func FuzzCapture(f *testing.F) {
	for _, s := range []string{noLicenseBR, noLicenseBR + " " + invalidKey, noLicenseBR + " " + connectReport, "[PDF] [QR_CODE] No license found.",
		"[Code Parser] No license found. x", "[Barcode Reader] No license found. \tx", "[Label Recognizer] [A] No license found.  y"} {
		f.Add(s, 0)
		f.Add(s, -30063)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		err := FromMessage(s)
		checkText(t, err, s)
		m := captureMatch(wantMessage(s))
		if m == nil {
			checkReading(t, s, err) // not a capture-time text: the other grammars
			return
		}
		if CodeOf(err) != moduleCodes[m[1]] {
			t.Fatalf("FromMessage(%q) = %v, want code %v", s, err, moduleCodes[m[1]])
		}
		cause := errors.Unwrap(err)
		if m[3] == "" {
			if cause != nil {
				t.Fatalf("FromMessage(%q) has a cause", s)
			}
			return
		}
		// The cause is the appended message as FromMessage reads it, if it
		// reads it (a known code, or a report of the wire), and if it is no
		// capture-time text but a module's bare one.
		want := FromMessage(m[3])
		// (A text that is not about the license, a browser's frame and a
		// capture-time text are no cause; a module's bare text is one.)
		r := readIndependently(m[3], false)
		read := !errors.Is(want, ErrUnknown) && !errors.Is(want, ErrNotLicense) && r.what != "frame" && r.what != "capture" && r.what != "text"
		switch {
		case !read && cause != nil:
			t.Fatalf("FromMessage(%q): cause %#v, want none", s, cause)
		case read && (cause == nil || cause.Error() != want.Error() || CodeOf(cause) != CodeOf(want) || ClassOf(cause) != ClassOf(want)):
			t.Fatalf("FromMessage(%q): cause %#v, want %#v", s, cause, want)
		case !read:
			if ClassOf(err) != ClassLicense || errors.Is(err, ErrUnknown) {
				t.Fatalf("FromMessage(%q): class %v without a cause", s, ClassOf(err))
			}
			return
		}
		if got := FromProductMessage(int(moduleCodes[m[1]]), s); got.Error() != err.Error() || errors.Unwrap(got) == nil || errors.Unwrap(got).Error() != cause.Error() {
			t.Fatalf("FromProductMessage(%d, %q) = %v, FromMessage %v", moduleCodes[m[1]], s, got, err)
		}
	})
}

// The reports of the wire, as sdk-license-client.md measured them and users
// reported them.
var transports = []struct {
	msg  string
	want Transport
}{
	{"[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found.", Transport{Reason: "DLS Connect Error", ErrorCode: 7, Cache: "Cache not found."}},
	{"[License] Unknown Network Error. ErrorCode:0 HttpCode:503 ResponseStr:Service Unavailable.[Cache] Cache not found.",
		Transport{Reason: "Unknown Network Error", HTTPStatus: 503, Response: "Service Unavailable", Cache: "Cache not found."}},
	{"[License] Invalid License String. ErrorCode:0 HttpCode:200 ResponseStr:<body>\n.", Transport{Reason: "Invalid License String", HTTPStatus: 200, Response: "<body>\n"}},
	{"[License] Invalid License String. ErrorCode:0 HttpCode:200 ResponseStr:<body> MainErrorCode:7 MainHttpCode:0.",
		Transport{Reason: "Invalid License String", HTTPStatus: 200, Response: "<body>", Failover: true, MainErrorCode: 7}},
	{"[License] DLS Connect Error. ErrorCode:7 HttpCode:503 ResponseStr: MainErrorCode:0 MainHttpCode:503.[Cache] Cache not found.",
		Transport{Reason: "DLS Connect Error", ErrorCode: 7, HTTPStatus: 503, Failover: true, MainHTTPStatus: 503, Cache: "Cache not found."}},
	{"[License] DLS Connect Error. ErrorCode:-1 HttpCode:-1 ReponseStr:.[Cache] Cache not found.", Transport{Reason: "DLS Connect Error", ErrorCode: -1, HTTPStatus: -1, Cache: "Cache not found."}},
	{"DLS Connect Error.-ErrorCode:7-HttpCode:0-ReponseStr:", Transport{Reason: "DLS Connect Error", ErrorCode: 7}},
	{"Unknow Error.-ErrorCode:0-HttpCode:503-ReponseStr:Service Unavailable", Transport{Reason: "Unknow Error", HTTPStatus: 503, Response: "Service Unavailable"}},
	{"Invalid License.-ErrorCode:0-HttpCode:200-ReponseStr:not a license\n", Transport{Reason: "Invalid License", HTTPStatus: 200, Response: "not a license\n"}},
	{"Invalid License.-ErrorCode:-1-HttpCode:-1-ReponseStr:a.-ErrorCode:1-HttpCode:2-ReponseStr:b\r\n\x00stale", Transport{Reason: "Invalid License", ErrorCode: -1, HTTPStatus: -1, Response: "a.-ErrorCode:1-HttpCode:2-ReponseStr:b\r\n"}},
	// The body ends where the rest first reads as the report's end.
	{"X. ErrorCode:1 HttpCode:2 ResponseStr:a. MainErrorCode:3 MainHttpCode:4.[Cache] c.[Cache] d",
		Transport{Reason: "X", ErrorCode: 1, HTTPStatus: 2, Response: "a.", Failover: true, MainErrorCode: 3, MainHTTPStatus: 4, Cache: "c.[Cache] d"}},
	// Main numbers that fit in no int are no end: the body runs on.
	{"X. ErrorCode:1 HttpCode:2 ResponseStr:a MainErrorCode:9999999999 MainHttpCode:4.", Transport{Reason: "X", ErrorCode: 1, HTTPStatus: 2, Response: "a MainErrorCode:9999999999 MainHttpCode:4"}},
	{"X. ErrorCode:1 HttpCode:2 ResponseStr:a MainErrorCode:99999999999 MainHttpCode:4.", Transport{Reason: "X", ErrorCode: 1, HTTPStatus: 2, Response: "a MainErrorCode:99999999999 MainHttpCode:4"}},
	{"X. ErrorCode:1 HttpCode:2 ResponseStr:a MainErrorCode:3 MainHttpCode:2147483648 MainErrorCode:3 MainHttpCode:4.",
		Transport{Reason: "X", ErrorCode: 1, HTTPStatus: 2, Response: "a MainErrorCode:3 MainHttpCode:2147483648", Failover: true, MainErrorCode: 3, MainHTTPStatus: 4}},
	{"X. ErrorCode:1 HttpCode:2 ResponseStr:a MainErrorCode:3 MainHttpCode:x.", Transport{Reason: "X", ErrorCode: 1, HTTPStatus: 2, Response: "a MainErrorCode:3 MainHttpCode:x"}},
	{"X. ErrorCode:2147483647 HttpCode:-2147483648 ResponseStr:.", Transport{Reason: "X", ErrorCode: math.MaxInt32, HTTPStatus: math.MinInt32}},
	{"X. ErrorCode:1 HttpCode:2 ResponseStr:a MainErrorCode:x MainHttpCode:1.", Transport{Reason: "X", ErrorCode: 1, HTTPStatus: 2, Response: "a MainErrorCode:x MainHttpCode:1"}},
	// Periods and main tails in the body, one after another: each is a
	// candidate end in turn.
	{"X. ErrorCode:1 HttpCode:2 ResponseStr:a..[Cache] c.", Transport{Reason: "X", ErrorCode: 1, HTTPStatus: 2, Response: "a.", Cache: "c."}},
	{"X. ErrorCode:1 HttpCode:2 ResponseStr:a. b.. c.[Cache] d.", Transport{Reason: "X", ErrorCode: 1, HTTPStatus: 2, Response: "a. b.. c", Cache: "d."}},
	{"X. ErrorCode:1 HttpCode:2 ResponseStr:x MainErrorCode:y. z. MainErrorCode:3 MainHttpCode:4.",
		Transport{Reason: "X", ErrorCode: 1, HTTPStatus: 2, Response: "x MainErrorCode:y. z.", Failover: true, MainErrorCode: 3, MainHTTPStatus: 4}},
}

// measuredReasons returns the code the SDKs returned with each reason of a
// transport report in the committed InitLicense scenarios, by form ("cv" or
// "dbr9"), read with the test's own grammar: one code for each reason.
func measuredReasons(t *testing.T) map[string]Code {
	t.Helper()
	t.Setenv("DLSERR_REALCLIENT", "") // the committed runs
	out := map[string]Code{}
	for _, f := range readGolden(t, "initlicense.golden", 4) {
		msg, rc := wantMessage(f[3]), Code(mustAtoi(t, f[2]))
		key := ""
		if m := cvHead.FindStringSubmatch(msg); m != nil {
			key = "cv " + m[1]
		} else if m := dbrReport.FindStringSubmatch(msg); m != nil {
			key = "dbr9 " + m[1]
		} else {
			continue
		}
		if c, seen := out[key]; seen && c != rc {
			t.Fatalf("reason %q came with %v and %v", key, c, rc)
		}
		out[key] = rc
	}
	if len(out) != 6 {
		t.Fatalf("the committed runs measured %d reasons: %v", len(out), out)
	}
	return out
}

// reasonOf returns the form and reason of a report in a message, as the
// test's grammar reads them.
func reasonOf(msg string) string {
	if m := cvHead.FindStringSubmatch(wantMessage(msg)); m != nil {
		return "cv " + m[1]
	}
	if m := dbrReport.FindStringSubmatch(wantMessage(msg)); m != nil {
		return "dbr9 " + m[1]
	}
	return ""
}

func TestTransport(t *testing.T) {
	measured := measuredReasons(t)
	for _, tc := range transports {
		code, known := measured[reasonOf(tc.msg)]
		// With a number, any reason: the number decides, the report is read.
		errs := []error{FromProductMessage(-20200, tc.msg), FromProductMessage(-20003, tc.msg)}
		if known {
			errs = append(errs, FromMessage(tc.msg))
			if strings.Contains(tc.msg, " ErrorCode:") { // Capture Vision's, as Capture Vision appends it
				errs = append(errs, layered(FromProductMessage(-30063, noLicenseBR+" "+tc.msg)))
			}
		}
		for _, err := range errs {
			if got, ok := TransportOf(err); !ok || got != tc.want {
				t.Errorf("TransportOf(%q) = %+v, %v; want %+v", err, got, ok, tc.want)
			}
			if !Retryable(err) || ClassOf(err) != ClassUnavailable || Licensed(err) {
				t.Errorf("%q: Retryable %v, ClassOf %v", err, Retryable(err), ClassOf(err))
			}
			checkLogged(t, decide(err))
		}
		// Without a number: a measured reason is the code the SDK returned
		// with it; any other reason says nothing, and the text is unknown.
		err := FromMessage(tc.msg)
		switch {
		case known:
			if CodeOf(err) != code || errors.Is(err, ErrUnknown) || err.Error() != dlsPrefix(code.Product(), 0)+strconv.Quote(wantMessage(tc.msg)) {
				t.Errorf("FromMessage(%q) = %#v, want code %v", tc.msg, err, code)
			}
		case CodeOf(err) != 0 || !errors.Is(err, ErrUnknown) || ClassOf(err) != ClassUnknown || Retryable(err):
			t.Errorf("FromMessage(%q) = %#v, want unknown", tc.msg, err)
		default:
			if _, ok := TransportOf(err); ok {
				t.Errorf("FromMessage(%q) has a report", tc.msg)
			}
			if _, ok := TransportOf(FromProductMessage(-30063, noLicenseBR+" "+tc.msg)); ok {
				t.Errorf("%q appended at capture time is a cause", tc.msg)
			}
		}
	}
	// Issue 19's finding: a text in the report's shape with another reason.
	if err := FromMessage("Anything at all. ErrorCode:0 HttpCode:200 ResponseStr:."); !errors.Is(err, ErrUnknown) || Retryable(err) || ClassOf(err) != ClassUnknown {
		t.Errorf("a report of no measured reason without a number: %#v, class %v", err, ClassOf(err))
	}
	// A malformed envelope is no report: nothing is guessed.
	for _, msg := range []string{
		"DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:", "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.x",
		". ErrorCode:7 HttpCode:0 ResponseStr:.", "DLS Connect Error ErrorCode:7 HttpCode:0 ResponseStr:.", "DLS. Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.",
		"DLS Connect Error. ErrorCode:07 HttpCode:0 ResponseStr:.", "DLS Connect Error. ErrorCode:-0 HttpCode:0 ResponseStr:.",
		"DLS Connect Error. ErrorCode: 7 HttpCode:0 ResponseStr:.", "DLS Connect Error. ErrorCode:7 HttpCode:0 RsponseStr:.",
		"DLS Connect Error. ErrorCode:7 HttpCode:0  ResponseStr:.", "DLS Connect Error. ErrorCode:7 HttpCode:0 RefoStr:.", "DLS Connect Error. ErrorCode:2147483648 HttpCode:0 ResponseStr:.",
		"DLS Connect Error. ErrorCode:7 HttpCode:x ResponseStr:.", "DLS Connect Error. HttpCode:0 ResponseStr:.", "DLS Connect Error. ErrorCode:7 ResponseStr:.",
		"DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache]", "DLS Connect Error.-ErrorCode:7-HttpCode:0-ResponseStr:",
		"DLS Connect Error.-ErrorCode:7-HttpCode:0", "DLS Connect Error.-ErrorCode:7 HttpCode:0 ReponseStr:", "DLS Connect Error.-ErrorCode:+7-HttpCode:0-ReponseStr:",
		"DLS Connect Error.-ErrorCode:2147483648-HttpCode:0-ReponseStr:", "DLS Connect Error.-ErrorCode:0-HttpCode:-2147483649-ReponseStr:",
		"DLS Connect Error. ErrorCode:7 HttpCode:2147483648 ResponseStr:.", "DLS Connect Error. ErrorCode:7 HttpCode:99999999999 ResponseStr:.",
		"The license is invalid.", "", "[License] ", "DLS Connect Error.",
	} {
		err := FromProductMessage(-20200, msg)
		if tr, ok := TransportOf(err); ok {
			t.Errorf("TransportOf(%q) = %+v, want none", msg, tr)
		}
		if err := FromMessage(msg); msg != "The license is invalid." && (!errors.Is(err, ErrUnknown) || ClassOf(err) != ClassUnknown || Retryable(err)) {
			t.Errorf("FromMessage(%q) = %#v, class %v", msg, err, ClassOf(err))
		}
	}
	// A number of two meanings with a report of the wire: the report is
	// read, and the number still names no code.
	if err := FromProductMessage(-10062, connectReport); !errors.Is(err, ErrUnknown) || CodeOf(err) != 0 || ClassOf(err) != ClassUnknown {
		t.Errorf("-10062 with a report of the wire: %#v", err)
	} else if _, ok := TransportOf(err); !ok {
		t.Error("-10062 with a report of the wire: TransportOf reads none")
	}
	// A text that is another code's, or 113's, is still a report with a
	// number of its own.
	for _, msg := range []string{noLicenseBR + " ErrorCode:7 HttpCode:0 ResponseStr:.", item113Prefix + ". ErrorCode:7 HttpCode:0 ResponseStr:" + item113Suffix} {
		if tr, ok := TransportOf(FromProductMessage(-20200, msg)); !ok || tr.ErrorCode != 7 {
			t.Errorf("TransportOf(FromProductMessage(-20200, %q)) = %+v, %v", msg, tr, ok)
		}
	}
	if _, ok := TransportOf(nil); ok {
		t.Error("nil has a transport report")
	}
	if _, ok := TransportOf(errors.New("DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.")); ok {
		t.Error("an error that is no DLS error has a transport report")
	}
	// Logs and JSON show the report, bounded.
	body := strings.Repeat("<p>\n", 300)
	e := FromProductMessage(-20003, "Invalid License.-ErrorCode:0-HttpCode:200-ReponseStr:"+body).(*Error)
	got, line := logged(t, slog.Any("err", e))
	want := map[string]any{"reason": "Invalid License", "error_code": 0.0, "http_status": 200.0, "response": body[:200], "response_len": 1200.0}
	if !reflect.DeepEqual(got["err"].(map[string]any)["transport"], want) {
		t.Errorf("logged %s, want transport %v", line, want)
	}
}

// transportGrammar is Transport's doc, read independently: Capture Vision's
// form, its head and the tail after the body, and Barcode Reader 9's.
var (
	cvHead    = regexp.MustCompile(`(?s)^([^.]+)\. ErrorCode:(0|-?[1-9][0-9]{0,9}) HttpCode:(0|-?[1-9][0-9]{0,9}) Res?ponseStr:(.*)$`)
	cvTail    = regexp.MustCompile(`(?s)^(?: MainErrorCode:(0|-?[1-9][0-9]{0,9}) MainHttpCode:(0|-?[1-9][0-9]{0,9}))?\.(?:\[Cache\] (.*))?$`)
	dbrReport = regexp.MustCompile(`(?s)^([^.]+)\.-ErrorCode:(0|-?[1-9][0-9]{0,9})-HttpCode:(0|-?[1-9][0-9]{0,9})-ReponseStr:(.*)$`)
)

// cInt32 reads what the patterns matched as C's int, "" as 0.
func cInt32(s string) (int, bool) {
	if s == "" {
		return 0, true
	}
	n, err := strconv.ParseInt(s, 10, 32)
	return int(n), err == nil
}

// wantTransport is what TransportOf must read in a message as the package
// reads it (msg) and before its trailing white space went (untrimmed).
func wantTransport(msg, untrimmed string) (Transport, bool) {
	if m := dbrReport.FindStringSubmatch(msg); m != nil {
		code, ok1 := cInt32(m[2])
		status, ok2 := cInt32(m[3])
		return Transport{Reason: m[1], ErrorCode: code, HTTPStatus: status, Response: untrimmed[len(msg)-len(m[4]):]}, ok1 && ok2
	}
	m := cvHead.FindStringSubmatch(msg)
	if m == nil {
		return Transport{}, false
	}
	code, ok1 := cInt32(m[2])
	status, ok2 := cInt32(m[3])
	if !ok1 || !ok2 {
		return Transport{}, false
	}
	for end := 0; end <= len(m[4]); end++ { // the shortest body after which the rest reads, numbers fitting
		tail := cvTail.FindStringSubmatch(m[4][end:])
		if tail == nil {
			continue
		}
		mainCode, ok1 := cInt32(tail[1])
		mainStatus, ok2 := cInt32(tail[2])
		if ok1 && ok2 {
			return Transport{Reason: m[1], ErrorCode: code, HTTPStatus: status, Response: m[4][:end],
				Failover: tail[1] != "", MainErrorCode: mainCode, MainHTTPStatus: mainStatus, Cache: tail[3]}, true
		}
	}
	return Transport{}, false
}

func FuzzTransport(f *testing.F) {
	for _, tc := range transports {
		f.Add(tc.msg)
	}
	f.Add("X. ErrorCode:1 HttpCode:2 ResponseStr:.[Cache] ")
	f.Add("X.-ErrorCode:99999999999-HttpCode:2-ReponseStr:")
	f.Fuzz(func(t *testing.T, s string) {
		err := FromProductMessage(-20200, s)
		checkText(t, err, s)
		got, ok := TransportOf(err)
		// The message as the package reads it, with and without its
		// trailing white space, which a body at the end keeps.
		untrimmed, _, _ := strings.Cut(s, "\x00")
		untrimmed = tagPrefix.ReplaceAllString(strings.TrimLeftFunc(untrimmed, unicode.IsSpace), "")
		if want, report := wantTransport(wantMessage(s), untrimmed); ok != report || ok && got != want {
			t.Fatalf("TransportOf(%q) = %+v, %v; want %+v, %v", s, got, ok, want, report)
		}
	})
}

// selfWrapper is an error that joins another and itself.
type selfWrapper struct{ also error }

func (s *selfWrapper) Error() string   { return "cycle" }
func (s *selfWrapper) Unwrap() []error { return []error{s.also, s} }

type selfUnwrap struct{}

func (s *selfUnwrap) Error() string   { return "cycle" }
func (s *selfUnwrap) Unwrap() error   { return s }
func (s *selfUnwrap) Is(e error) bool { return false }

// twice joins itself twice: a walk that follows it has twice the errors
// to look at at each level, and only the cap on their number ends it soon.
type twice struct{}

func (twice) Error() string     { return "twice" }
func (t twice) Unwrap() []error { return []error{t, t} }

// Every function that walks a tree ends on one that holds itself: the walk
// goes no deeper than maxDepth errors and looks at no more than maxNodes.
func TestCycles(t *testing.T) {
	deep := error(ErrFailedToReachDLS)
	for i := 0; i < maxDepth-1; i++ {
		deep = fmt.Errorf("w: %w", deep)
	}
	tooDeep := fmt.Errorf("w: %w", deep)
	// The depth counts the levels, not the errors at one level: a flat join
	// of 10,000 ordinary errors finds its DLS error, last as first.
	flat := make([]error, 10000)
	for i := range flat {
		flat[i] = fmt.Errorf("ordinary %d", i)
	}
	flatLast, flatFirst := errors.Join(append(slices.Clone(flat), ErrFailedToReachDLS)...), errors.Join(append([]error{ErrFailedToReachDLS}, flat...)...)
	// The cap on the number: the join, then ordinary errors; the DLS error
	// is the maxNodes-th error looked at, or the next, which is not seen.
	wide := make([]error, maxNodes-1)
	for i := range wide {
		wide[i] = flat[i%len(flat)]
	}
	atCap := errors.Join(append(slices.Clone(wide[1:]), ErrFailedToReachDLS)...)
	tooWide := errors.Join(append(wide, ErrFailedToReachDLS)...)
	for _, tc := range []struct {
		name  string
		err   error
		found bool
	}{
		{"self", &selfUnwrap{}, false},
		{"self in a join", &selfWrapper{errors.New("x")}, false},
		{"self, wrapped", fmt.Errorf("x: %w", &selfUnwrap{}), false},
		{"self beside a DLS error", errors.Join(&selfWrapper{errors.New("x")}, ErrFailedToReachDLS), true},
		{"twice itself, then a DLS error", errors.Join(twice{}, ErrFailedToReachDLS), false},
		{"a DLS error, then twice itself", errors.Join(ErrFailedToReachDLS, twice{}), true},
		{"at the bound", deep, true},
		{"past the bound", tooDeep, false},
		{"a flat join, last", flatLast, true},
		{"a flat join, first", flatFirst, true},
		{"at the cap", atCap, true},
		{"past the cap", tooWide, false},
	} {
		done := make(chan struct{})
		go func() {
			defer close(done)
			code, class, retry, licensed := CodeOf(tc.err), ClassOf(tc.err), Retryable(tc.err), Licensed(tc.err)
			_, transport := TransportOf(tc.err)
			logged(t, Attr("dls", tc.err))
			if (code == FailedToReachDLS) != tc.found || (class == ClassUnavailable) != tc.found || retry != tc.found || licensed || transport {
				t.Errorf("%s: CodeOf %v, ClassOf %v, Retryable %v, Licensed %v, TransportOf %v", tc.name, code, class, retry, licensed, transport)
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: a walk did not end", tc.name)
		}
	}
	// Licensed stops at the same bound.
	licensedDeep := error(ErrTrialLicense)
	for i := 0; i < maxDepth-1; i++ {
		licensedDeep = fmt.Errorf("w: %w", licensedDeep)
	}
	if !Licensed(licensedDeep) || Licensed(fmt.Errorf("w: %w", licensedDeep)) {
		t.Errorf("Licensed at the bound %v, past it %v", Licensed(licensedDeep), Licensed(fmt.Errorf("w: %w", licensedDeep)))
	}
	// Licensed walks every branch, under the same bound.
	warnings := error(ErrTrialLicense)
	for i := 0; i < 10; i++ {
		warnings = errors.Join(warnings, fmt.Errorf("w: %w", ErrLicenseCacheUsed))
	}
	// What the walk saw decides: a cycle of warnings is licensed, one of a
	// warning and a failure is not.
	if !Licensed(warnings) || !Licensed(&selfWrapper{ErrTrialLicense}) || Licensed(&selfWrapper{errors.Join(ErrTrialLicense, ErrLicenseExpired)}) {
		t.Error("Licensed over many warnings, or with a cycle among them")
	}
}

func TestClassOf(t *testing.T) {
	for _, c := range contract {
		if got := ClassOf(layered(c.sentinel)); got != c.class {
			t.Errorf("ClassOf(%v) = %v, want %v", c.code, got, c.class)
		}
	}
	for rs := range rowSentinels {
		want := asE(rs).Code().Class()
		if rs == ErrHandshakeIDNotCompliant {
			want = ClassHandshake
		}
		if got := ClassOf(layered(rs)); got != want {
			t.Errorf("ClassOf(%v) = %v, want %v", rs, got, want)
		}
	}
	for _, tc := range []struct {
		err  error
		want Class
	}{
		{nil, ClassUnknown},
		{errors.New("timeout"), ClassUnknown},
		{FromOriginal(999), ClassUnknown},
		{FromMessage("nope"), ClassUnknown},
		{FromProduct(-10062), ClassUnknown},
		{FromMessage("Provided handShakeId is not compliant with version 1.5."), ClassHandshake},
		{FromProductMessage(-20105, "[License] Provided handShakeId is not compliant with version 1.5."), ClassHandshake},
		{FromOriginal(105), ClassLicense},
		{FromMessage("License item does not exist."), ClassLicense},
		// The failure decides over a warning; one to fix over one to retry.
		{errors.Join(errors.New("io"), FromProduct(-20012), ErrFailedToReachDLS), ClassUnavailable},
		{errors.Join(errors.New("io"), FromProduct(-20012)), ClassWarning},
		{errors.Join(ErrFailedToReachDLS, layered(ErrLicenseExpired), ErrClonedDevice), ClassLicense},
		{errors.Join(FromProduct(-10006), ErrTrialLicense), ClassNotLicense},
		{FromProduct(-10006), ClassNotLicense},
		{FromProductMessage(-2800, "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."), ClassUnavailable},
		{FromProductMessage(-2800, "Trial License."), ClassUnknown},
		{FromProductMessage(-2800, "The file type is not supported."), ClassNotLicense},
		{asOnly{asE(ErrClonedDevice)}, ClassSecurity},
		{fmt.Errorf("x: %w", (*Error)(nil)), ClassUnknown},
	} {
		if got := ClassOf(tc.err); got != tc.want {
			t.Errorf("ClassOf(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
	// Retryable goes by the row's class too.
	if Retryable(FromMessage("Provided handShakeId is not compliant with version 1.5.")) || !Retryable(ErrUnderConstruction) {
		t.Error("Retryable does not follow the row's class")
	}
}

func TestLicensed(t *testing.T) {
	for _, c := range contract {
		if got := Licensed(layered(c.sentinel)); got != (c.class == ClassWarning) {
			t.Errorf("Licensed(%v) = %v", c.code, got)
		}
	}
	warn, cache := FromProductMessage(-20010, "[License] Trial License."), FromProduct(-20012)
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{nil, true},
		{warn, true},
		{layered(cache), true},
		{errors.Join(warn, layered(cache), FromProduct(-10076)), true},
		{errors.Join(layered(errors.Join(warn, cache)), warn), true},
		{asOnly{asE(ErrTrialLicense)}, true},
		{errors.Join(warn, ErrFailedToReachDLS), false},
		// An error that is no DLS error says nothing about the license.
		{errors.Join(warn, errors.New("io")), true},
		{errors.Join(warn, FromProduct(-10006)), false},
		{FromProduct(-10006), false},
		{errors.Join(warn, FromOriginal(999)), false},
		{errors.Join(warn, FromMessage("nope")), false},
		{fmt.Errorf("x: %w", (*Error)(nil)), false},
		{errors.New("timeout"), false},
		{isOnly{ErrTrialLicense}, false},
		{ErrLicenseExpired, false},
		{FromProductMessage(-30063, noLicenseBR+" [License] Trial License."), false},
		{fmt.Errorf("%w and %w", warn, cache), true},
		{emptyJoin{}, false},
		{nilWrap{}, false},
	} {
		if got := Licensed(tc.err); got != tc.want {
			t.Errorf("Licensed(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

// emptyJoin unwraps to no errors, and nilWrap to nil: neither is a warning.
type (
	emptyJoin struct{}
	nilWrap   struct{}
)

func (emptyJoin) Error() string   { return "empty" }
func (emptyJoin) Unwrap() []error { return nil }
func (nilWrap) Error() string     { return "nil" }
func (nilWrap) Unwrap() error     { return nil }

// The benchmarks. Each group has its baselines under impl=, over the same
// keys, so `benchstat -col /impl` shows every call as a ratio to them.

// cycle repeats keys up to a power of two of them, so that a benchmark picks
// the next with a mask, not a division that would cost more than a lookup.
func cycle[T any](keys []T) []T {
	n := 1
	for n < len(keys) {
		n *= 2
	}
	out := make([]T, n)
	for i := range out {
		out[i] = keys[i%len(keys)]
	}
	return out
}

// benchBaselines runs the baselines for lookups by number over keys: a map
// holding the same errors, and http.StatusText's switch.
func benchBaselines(b *testing.B, keys []int, errs []error) {
	baseline := map[int]error{}
	for i, k := range keys {
		baseline[k] = errs[i]
	}
	keys = cycle(keys)
	b.Run("impl=map", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkErr = baseline[keys[i&(len(keys)-1)]]
		}
	})
	b.Run("impl=StatusText", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkString = http.StatusText(keys[i&(len(keys)-1)])
		}
	})
}

// BenchmarkOriginal looks up the license server's codes.
func BenchmarkOriginal(b *testing.B) {
	var keys []int
	var errs []error
	for _, c := range contract {
		if c.number > 0 {
			keys, errs = append(keys, c.number), append(errs, c.sentinel)
		}
	}
	benchBaselines(b, keys, errs)
	keys = cycle(keys)
	b.Run("impl=dlserr", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkErr = FromOriginal(keys[i&(len(keys)-1)])
		}
	})
}

// BenchmarkProduct looks up every number an SDK returns that the package
// knows: the server's codes, the license client's, the per-module codes and
// the numbers that are not about the license, mixed; not the five of two
// meanings, which are no code without their message.
// productNumbers returns every number BenchmarkProduct looks up (README's
// Measured table counts them), with its error: each product code and each
// number that is not a license code, but the two-meaning ones.
func productNumbers() ([]int, []error) {
	var keys []int
	var errs []error
	for _, c := range contract {
		if !isTwoMeanings(c.number) && c.code.Product() != 0 {
			keys, errs = append(keys, c.code.Product()), append(errs, c.sentinel)
		}
	}
	for n := range notLicenseTexts() {
		if !isTwoMeanings(n) {
			keys, errs = append(keys, n), append(errs, FromProduct(n))
		}
	}
	slices.Sort(keys) // the same order every run
	return keys, errs
}

func BenchmarkProduct(b *testing.B) {
	keys, errs := productNumbers()
	benchBaselines(b, keys, errs)
	keys = cycle(keys)
	b.Run("impl=dlserr", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkErr = FromProduct(keys[i&(len(keys)-1)])
		}
	})
}

// BenchmarkMessage looks up texts: every one of the tables (set all), the
// specification's, the revised list's, the SDKs' license texts, every
// license text tagged as Capture Vision writes it, every message of the
// server's list in the browser's authorization template, and 113 with an id.
func BenchmarkMessage(b *testing.B) {
	var all, authorized []string
	for _, w := range wordings {
		all = append(all, w.msg)
		if w.code.Original() != 0 {
			authorized = append(authorized, authorization+w.msg+authorizationEndings[len(authorized)%2])
		}
	}
	for _, n := range notLicense {
		if !slices.Contains(all, n.msg) {
			all = append(all, n.msg)
		}
	}
	for _, set := range []struct {
		name string
		keys []string
	}{
		{"spec", nil},
		{"revised", nil},
		{"sdk", nil},
		{"all", all},
		{"tagged", tagged},
		{"authorization", authorized},
		{"item", []string{item113Prefix + "LI-2024-0042" + item113Suffix}},
		{"unknown", []string{"[Barcode Reader] No license found."}},
	} {
		keys := set.keys
		for _, w := range wordings {
			if set.name == "spec" && w.src&srcDLS != 0 || set.name == "revised" && w.src&srcRevised != 0 || set.name == "sdk" && w.code < 0 {
				keys = append(keys, w.msg)
			}
		}
		// The baseline: a map of the same keys' errors, as if a service kept
		// one entry for every text it may receive.
		baseline := map[string]error{}
		for _, k := range keys {
			baseline[k] = FromMessage(k)
		}
		keys = cycle(keys)
		b.Run("set="+set.name+"/impl=map", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				sinkErr = baseline[keys[i&(len(keys)-1)]]
			}
		})
		b.Run("set="+set.name+"/impl=dlserr", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkErr = FromMessage(keys[i&(len(keys)-1)])
			}
		})
	}
}

func BenchmarkCalls(b *testing.B) {
	wrapped := layered(FromMessage("License for this ip has expired."))
	wrappedReport := layered(FromProductMessage(-20200, connectReport))
	item := FromMessage(item113Prefix + "LI-2024-0042" + item113Suffix)
	buffer := "License for this ip has expired." + strings.Repeat("\x00", 224)
	logger := slog.New(slog.NewJSONHandler(io.Discard, nil))
	for _, bm := range []struct {
		name string
		f    func()
	}{
		{"FromOriginal/unknown", func() { sinkErr = FromOriginal(999) }},
		{"FromProduct/unknown", func() { sinkErr = FromProduct(-10005) }},
		{"FromProductMessage/buffer", func() { sinkErr = FromProductMessage(-20111, buffer) }},
		{"FromProductMessage/tagged", func() { sinkErr = FromProductMessage(-10003, "[License] [Key 1] The license is invalid.") }},
		{"FromProductMessage/connect", func() {
			sinkErr = FromProductMessage(-20200, "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found.")
		}},
		{"FromDecodedText/ordinary", func() { sinkErr = FromDecodedText("https://example.com/item/3000-25") }},
		{"FromDecodedText/masked", func() { sinkErr = FromDecodedText("[Attention(exceptionCode:-20111)] S**3000*25") }},
		{"FromProductMessage/capture-cause", func() { sinkErr = FromProductMessage(-30063, noLicenseBR+" "+invalidKey) }},
		{"FromProductMessage/capture-report", func() { sinkErr = FromProductMessage(-30063, noLicenseBR+" "+connectReport) }},
		{"FromProduct/two-meanings", func() { sinkErr = FromProduct(-10062) }},
		{"CodeOf/wrapped3", func() { sinkCode = CodeOf(wrapped) }},
		{"ClassOf/wrapped3", func() { sinkClass = ClassOf(wrapped) }},
		{"Licensed/wrapped3", func() { sinkBool = Licensed(wrapped) }},
		{"TransportOf/wrapped3", func() { _, sinkBool = TransportOf(wrappedReport) }},
		{"Is/wrapped3-hit", func() { sinkBool = errors.Is(wrapped, ErrIPLicenseExpired) }},
		{"Is/wrapped3-miss", func() { sinkBool = errors.Is(wrapped, ErrUnderConstruction) }},
		{"Retryable/wrapped3", func() { sinkBool = Retryable(wrapped) }},
		{"Error/sentinel", func() { sinkString = ErrLicenseExpired.Error() }},
		{"Error/item", func() { sinkString = item.Error() }},
		{"MarshalJSON", func() { sinkBytes, _ = asE(ErrIPLicenseExpired).MarshalJSON() }},
		{"Log/Attr", func() { logger.Warn("license check failed", Attr("dls", wrapped)) }},
		{"MarshalText", func() { sinkBytes, _ = LicenseItemChargeWayMismatch.MarshalText() }},
		{"AppendText", func() { sinkBytes, _ = LicenseItemChargeWayMismatch.AppendText(sinkBytes[:0]) }},
		{"ParseCode", func() { sinkCode, _ = ParseCode("LicenseItemChargeWayMismatch") }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				bm.f()
			}
		})
	}
}

// firstValue returns a declaration's first value, nil if it has none.
func firstValue(s *ast.ValueSpec) ast.Expr {
	if len(s.Values) == 0 {
		return nil
	}
	return s.Values[0]
}

// TestOwnCodes holds dlserr's own codes, the browser's failures that have no
// number, to their promise: a constant every way in and out knows by its
// name or its text, and that no number reads as, whoever sends it.
func TestOwnCodes(t *testing.T) {
	docs := constantDocs(t)
	for _, n := range ownScope {
		c := contractOf(t, n)
		if c.code.Original() != 0 || c.code.Product() != 0 || !c.code.Known() || c.code.String() != c.name || c.code.Class() != c.class || !isProduct(n) {
			t.Errorf("%d: Original %d, Product %d, Known %v, String %q, Class %v", n, c.code.Original(), c.code.Product(), c.code.Known(), c.code.String(), c.code.Class())
		}
		msg := c.code.Message()
		if err := FromMessage(msg); err != c.sentinel || err.Error() != "dls: "+msg {
			t.Errorf("FromMessage(%q) = %v", msg, err)
		}
		// Its value is a product number, which every lookup reads as a
		// license server's code: never as it.
		server := Code(-20000 - n)
		for _, err := range []error{FromOriginal(n), FromProduct(n), FromDecodedText("[Attention(exceptionCode:" + strconv.Itoa(n) + ")] x"), FromProductMessage(n, "")} {
			if errors.Is(err, c.sentinel) || CodeOf(err) != server || !errors.Is(err, ErrUnknown) {
				t.Errorf("%d reads as %v", n, err)
			}
		}
		var fromJSON Code
		if err := json.Unmarshal([]byte(strconv.Itoa(n)), &fromJSON); err != nil || fromJSON != server {
			t.Errorf("JSON %d reads as %v, %v", n, fromJSON, err)
		}
		fields, _ := logged(t, slog.Any("err", c.sentinel))
		if f := fields["err"].(map[string]any); f["original_code"] != nil || f["product_code"] != nil || f["name"] != c.name {
			t.Errorf("%d logs as %v", n, f)
		}
		for _, s := range []string{c.name, "Code(" + strconv.Itoa(n) + ")"} {
			if got, err := ParseCode(s); got != c.code || err != nil {
				t.Errorf("ParseCode(%q) = %v, %v", s, got, err)
			}
		}
		if !strings.Contains(docs[c.name], strings.TrimSuffix(msg, ":")) || !strings.Contains(docs[c.name], "JS 11.4") {
			t.Errorf("the doc comment of %s quotes no %q or names no build: %q", c.name, msg, docs[c.name])
		}
	}
}

// TestNotLicense: every number of the measured tables that is not a license
// code is known as not a license failure, alone or with any message; -10000
// "Unknown error." is no evidence either way.
func TestNotLicense(t *testing.T) {
	for n, texts := range notLicenseTexts() {
		if isTwoMeanings(n) {
			continue // TestTwoMeanings
		}
		bare := FromProduct(n)
		e, ok := bare.(*Error)
		if !ok || !errors.Is(bare, ErrNotLicense) || errors.Is(bare, ErrUnknown) || CodeOf(bare) != 0 || e.Product() != n || e.Message() != texts[0] ||
			ClassOf(bare) != ClassNotLicense || Retryable(bare) || Licensed(bare) || FromOriginal(n) != bare || Code(n).Known() || !matchesExactlyOne(bare) {
			t.Errorf("FromProduct(%d) = %#v", n, bare)
			continue
		}
		if got := testing.AllocsPerRun(10, func() { sinkErr = FromProduct(n) }); got != 0 {
			t.Errorf("FromProduct(%d): %v allocations", n, got)
		}
		for _, text := range texts {
			want := FromProductMessage(n, text)
			if asE(want).Product() != n || asE(want).Message() != text || !errors.Is(want, ErrNotLicense) {
				t.Errorf("FromProductMessage(%d, %q) = %#v", n, text, want)
			}
			// The table holds every text of every number, shared or not.
			if got := testing.AllocsPerRun(10, func() { sinkErr = FromProductMessage(n, text) }); got != 0 {
				t.Errorf("FromProductMessage(%d, %q): %v allocations", n, text, got)
			}
			for _, msg := range []string{"[License] " + text + "\x00\x00", " " + text + "\n"} {
				if got := FromProductMessage(n, msg); got != want || asE(got).Message() != text || !errors.Is(got, ErrNotLicense) {
					t.Errorf("FromProductMessage(%d, %q) = %#v, want %#v", n, msg, got, want)
				}
			}
		}
		// With another text, the number still decides: kept, quoted.
		other := FromProductMessage(n, "[License] The license is invalid.")
		if !errors.Is(other, ErrNotLicense) || errors.Is(other, ErrLicenseInvalid) || errors.Unwrap(other) != nil || asE(other).Message() != "The license is invalid." ||
			other.Error() != dlsPrefix(n, 0)+`not a license error: "The license is invalid."` {
			t.Errorf("FromProductMessage(%d, a license text) = %#v", n, other)
		}
		fields, _ := logged(t, slog.Any("err", bare))
		if f := fields["err"].(map[string]any); f["name"] != "NotLicense" || f["class"] != "NotLicense" || f["product_code"] != float64(n) {
			t.Errorf("%d logs as %v", n, f)
		}
	}
	for _, err := range []error{FromProduct(-10000), FromProductMessage(-10000, "Unknown error."), FromMessage("Unknown error."), FromProductMessage(-10000, "")} {
		if !errors.Is(err, ErrUnknown) || errors.Is(err, ErrNotLicense) || ClassOf(err) != ClassUnknown {
			t.Errorf("-10000 gives %#v", err)
		}
	}
	if e := asE(ErrNotLicense); e.Code() != 0 || e.Product() != 0 || ErrNotLicense.Error() != "dls: not a license error" || !errors.Is(ErrNotLicense, ErrNotLicense) ||
		errors.Is(ErrNotLicense, ErrUnknown) || errors.Is(ErrUnknown, ErrNotLicense) || ClassOf(ErrNotLicense) != ClassNotLicense {
		t.Errorf("ErrNotLicense is %#v", ErrNotLicense)
	}
}

// webTWAIN is what Dynamic Web TWAIN Service 19.3.3 answered over its REST
// API to each license failure (sdk-web.md §2, verbatim but for the real
// newline, written \n): -2800, a number of its own, and these messages.
var webTWAIN = []string{
	"The current product key is empty or invalid, please contact the site administrator.",
	"[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found.",
	"[License] Unknown Network Error. ErrorCode:0 HttpCode:503 ResponseStr:Service Unavailable.[Cache] Cache not found.",
	"[License] DLS Connect Error. ErrorCode:7 HttpCode:503 ResponseStr: MainErrorCode:0 MainHttpCode:503.[Cache] Cache not found.",
	"[License] Invalid License String. ErrorCode:0 HttpCode:200 ResponseStr:not a license\n.",
	"[License] The license key is invalid.",
}

// TestUnknownNumberCause: a number this package does not know, with a
// message it knows, carries that message's reading as its cause.
func TestUnknownNumberCause(t *testing.T) {
	wire := []Transport{{}, {Reason: "DLS Connect Error", ErrorCode: 7, Cache: "Cache not found."},
		{Reason: "Unknown Network Error", HTTPStatus: 503, Response: "Service Unavailable", Cache: "Cache not found."},
		{Reason: "DLS Connect Error", ErrorCode: 7, HTTPStatus: 503, Failover: true, MainHTTPStatus: 503, Cache: "Cache not found."},
		{Reason: "Invalid License String", HTTPStatus: 200, Response: "not a license\n"}, {}}
	for i, msg := range webTWAIN {
		err := FromProductMessage(-2800, msg)
		e, cause := asE(err), errors.Unwrap(err)
		// Its own number is unknown: it matches ErrUnknown, whatever the cause.
		if e.Code() != -2800 || e.Product() != -2800 || e.Message() != wantMessage(msg) || !errors.Is(err, ErrUnknown) || CodeOf(err) != -2800 {
			t.Errorf("-2800 with %q: %#v", msg, err)
		}
		if unsafeText(err.Error()) != "" {
			t.Errorf("-2800 with %q: Error() %q", msg, err.Error())
		}
		checkLogged(t, e)
		tr, ok := TransportOf(err)
		switch i {
		case 0: // no text this package has: no cause
			if cause != nil || ClassOf(err) != ClassUnknown || Retryable(err) || ok {
				t.Errorf("-2800 with %q: cause %#v, class %v", msg, cause, ClassOf(err))
			}
		case 5: // -10053's sentinel
			if cause != ErrLicenseKeyInvalid || !errors.Is(err, ErrLicenseKeyInvalid) || ClassOf(err) != ClassLicense || Retryable(err) ||
				err.Error() != "dls -2800: unknown code: The license key is invalid." {
				t.Errorf("-2800 with %q: cause %#v, class %v, %q", msg, cause, ClassOf(err), err)
			}
		default: // the SDK's transport report: out of reach, retry
			if cause == nil || !ok || tr != wire[i] || ClassOf(err) != ClassUnavailable || !Retryable(err) || Licensed(err) || CodeOf(cause) != measuredReasons(t)[reasonOf(msg)] ||
				!errors.Is(err, FromProduct(int(CodeOf(cause)))) {
				t.Errorf("-2800 with %q: cause %#v, class %v, transport %+v %v", msg, cause, ClassOf(err), tr, ok)
			}
			fields, _ := logged(t, slog.Any("err", err))
			if c, _ := fields["err"].(map[string]any)["cause"].(map[string]any); c == nil || c["transport"] == nil || c["name"] != CodeOf(cause).String() {
				t.Errorf("-2800 with %q logs %v", msg, fields)
			}
		}
		// A positive number the same way, and a known number keeps deciding.
		if o := FromOriginalMessage(999, msg); (errors.Unwrap(o) == nil) != (cause == nil) || ClassOf(o) != ClassOf(err) {
			t.Errorf("999 with %q: %#v", msg, o)
		}
		if k := FromProductMessage(-20111, msg); errors.Unwrap(k) != nil || CodeOf(k) != LicenseExpired || ClassOf(k) != ClassLicense {
			t.Errorf("-20111 with %q: %#v", msg, k)
		}
	}
	// A browser form as the message: its reading is the cause.
	if err := FromProductMessage(-2800, "[capture] [-30063] [Barcode Reader] No license found."); errors.Unwrap(err) != ErrBarcodeReaderLicenseNotFound || ClassOf(err) != ClassLicense {
		t.Errorf("-2800 with a framed message: %#v", err)
	}
	// A warning says nothing about an unknown number's failure, and a text
	// that is not about the license says what it is.
	for msg, want := range map[string]Class{"[License] Trial License.": ClassUnknown, "The file type is not supported.": ClassNotLicense,
		"[Barcode Reader] No license found. [License] Failed to reach License Server.": ClassUnavailable} {
		if err := FromProductMessage(-2800, msg); ClassOf(err) != want || errors.Unwrap(err) == nil || !errors.Is(err, ErrUnknown) {
			t.Errorf("-2800 with %q: %#v, class %v, want %v", msg, err, ClassOf(err), want)
		}
	}
}

// TestWebForms: the browser client's forms around a text, each read as its
// doc says and nothing else guessed.
func TestWebForms(t *testing.T) {
	// "[function] [N] message" and "code:N;message:text": FromProductMessage(N, message).
	for msg, want := range map[string]error{
		"[capture] [-30063] [Barcode Reader] No license found.":        ErrBarcodeReaderLicenseNotFound,
		"[initLicense] [-10053] [License] The license key is invalid.": ErrLicenseKeyInvalid,
		"[License] [capture] [-20111] ":                                ErrLicenseExpired,
		"[f] [111] License for this ip has expired.":                   FromMessage("License for this ip has expired."),
		"[decode2] [-10006] The file type is not supported.":           FromProduct(-10006),
		"code:-20000;message:No license specified. Visit https://www.dynamsoft.com/customer/license/trialLicense to acquire a license or email support@dynamsoft.com.": FromMessage("No license specified."),
		"code:-20000;message:": ErrNoLicense,
	} {
		if got := FromMessage(msg); got != want {
			t.Errorf("FromMessage(%q) = %#v, want %#v", msg, got, want)
		}
		if got := testing.AllocsPerRun(10, func() { sinkErr = FromMessage(msg) }); got != 0 {
			t.Errorf("FromMessage(%q): %v allocations", msg, got)
		}
	}
	// A function name is ASCII letters and digits, each range to its ends,
	// and nothing next to them.
	for _, name := range []string{"a", "z", "A", "Z", "0", "9", "aAzZ09", "capture2"} {
		if got := FromMessage("[" + name + "] [-30063] [Barcode Reader] No license found."); got != ErrBarcodeReaderLicenseNotFound {
			t.Errorf("a function %q: %#v", name, got)
		}
	}
	for _, name := range []string{"`", "{", "@", "[", "/", ":", "a`", "a{", "a@", "a[", "a/", "a:", "\xc3\xa9"} {
		if msg := "[" + name + "] [-30063] [Barcode Reader] No license found."; CodeOf(FromMessage(msg)) != 0 {
			t.Errorf("a function %q is read: %#v", name, FromMessage(msg))
		}
	}
	// Not the form: read as text, unknown.
	for _, msg := range []string{
		"[capture][-30063] x", "[capture] -30063] x", "[capture] [-30063 x", "[capture] [x] y", "[cap ture] [1] x", "[capture] [0] x", "[capture] [-30063]x",
		"[] [1] x", "[capture] [+1] x", "[capture] [01] x", "[capture] [-0] x", "[capture] [2147483648] x", "[capture]  [1] x", "[ca-pture] [1] x",
		"code:0;message:x", "code:-20000message:x", "code:-20000;msg:x", "code: -20000;message:x", "code:1e3;message:x", "Code:-20000;message:x",
	} {
		if err := FromMessage(msg); !errors.Is(err, ErrUnknown) || CodeOf(err) != 0 || errors.Unwrap(err) != nil {
			t.Errorf("FromMessage(%q) = %#v, want unknown", msg, err)
		}
	}
	// One form is read, not one inside another.
	nested := FromMessage("[a] [-2800] [b] [-30063] [Barcode Reader] No license found.")
	if CodeOf(nested) != -2800 || errors.Unwrap(nested) != nil || asE(nested).Message() != "[b] [-30063] [Barcode Reader] No license found." {
		t.Errorf("a form inside a form: %#v", nested)
	}
	// The authorization template around every message of the server's list.
	for _, w := range wordings {
		if w.code.Original() == 0 {
			continue
		}
		for _, ending := range authorizationEndings {
			if got := FromMessage(authorization + w.msg + ending); got != FromMessage(w.msg) {
				t.Errorf("%q wrapped gives %#v", w.msg, got)
			}
		}
		if !strings.HasSuffix(w.msg, ".") {
			t.Errorf("%q has no period: the template's period rule would change it", w.msg)
		}
	}
	item := authorization + item113Prefix + "LI-9" + item113Suffix + authorizationEndings[1]
	if e := asE(FromMessage(item)); e.Code() != LicenseItemInvalid || e.LicenseItem() != "LI-9" || e.Message() != item113Prefix+"LI-9"+item113Suffix {
		t.Errorf("113 wrapped: %#v", e)
	}
	// Measured: the session password, wrapped for an own key and a trial key.
	for _, msg := range []string{
		"An error occurred during authorization: Session password is incorrect. Contact the site administrator for more information.",
		"An error occurred during authorization: Session password is incorrect. [Contact Dynamsoft](https://www.dynamsoft.com/company/contact/) for more information.",
	} {
		if err := FromMessage(msg); !errors.Is(err, ErrSessionPasswordIncorrect) || ClassOf(err) != ClassHandshake {
			t.Errorf("FromMessage(%q) = %#v", msg, err)
		}
	}
	for _, msg := range []string{
		authorization + "The license is invalid." + authorizationEndings[0],       // no message of the server's list
		authorization + "Session password is incorrect" + authorizationEndings[0], // the client would have ended it with a period
		authorization + "A message nobody has seen." + authorizationEndings[0],
		authorization + "License mismatch: x." + authorizationEndings[0], // the client's own template, no server's
		authorization + " Session password is incorrect." + authorizationEndings[0],
		authorization + "Session password is incorrect." + " Contact the site administrator.",
		"An error occurred during authorization:Session password is incorrect." + authorizationEndings[0],
	} {
		if err := FromMessage(msg); !errors.Is(err, ErrUnknown) || asE(err).Message() != msg {
			t.Errorf("FromMessage(%q) = %#v, want unknown, the text kept", msg, err)
		}
	}
	// JS 9.6's advice after a text is read after any text of the tables.
	for _, a := range advice {
		for _, w := range []string{"No license specified.", "Using a trial license.", "The handshake code is invalid.", "Failed to read the image."} {
			if got := FromMessage(w + a); got != FromMessage(w) {
				t.Errorf("%q with advice gives %#v", w, got)
			}
		}
		if err := FromMessage("Odd." + a); !errors.Is(err, ErrUnknown) {
			t.Errorf("an unknown text with advice: %#v", err)
		}
		if err := FromProductMessage(-20000, "No license specified."+a); err != FromMessage("No license specified.") {
			t.Errorf("-20000 with its text and advice: %#v", err)
		}
	}
	// "License mismatch: " and what did not match.
	for msg, want := range map[string]string{"License mismatch: Product": `dls: License mismatch: "Product"`, "License mismatch: a\nb": `dls: License mismatch: "a\nb"`,
		"License mismatch:": "dls: License mismatch:", "License mismatch: ": "dls: License mismatch:"} {
		if err := FromMessage(msg); CodeOf(err) != LicenseMismatch || err.Error() != want || ClassOf(err) != ClassMismatch || asE(err).LicenseItem() != "" {
			t.Errorf("FromMessage(%q) = %#v, %q", msg, err, err)
		}
	}
	if err := FromMessage("License mismatch:x"); !errors.Is(err, ErrUnknown) {
		t.Errorf("a mismatch without its space: %#v", err)
	}
}

// TestWebTexts: every license text of the browser builds is read, byte for
// byte, as the code the test's contract names, with the class and advice
// that the situation it was measured in calls for.
func TestWebTexts(t *testing.T) {
	for _, w := range webTexts {
		c := contractOf(t, int(w.code))
		err := FromMessage(w.msg)
		if !errors.Is(err, c.sentinel) || CodeOf(err) != w.code || asE(err).Message() != w.msg || errors.Is(err, ErrUnknown) {
			t.Errorf("FromMessage(%q) = %#v, want %v", w.msg, err, w.code)
		}
		if n := numberOf(w.code); FromProductMessage(n, "[License] "+w.msg) != err && !isOwn(w.code) {
			t.Errorf("FromProductMessage(%d, %q) = %#v", n, w.msg, FromProductMessage(n, w.msg))
		}
		if strings.HasPrefix(w.msg, "Failed to connect") && (ClassOf(err) != ClassUnavailable || !Retryable(err)) {
			t.Errorf("%q is not retryable: %v", w.msg, ClassOf(err))
		}
		if w.msg != strings.TrimSpace(w.msg) || FromMessage(strings.TrimSuffix(w.msg, ".")+"!") == err {
			t.Errorf("%q is read fuzzily", w.msg)
		}
	}
	// The clock's text says what an operator must fix.
	if err := FromMessage(webTexts[16].msg); ClassOf(err) != ClassInstallation || !strings.Contains(SystemClockChanged.Message(), "correct the system date and time") {
		t.Errorf("the clock: %v", err)
	}
}

// Sentinels are declared as error, as the standard library's are, so that
// no caller can write through one.
func TestSentinelsAreErrors(t *testing.T) {
	errorType := reflect.TypeOf((*error)(nil)).Elem()
	for _, c := range contract {
		v := reflect.ValueOf(&c.sentinel).Elem()
		if v.Type() != errorType {
			t.Errorf("%s is a %v", c.name, v.Type())
		}
	}
	for name, v := range map[string]any{"ErrUnknown": &ErrUnknown, "ErrNotLicense": &ErrNotLicense, "ErrLicenseExpired": &ErrLicenseExpired,
		"ErrUnderConstruction": &ErrUnderConstruction} {
		if reflect.TypeOf(v).Elem() != errorType {
			t.Errorf("%s is declared as %v", name, reflect.TypeOf(v).Elem())
		}
	}
	// And errors.As still reaches the *Error of each.
	var e *Error
	if !errors.As(fmt.Errorf("x: %w", ErrLicenseExpired), &e) || e.Code() != LicenseExpired {
		t.Error("errors.As does not reach a sentinel")
	}
}

// tree is a generated error tree: wraps, joins, As-only wrappers, Is-only
// wrappers and wrappers with both, over leaves of every kind: DLS errors of
// every rank (warnings beside failures), errors with causes, nil *Errors and
// errors that are no DLS error.
type tree struct{ err error }

func (tree) Generate(r *rand.Rand, size int) reflect.Value {
	return reflect.ValueOf(tree{genTree(r, 1+size%5)})
}

var treeLeaves = []error{ErrTrialLicense, ErrLicenseCacheUsed, ErrFailedToReachDLS, ErrLimitExceeded, ErrLicenseExpired, ErrClonedDevice,
	FromProduct(-10006), FromOriginal(999), FromMessage("nope"), errors.New("io"), (*Error)(nil),
	FromProductMessage(-20200, connectReport), FromProductMessage(-30063, noLicenseBR+" "+connectReport), FromProductMessage(-2800, "[License] Trial License."),
	FromProductMessage(-2800, connectReport), FromMessage("Provided handShakeId is not compliant with version 1.5.")}

func genTree(r *rand.Rand, depth int) error {
	leaf := treeLeaves[r.Intn(len(treeLeaves))]
	if depth == 0 || r.Intn(4) == 0 {
		return leaf
	}
	dls, _ := leaf.(*Error)
	switch r.Intn(5) {
	case 0:
		return fmt.Errorf("w: %w", genTree(r, depth-1))
	case 1:
		children := make([]error, r.Intn(4))
		for i := range children {
			children[i] = genTree(r, depth-1)
		}
		return errors.Join(children...)
	case 2:
		return asOnly{dls}
	case 3:
		return asUnwrap{asOnly{dls}, genTree(r, depth-1)}
	}
	return isOnly{leaf, genTree(r, depth-1)}
}

// modelDecide is CodeOf's rule, written independently: every *Error of the
// tree in errors.Is's order, As methods included, not into an *Error's cause;
// the first of the most severe rank.
func modelDecide(err error) *Error {
	var all []*Error
	var visit func(error)
	visit = func(err error) {
		if e, ok := err.(*Error); ok || err == nil {
			if e != nil {
				all = append(all, e)
			}
			return
		}
		if a, ok := err.(interface{ As(any) bool }); ok {
			var e *Error
			if a.As(&e) && e != nil {
				all = append(all, e)
			}
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			visit(x.Unwrap())
		case interface{ Unwrap() []error }:
			for _, c := range x.Unwrap() {
				visit(c)
			}
		}
	}
	visit(err)
	// ErrorOf's doc: failures to fix, then retryable ones, then unknown,
	// then not about the license, then warnings.
	severity := func(e *Error) int {
		switch k := e.class(); k {
		case ClassWarning:
			return 0
		case ClassNotLicense:
			return 1
		case ClassUnknown:
			return 2
		case ClassUnavailable, ClassQuota:
			return 3
		}
		return 4
	}
	var best *Error
	for _, e := range all {
		if best == nil || severity(e) > severity(best) {
			best = e
		}
	}
	return best
}

// TestOneRule holds every function that looks into an error to one rule, over
// generated trees: they read the DLS error the model picks, and never
// contradict each other.
func TestOneRule(t *testing.T) {
	prop := func(tr tree) bool {
		err, want := tr.err, modelDecide(tr.err)
		wantClass := ClassUnknown
		if want != nil {
			wantClass = want.class()
		}
		_, report := TransportOf(err)
		_, wantReport := TransportOf(want)
		if ErrorOf(err) != want || CodeOf(err) != want.Code() || ClassOf(err) != wantClass || Retryable(err) != isRetryable(wantClass) ||
			Licensed(err) != (err == nil || wantClass == ClassWarning) || report != (want != nil && wantReport) {
			t.Errorf("%q: decides %#v, the model %#v; ClassOf %v, Retryable %v, Licensed %v", err, decide(err), want, ClassOf(err), Retryable(err), Licensed(err))
			return false
		}
		if want != nil {
			got, _ := logged(t, Attr("dls", err))
			if f := got["dls"].(map[string]any); f["class"] != wantClass.String() || f["message"] != want.Message()[:cutAt(want.Message())] {
				t.Errorf("%q: Attr logs %v, want the fields of %#v", err, f, want)
				return false
			}
		}
		return true
	}
	if err := quick.Check(prop, &quick.Config{MaxCount: 5000}); err != nil {
		t.Fatal(err)
	}
}

// wrapText is an error whose text holds none of what it wraps.
type wrapText struct{ inner error }

func (w wrapText) Error() string { return "failed" }
func (w wrapText) Unwrap() error { return w.inner }

// TestAttrLength: error_len is the length of the whole text had nothing in
// it been cut, as message_len is the message's; counted, not written, so a
// long text costs no memory.
func TestAttrLength(t *testing.T) {
	long, hostile := strings.Repeat("x", 520), strings.Repeat("\x01é\u2028\xff\U0001F511", 60)
	e, e2, e3 := FromMessage(long), FromProductMessage(-10014, long), FromMessage(hostile)
	// Each error's text, had nothing been cut, written independently.
	uncut := map[error]string{e: `dls: unknown code: ` + strconv.Quote(long), e2: `dls -10014: unknown code: ` + strconv.Quote(long),
		e3: `dls: unknown code: ` + strconv.Quote(hostile)}
	for _, err := range []error{e, e3, fmt.Errorf("activate: %w", e), errors.Join(errors.New("main: refused"), e, e2, e3), wrapText{e}} {
		whole := err.Error()
		for d, text := range uncut {
			whole = strings.ReplaceAll(whole, d.Error(), text)
		}
		got, _ := logged(t, Attr("dls", err))
		f := got["dls"].(map[string]any)
		want := any(float64(len(whole)))
		if len(whole) <= maxQuoted {
			want = nil // nothing was cut
		}
		if f["error_len"] != want || len(f["error"].(string)) > maxQuoted {
			t.Errorf("Attr(%.40q) logs error_len %v, want %v", err, f["error_len"], want)
		}
	}
	// A text of 16 MB: what Attr allocates does not grow with it.
	huge := FromMessage(strings.Repeat("\x01", 16<<20))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sinkAttr = Attr("dls", huge)
	runtime.ReadMemStats(&after)
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 64<<10 {
		t.Errorf("Attr of a 16 MB text allocated %d bytes", grown)
	}
	// quotedLen counts what strconv.Quote writes.
	if err := quick.Check(func(s string, b []byte) bool {
		return quotedLen(s) == len(strconv.Quote(s)) && quotedLen(string(b)) == len(strconv.Quote(string(b)))
	}, nil); err != nil {
		t.Error(err)
	}
	for _, s := range []string{"", "\x7f", "\a\b\f\n\r\t\v", "\"\\", "\u00ad", "\U000e0001", "\xff\xfe", "é日🔑", "\u2028"} {
		if quotedLen(s) != len(strconv.Quote(s)) {
			t.Errorf("quotedLen(%q) = %d, want %d", s, quotedLen(s), len(strconv.Quote(s)))
		}
	}
}

var sinkAttr slog.Attr

// TestClassDocs: each class's doc comment lists its codes as the table has
// them (classCodes), in the shape every class doc has: what it means, its
// codes, what to do.
func TestClassDocs(t *testing.T) {
	docs := valueDocs(t, "dlserr.go")
	for k := ClassUnknown; k <= ClassNotLicense; k++ {
		doc := docs["Class"+k.String()]
		if !strings.HasPrefix(doc, "Class"+k.String()+" means ") || !strings.Contains(doc, " Codes: ") || !strings.Contains(doc, " Do: ") {
			t.Errorf("the doc of Class%v is not in the shape of the others: %q", k, doc)
		}
		if codes := classCodes(k, true); codes != "" && !strings.Contains(doc, " Codes: "+codes+".") && !strings.Contains(doc, " Codes: "+codes+";") {
			t.Errorf("the doc of Class%v does not list its codes, %q: %q", k, codes, doc)
		}
	}
}

// FuzzForms composes the browser's forms around fuzzed parts, so that the
// fuzzer reaches their grammars, and holds what FromMessage makes of them to
// the test's own reading (checkReading).
func FuzzForms(f *testing.F) {
	for i, w := range wordings {
		f.Add(uint8(i), "capture", int64(w.code.Product()), w.msg)
	}
	f.Add(uint8(0), "f", int64(-2800), webTWAIN[1])
	f.Add(uint8(1), "x y", int64(0), "License has expired.")
	f.Fuzz(func(t *testing.T, form uint8, name string, n int64, msg string) {
		var s string
		switch form % 5 {
		case 0:
			s = "[" + name + "] [" + strconv.FormatInt(n, 10) + "] " + msg
		case 1:
			s = "code:" + strconv.FormatInt(n, 10) + ";message:" + msg
		case 2:
			s = authorization + msg + authorizationEndings[int(n)&1]
		case 3:
			s = msg + advice[int(uint64(n)%uint64(len(advice)))]
		default:
			s = "License mismatch: " + msg
		}
		err := FromMessage(s)
		checkText(t, err, s)
		checkReading(t, s, err)
		// Behind the SDK's tag, the same (the tag goes before white space does).
		if got := FromMessage("[License] " + s); s == strings.TrimLeftFunc(s, unicode.IsSpace) && (got.Error() != err.Error() || CodeOf(got) != CodeOf(err)) {
			t.Fatalf("%q tagged reads otherwise: %v, %v", s, got, err)
		}
	})
}

// BenchmarkTransport reads a 16 MB transport report, whose body a server may
// fill: making the error reads it once (B/op is its copy), and TransportOf
// returns what was read.
func BenchmarkTransport(b *testing.B) {
	body := strings.Repeat("<p>x. y</p>\n", 16<<20/12)
	report := "[License] Invalid License String. ErrorCode:0 HttpCode:200 ResponseStr:" + body + " MainErrorCode:7 MainHttpCode:0.[Cache] Cache not found."
	b.Run("make", func(b *testing.B) {
		b.SetBytes(int64(len(report)))
		for i := 0; i < b.N; i++ {
			sinkErr = FromProductMessage(-20003, report)
		}
	})
	err := FromProductMessage(-20003, report)
	if tr, ok := TransportOf(err); !ok || tr.Response != body {
		b.Fatal("the report is not read")
	}
	b.Run("TransportOf", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			_, sinkBool = TransportOf(err)
		}
	})
}

// webClientDir holds the web client's golden: the committed one, or a fresh
// run's when .ci/webclient sets DLSERR_WEBCLIENT.
func webClientDir() string {
	if dir := os.Getenv("DLSERR_WEBCLIENT"); dir != "" {
		return dir
	}
	return filepath.Join("testdata", "webclient")
}

// webLine is one line of web.golden: edition, scenario, kind, and the value,
// unquoted where it is text.
type webLine struct{ edition, scenario, kind, number, text string }

func readWebGolden(t *testing.T) []webLine {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(webClientDir(), "web.golden"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []webLine
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, " ", 4)
		if len(f) != 4 {
			t.Fatalf("web.golden: unreadable line %q", line)
		}
		l := webLine{edition: f[0], scenario: f[1], kind: f[2]}
		value := f[3]
		switch l.kind {
		case "result", "exception": // FORMAT or CODE, then the text
			l.number, value, _ = strings.Cut(value, " ")
			fallthrough
		case "thrown", "warn", "error", "log", "keys", "uncaught":
			if l.text, err = strconv.Unquote(value); err != nil {
				t.Fatalf("web.golden: unreadable text in %q: %v", line, err)
			}
		default:
			l.number = value
		}
		lines = append(lines, l)
	}
	return lines
}

// webScenarioClass is the class each scenario's thrown text must read as:
// a server out of reach or never answering, retry; a malformed key, a
// license to fix; the server's session password, the handshake; its 111,
// the license; a 200 without a license, no license at capture time.
func webScenarioClass(scenario string) Class {
	switch {
	case strings.HasSuffix(scenario, "-403-102"):
		return ClassHandshake
	case strings.HasSuffix(scenario, "-403-111"), strings.HasSuffix(scenario, "-bad-body"), scenario == "not-base64", scenario == "truncated-json":
		return ClassLicense
	}
	return ClassUnavailable
}

// TestWebClient checks what the browser's license client threw, warned and
// decoded (testdata/webclient) against the package: every license text is
// read, as its scenario's class, the server's code where the client kept it
// (ltsErrorCode), and every masked result is caught with the code its
// exception names.
func TestWebClient(t *testing.T) {
	scenarios := map[string]int{}
	thrown := map[string]error{}
	for _, l := range readWebGolden(t) {
		key := l.edition + " " + l.scenario
		if l.edition != "dbr11" && l.edition != "dbrjs9" {
			t.Fatalf("web.golden: edition %q", l.edition)
		}
		if _, seen := scenarios[key]; !seen {
			scenarios[l.edition]++
		}
		scenarios[key]++
		switch l.kind {
		case "thrown":
			err := FromMessage(l.text)
			thrown[key] = err
			if want := webScenarioClass(l.scenario); errors.Is(err, ErrUnknown) || ClassOf(err) != want || Retryable(err) != isRetryable(want) || Licensed(err) {
				t.Errorf("%s threw %q: %v, class %v; want class %v", key, l.text, err, ClassOf(err), want)
			}
		case "lts": // the server's code, as the 9.6 client kept it
			if err := thrown[key]; !errors.Is(err, FromOriginal(mustAtoi(t, l.number))) {
				t.Errorf("%s: ltsErrorCode %s, but the text reads as %v", key, l.number, err)
			}
		case "warn", "error":
			if err := FromMessage(l.text); errors.Is(err, ErrUnknown) || errors.Is(err, ErrNotLicense) {
				t.Errorf("%s %s %q is not read: %v", key, l.kind, l.text, err)
			}
		case "result":
			if masked := FromDecodedText(l.text); masked == nil || errors.Is(masked, ErrUnknown) {
				t.Errorf("%s: result %q is not caught: %v", key, l.text, masked)
			}
		case "exception":
			n := mustAtoi(t, l.number)
			err := FromProductMessage(n, l.text)
			if code, _, _ := numberCode(n); errors.Is(err, ErrUnknown) || CodeOf(err) != code || errors.Unwrap(err) != nil {
				t.Errorf("%s: exception %s %q reads as %#v", key, l.number, l.text, err)
			}
		case "uncaught", "pending":
			t.Errorf("%s: %s %q", key, l.kind, l.text+l.number)
		}
	}
	if scenarios["dbr11"] < 14 || scenarios["dbrjs9"] < 7 {
		t.Errorf("web.golden has %d scenarios of 11.4 and %d of 9.6.42, want at least 14 and 7", scenarios["dbr11"], scenarios["dbrjs9"])
	}
	// A decode of the image the page drew, through a license failure: masked.
	var masked int
	for _, l := range readWebGolden(t) {
		if l.kind == "result" {
			masked++
		}
	}
	if masked == 0 {
		t.Error("web.golden has no decoded result")
	}
}

// webThrownRows are README.md's rows of what the browser threw, built from
// web.golden: the build, the scenarios that threw a text, the text, and what
// FromMessage reads it as.
func webThrownRows(t *testing.T) []string {
	type thrown struct{ edition, text string }
	var order []thrown
	scenarios := map[thrown][]string{}
	for _, l := range readWebGolden(t) {
		if l.kind == "thrown" {
			k := thrown{l.edition, l.text}
			if scenarios[k] == nil {
				order = append(order, k)
			}
			scenarios[k] = append(scenarios[k], l.scenario)
		}
	}
	var rows []string
	for _, k := range order {
		err, quoted := FromMessage(k.text), strconv.Quote(k.text)
		build := map[string]string{"dbr11": "JS 11.4", "dbrjs9": "JS 9.6"}[k.edition]
		rows = append(rows, fmt.Sprintf("| %s | %s | `%s` | `%v`, %v |", build, strings.Join(scenarios[k], ", "), quoted[1:len(quoted)-1], CodeOf(err), ClassOf(err)))
	}
	return rows
}

package dlserr

// These tests hold dlserr to the vendor's own words: the tables copied here
// by hand from the sources, and the goldens the vendor's clients wrote under
// testdata. The file follows dlserr.go's order:
//
//   - the sources, verbatim, and the test's reading of them;
//   - codes and texts: codes.go holds every row of every source, and no other;
//   - the lookups: by number, by message, a number with a message, decodes;
//   - deciding: ErrorOf, CodeOf, ClassOf, Licensed, Retryable, TransportOf
//     over trees, against a model of the rule written here;
//   - the types: Code, Class, Error (matching, immutability, text, logs,
//     JSON), Transport;
//   - costs: allocations, linear time;
//   - docs and README: doc comments, README's generated tables (go test
//     -update rewrites them), the procedure for adding a code;
//   - the goldens of the vendor's clients;
//   - fuzz targets and benchmarks.

import (
	"bytes"
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
	"maps"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	_ "runtime"
	"slices"
	_ "sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite README.md's generated tables")

// The sources, verbatim.

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
// code of the two SDKs' error tables that the license client's table leaves out: the per-module
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

// webTexts are sdk-web.md's license texts of the browser builds (§1, the
// measured tables and "License texts in the web builds that the package does
// not know"), verbatim, each with the builds it names: "JS 11.4",
// dynamsoft-barcode-reader-bundle@11.4.2001 and the bundles read beside it;
// "JS 9.6", dynamsoft-javascript-barcode@9.6.42. "License mismatch: " is a
// prefix: the text alone, its trailing space gone, is one too.
var webTexts = []struct{ msg, sources string }{
	{"Failed to connect to the Dynamsoft License Server: network connection error. Check your Internet connection or contact the site administrator for more information.", "JS 11.4, JS 9.6"},
	{"Failed to connect to the Dynamsoft License Server: network connection error. Check your Internet connection or contact Dynamsoft Support (support@dynamsoft.com) to acquire an offline license.", "JS 11.4, JS 9.6"},
	{"Failed to connect to the Dynamsoft License Server: network timed out. Check your Internet connection or contact the site administrator for more information.", "JS 11.4, JS 9.6"},
	{"Failed to connect to the Dynamsoft License Server: network timed out. Check your Internet connection or contact Dynamsoft Support (support@dynamsoft.com) to acquire an offline license.", "JS 11.4, JS 9.6"},
	{"Failed to connect to the Dynamsoft License Server: The cached license has expired. Please get connected to the network as soon as possible or contact the site administrator for more information.", "JS 11.4"},
	{"Format Error: The license string you specified is invalid, please check to make sure it is correct.", "JS 11.4, JS 9.6"},
	{"The DLS2 Offline license has expired. Please contact the site administrator for more information.", "JS 11.4"},
	{"The trial period expired. Please extend the trial or purchase a full license to continue;", "JS 11.4"},
	{"Failed to open indexedDB: Timeout.", "JS 11.4"},
	{"Json value for CodeTypeLicenseModule is invalid.", "JS 11.4"},
	{"CodeTypeLicenseModule number is out of limit.", "JS 11.4"},
	{"Domain not matched.", "JS 11.4"},
	{"Applying for a public trial license ...", "JS 11.4"},
	{"Using a public trial license.", "JS 9.6"},
	{"Using a private trial license.", "JS 9.6"},
	{"License mismatch:", "JS 11.4"},
	{"Your system date and time appear to have been changed, causing the license to fail. Please correct the system date and time, then try again.", "JS 11.4"},
	{"Your system date and time appear to have been changed, causing the license to fail. Please correct the system data and time and try again.", "JS 9.6"},
	{"Please upgrade your browser to support online key.", "JS 11.4"},
	{"Require https to use online key in this browser.", "JS 11.4"},
	{"Warning: The license required for Enhanced Features was not found.", "JS 11.4"},
}

// productEnums are the license numbers the web products declare, verbatim:
// Web TWAIN's EnumDWT_LicenseErrorCode (dwt@19.3.3
// dist/dynamsoft.webtwain.min.js) and Document Viewer's LIC_* errors
// (dynamsoft-document-viewer@3.2.1 dist/ddv.js). A text texts.golden pairs
// with one of them is that number's.
const productEnums = `e.LicenseInvalid=-2325,e.LicenseExpired=-2326,e.LicenseParseFailed=-2546,e.LicenseExpiredForDLS=-2808,e.LicenseNoCoreForDLS=-2809,e.LicenseNoCore=-2810,e.LicenseIsFuture=-2396,e.LicenseVersionNotCurrent=-2539
i(ku,"LIC_EMPTY",{code:-8e4,message:"No license."}),i(ku,"LIC_INVALID",{code:-80001,message:"License string is invalid."}),i(ku,"LIC_EXPIRED",{code:-80002,message:"XXX module license has expired."}),i(ku,"LIC_MISS_MODULE",{code:-80003,message:"XXX module license is missing."}),i(ku,"LIC_VER_NOT_MATCHED",{code:-80004,message:"XXX module license version does not match."}),i(ku,"LIC_DOMAIN_NOT_MATCHED",{code:-80005,message:"Domain does not match the domain bound to the XXX module license."})`

// productNumbers are productEnums' numbers.
var productNumbers = sync.OnceValue(func() map[int]bool {
	out := map[int]bool{}
	for _, m := range regexp.MustCompile(`(?:=|code:)(-[0-9e]+)`).FindAllStringSubmatch(productEnums, -1) {
		f, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			panic(err)
		}
		out[int(f)] = true
	}
	return out
})

// productAliases are the numbers of productEnums that texts.golden pairs
// with a text the copies give another number, to that number.
var productAliases = sync.OnceValue(func() map[int]int {
	numberOf := map[string]int{}
	for _, s := range theSources() {
		numberOf[s.msg] = s.number
	}
	out := map[int]int{}
	for _, l := range webTextLines() {
		n, _ := strconv.Atoi(l.number)
		if other := numberOf[l.text]; productNumbers()[n] && other != 0 && other != n {
			out[n] = other
		}
	}
	return out
})

// What the browser clients put around a text (sdk-web.md §1), verbatim: the
// authorization template, with "M" the server's message, and JS 9.6's three
// suffixes appended to a base text.
const (
	authorizationTemplate = `"An error occurred during authorization: " + M + " Contact the site administrator for more information."`
	authorizationTrial    = `"An error occurred during authorization: " + M + " [Contact Dynamsoft](https://www.dynamsoft.com/company/contact/) for more information."`
	adviceSuffixes        = "` Visit https://www.dynamsoft.com/customer/license/trialLicense to acquire a license or email support@dynamsoft.com.`, " +
		"` Check the Handshake Code in the customer portal or the portal of your self-hosting License Server. Email support@dynamsoft.com for more information.`, " +
		"` Email trial@dynamsoft.com to acquire a 30-day trial license, make sure to include the word \"privateTrial\" in the email title.`"
)

// laterRows are the texts of the sources that are a later row of their
// code: each code's second row in the specification and its LTS and revised
// wordings, and the revised 105, which dls-wording-history.md notes is "a
// different meaning from generation 2's". 108's two revised wordings follow
// each other in time, one meaning.
var laterRows = map[string]error{
	"DLS refuses to provide service while under construction.": ErrUnderConstruction,
	"LTS refuses to provide service while under construction.": ErrUnderConstruction,
	"DLS cannot provide service during construction phase.":    ErrUnderConstruction,
	"License for this ip has expired.":                         ErrIPLicenseExpired,
	"License expired for this IP address.":                     ErrIPLicenseExpired,
	"Provided handShakeId is not compliant with version 1.5.":  ErrHandshakeIDNotCompliant,
}

// sourceNames are what README.md calls the sources, in the order of the
// package's source bits.
var sourceNames = []string{"LTS", "DLS", "revised", "DCV 3", "DBR 9", "DBR 10.0-10.4", "DBR 8.6-9 docs", "DBR 8.0-8.5 docs", "JS 11.4", "JS 9.6",
	"JS 10.4", "JS CV 3.0", "DDV 3.2", "DDS 1.4", "DWT 19.3", "DWT 19.3 service", "RN 3.4"}

// webSourceName is what README.md calls the web package a line of
// texts.golden comes from: a package, or for Web TWAIN, its JavaScript or
// its service's libraries.
func webSourceName(pkg, file string) string {
	name, _, _ := strings.Cut(pkg, "@")
	switch name {
	case "dynamsoft-barcode-reader-bundle":
		return "JS 11.4"
	case "dynamsoft-javascript-barcode":
		return "JS 9.6"
	case "dynamsoft-barcode-reader", "dynamsoft-license", "dynamsoft-core", "dynamsoft-capture-vision-router":
		return "JS 10.4"
	case "dynamsoft-capture-vision-bundle":
		return "JS CV 3.0"
	case "dynamsoft-document-viewer":
		return "DDV 3.2"
	case "dynamsoft-document-scanner":
		return "DDS 1.4"
	case "dwt":
		if strings.HasPrefix(file, "dist/dist/DynamicWebTWAINServiceSetup.deb//") {
			return "DWT 19.3 service"
		}
		return "DWT 19.3"
	case "dynamsoft-capture-vision-react-native":
		return "RN 3.4"
	}
	panic("texts.golden: a package README.md does not name: " + pkg)
}

// webLeftOut are the texts of texts.golden's kinds text, template and
// usage that are no text of the package's tables, and why.
var webLeftOut = map[string]string{
	"Cache has expired.":                       "a part of the transport report, which its grammar reads",
	"DLS Connect Error.":                       "a transport report's reason, which its grammar reads",
	"Get license error.":                       "a transport report's reason, which its grammar reads",
	"Invalid License String.":                  "a transport report's reason, which its grammar reads",
	"Unknown Network Error.":                   "a transport report's reason, which its grammar reads",
	"[Cache] Cache invalid.":                   "a transport report's cache note, which its grammar reads",
	"[Cache] Cache not found.":                 "a transport report's cache note, which its grammar reads",
	"[Cache] Using cache":                      "a transport report's cache note, which its grammar reads",
	"DDV.Core.init() has not been completed.":  "Document Viewer's own start-up, not the license's",
	"DDV.Core.init() has not been set up yet.": "Document Viewer's own start-up, not the license's",
	"An error occurred during authorization: {} Contact the site administrator for more information.":                                  "the authorization wrapper, which wrappers holds",
	"An error occurred during authorization: {} [Contact Dynamsoft](https://www.dynamsoft.com/company/contact/) for more information.": "the authorization wrapper, which wrappers holds",
}

// webTextLine is a line of texts.golden.
type webTextLine struct {
	pkg, file, number, kind, text string
}

// webTextLines reads texts.golden, the license texts of the web packages.
var webTextLines = sync.OnceValue(func() []webTextLine {
	lines, err := parseGolden(filepath.Join("testdata", "webtexts", "texts.golden"), 6)
	if err != nil {
		panic(err)
	}
	var out []webTextLine
	for _, f := range lines {
		out = append(out, webTextLine{f[0], f[1], f[3], f[4], f[5]})
	}
	return out
})

// source is one text of the copies: the number it comes with (the product
// code for the server's list, 0 for a browser text without one), and where
// it is published.
type source struct {
	number  int
	msg     string
	sources []string
}

// cells splits a markdown table row into its trimmed cells.
func cells(line string) []string {
	cs := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
	for i := range cs {
		cs[i] = strings.Trim(strings.TrimSpace(cs[i]), "\u2035")
	}
	return cs
}

// rows returns the rows of a markdown table after its header lines.
func rows(table string, header int) [][]string {
	var out [][]string
	for _, line := range strings.Split(strings.TrimSpace(table), "\n")[header:] {
		out = append(out, cells(line))
	}
	return out
}

// theSources reads the copies into every text they hold, in their order,
// each text once with all its sources; t fails on a line it cannot read.
var theSources = sync.OnceValue(func() []source {
	var order []source
	at := map[string]int{}
	add := func(number int, msg string, from ...string) {
		if i, ok := at[msg]; ok {
			if order[i].number != number {
				panic(fmt.Sprintf("the copies give %q two numbers, %d and %d", msg, order[i].number, number))
			}
			order[i].sources = append(order[i].sources, from...)
			return
		}
		at[msg] = len(order)
		order = append(order, source{number, msg, from})
	}
	atoi := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			panic("unreadable number " + s)
		}
		return n
	}
	// The server's list: generation 2 (the specification), 1 where its rows
	// differ, and 3.
	spec := rows(specTable, 2)
	lts := slices.Clone(spec)
	applied := map[string]int{}
	for _, r := range rows(ltsRows, 0) {
		k := 0
		for i, s := range spec {
			if s[0] != r[0] {
				continue
			}
			if k == applied[r[0]] {
				lts[i] = []string{r[0], s[1], r[1]}
				break
			}
			k++
		}
		applied[r[0]]++
	}
	for _, g := range []struct {
		name string
		rows [][]string
	}{{"LTS", lts}, {"DLS", spec}, {"revised", rows(revisedRows, 0)}} {
		for _, r := range g.rows {
			add(-(20000 + atoi(r[0])), r[len(r)-1], g.name)
		}
	}
	// The SDKs' license codes: measured, older runtimes, documented.
	for _, r := range rows(sdkRuntime, 2) {
		switch {
		case r[2] == "same" || r[2] == r[1]:
			add(atoi(r[0]), r[1], "DCV 3", "DBR 9")
		default:
			if r[1] != "-" {
				add(atoi(r[0]), r[1], "DCV 3")
			}
			if r[2] != "-" {
				add(atoi(r[0]), r[2], "DBR 9")
			}
		}
	}
	for _, r := range rows(sdkOther, 0) {
		add(atoi(r[0]), r[1], strings.Split(r[2], ", ")...)
	}
	for _, m := range []struct{ table, name string }{{moduleDBR9, "DBR 9"}, {moduleDCV3, "DCV 3"}} {
		for _, r := range rows(m.table, 2) {
			add(atoi(r[0]), r[1], m.name)
		}
	}
	for _, w := range webTexts {
		add(0, w.msg, strings.Split(w.sources, ", ")...)
	}
	// The web packages' texts as their files hold them, but those left
	// out, each with its sources; a new text with the number the file pairs
	// it with, where that is a license number of the copies or a product's.
	licenseNumber := map[int]bool{}
	for _, s := range order {
		licenseNumber[s.number] = s.number != 0
	}
	for _, l := range webTextLines() {
		if msg := wantMessage(l.text); (l.kind == "text" || l.kind == "template" || l.kind == "usage") && webLeftOut[msg] == "" {
			if i, ok := at[msg]; ok && slices.Contains(order[i].sources, webSourceName(l.pkg, l.file)) {
				continue
			}
			number := 0
			if i, ok := at[msg]; ok {
				number = order[i].number
			} else if n, _ := strconv.Atoi(l.number); productNumbers()[n] || licenseNumber[n] {
				number = n
			}
			add(number, msg, webSourceName(l.pkg, l.file))
		}
	}
	return order
})

// twoMeanings are the numbers of twoMeaningsTable, with Capture Vision's
// text for each.
var twoMeanings = sync.OnceValue(func() map[int]string {
	out := map[int]string{}
	for _, r := range rows(twoMeaningsTable, 2) {
		n, _ := strconv.Atoi(r[0])
		out[n] = r[2]
	}
	return out
})

// licenseNumbers are the numbers the copies give a license text.
var licenseNumbers = sync.OnceValue(func() map[int]bool {
	out := map[int]bool{}
	for _, s := range theSources() {
		if s.number != 0 {
			out[s.number] = true
		}
	}
	return out
})

// canonical returns a number's text as the package must give it alone: the
// specification's first row for the server's codes (the revised list's for
// the codes it added), Capture Vision 3's for the SDKs' codes, Barcode
// Reader 9's where Capture Vision has none, and then the older runtimes'
// and the docs'.
func canonical(number int) string {
	best, rank := "", 99
	for _, s := range theSources() {
		if s.number != number {
			continue
		}
		for _, from := range s.sources {
			if r := slices.Index([]string{"DLS", "DCV 3", "revised", "DBR 9", "DBR 10.0-10.4", "DBR 8.6-9 docs", "DBR 8.0-8.5 docs", "DWT 19.3", "DDV 3.2"}, from); r >= 0 && r < rank && laterRows[s.msg] == nil {
				best, rank = s.msg, r
			}
		}
	}
	return best
}

// original is the server's code of a product code in the server's range,
// read independently of the package.
func original(number int) int {
	if -20199 <= number && number <= -20100 {
		return -number - 20000
	}
	return 0
}

// The goldens the vendor's clients wrote: the committed ones, or a fresh
// run's where CI points DLSERR_REALCLIENT or DLSERR_WEBCLIENT at it.

func goldenDir(env, dir string) string {
	if d := os.Getenv(env); d != "" {
		return d
	}
	return filepath.Join("testdata", dir)
}

// parseGolden reads a golden file: lines of fields separated by spaces, the
// last one Go-quoted; # starts a comment line.
func parseGolden(path string, fields int) ([][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var lines [][]string
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		f := strings.SplitN(line, " ", fields)
		if len(f) != fields {
			return nil, fmt.Errorf("%s: unreadable line %q", path, line)
		}
		if f[fields-1], err = strconv.Unquote(f[fields-1]); err != nil {
			return nil, fmt.Errorf("%s: unreadable text in %q: %v", path, line, err)
		}
		lines = append(lines, f)
	}
	return lines, nil
}

func readGolden(t testing.TB, path string, fields int) [][]string {
	t.Helper()
	lines, err := parseGolden(path, fields)
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

func realClientGolden(name string) string {
	return filepath.Join(goldenDir("DLSERR_REALCLIENT", "realclient"), name)
}

// measuredTexts is every line of the committed error-strings.golden, the
// SDKs' GetErrorString tables: "dcv3 -10006" and "dbr9 -10006" to the text.
var measuredTexts = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	lines, err := parseGolden(filepath.Join("testdata", "realclient", "error-strings.golden"), 3)
	if err != nil {
		panic(err)
	}
	for _, f := range lines {
		out[f[0]+" "+f[1]] = f[2]
	}
	return out
})

// notLicenseTexts returns, for each number of the measured tables that is
// not about the license, its texts, Capture Vision's first: every number
// the copies give no license text, and Capture Vision's text of the numbers
// of two meanings.
var notLicenseTexts = sync.OnceValue(func() map[int][]string {
	out := map[int][]string{}
	for _, sdk := range []string{"dcv3", "dbr9"} {
		for n := -200000; n < 0; n++ {
			text, ok := measuredTexts()[sdk+" "+strconv.Itoa(n)]
			_, two := twoMeanings()[n]
			if ok && (!licenseNumbers()[n] || two && sdk == "dcv3") && !slices.Contains(out[n], text) {
				out[n] = append(out[n], text)
			}
		}
	}
	return out
})

func sourcesOf(src uint32) []string {
	var names []string
	for i, n := range sourceNames {
		if src&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return names
}

// inSourceOrder returns names in the order of sourceNames.
func inSourceOrder(names []string) []string {
	out := slices.Clone(names)
	slices.SortFunc(out, func(a, b string) int { return slices.Index(sourceNames, a) - slices.Index(sourceNames, b) })
	return slices.Compact(out)
}

// Codes and texts.

// TestSources holds codes.go's wordings to the copies, both ways: each text
// once, with its number, its row and its sources, and nothing the copies do
// not have.
func TestSources(t *testing.T) {
	inTable := map[string]int{}
	for i, w := range wordings {
		inTable[w.msg] = i
	}
	for _, s := range theSources() {
		i, ok := inTable[s.msg]
		if !ok {
			t.Errorf("%d %q is in the sources but not in wordings: add a row", s.number, s.msg)
			continue
		}
		w, e := wordings[i], Error{&table.shared[i]}
		if got, want := sourcesOf(w.src), inSourceOrder(s.sources); !slices.Equal(got, want) {
			t.Errorf("%q: wordings says sources %q, the copies %q", s.msg, got, want)
		}
		// A browser text without a number is a native code's where the
		// native SDK returns one in the same situation, or has none.
		if s.number != 0 && e.Product() != s.number || s.number == 0 && e.Code() != 0 && (!e.Code().Known() || e.Product() != e.Code().Product()) {
			t.Errorf("%q: the package gives it code %v, product %d; the copies number %d", s.msg, e.Code(), e.Product(), s.number)
		}
		if row, later := laterRows[s.msg]; later != errors.Is(e, row) || e.d.def.later != later {
			t.Errorf("%q: later row %v, in the sources %v", s.msg, e.d.def.later, later)
		}
	}
	if len(wordings) != len(theSources()) {
		t.Errorf("wordings has %d texts, the copies %d: each text of wordings needs its source copied into codes_test.go", len(wordings), len(theSources()))
	}
	// Each source's number is a constant, the sentinel's text its canonical.
	for n := range licenseNumbers() {
		c := fromNumberIndependently(n)
		if !c.Known() || c.Product() != n || c.Message() != canonical(n) {
			t.Errorf("%d: %v, Known %v, Product %d, Message %q; want %q", n, c, c.Known(), c.Product(), c.Message(), canonical(n))
		}
	}
	if got := len(Codes()); got != len(licenseNumbers()) {
		t.Errorf("Codes() has %d codes, the copies %d numbers", got, len(licenseNumbers()))
	}
}

// fromNumberIndependently is the Code a number names: the server's
// original for a product code of its range, the number otherwise.
func fromNumberIndependently(n int) Code {
	if o := original(n); o != 0 {
		return Code(o)
	}
	return Code(n)
}

// TestMeasuredTables holds codes.go to the SDKs' GetErrorString tables,
// measured: every text it says an SDK's runtime returns is that runtime's
// text for its number, and notLicense holds every text of a number that is
// no license code, with its SDKs, both ways.
func TestMeasuredTables(t *testing.T) {
	for i, w := range wordings {
		e := Error{&table.shared[i]}
		for _, sdk := range sourcesOf(w.src) {
			file := map[string]string{"DCV 3": "dcv3", "DBR 9": "dbr9"}[sdk]
			if file == "" {
				continue
			}
			n := e.Product()
			if n == 0 { // a browser text read as a native code's
				continue
			}
			if got := measuredTexts()[file+" "+strconv.Itoa(n)]; got != w.msg {
				t.Errorf("wordings says %s returns %q for %d; it returned %q", sdk, w.msg, n, got)
			}
		}
	}
	want := notLicenseTexts()
	got := map[int][]string{}
	for _, r := range notLicense {
		got[r.number] = append(got[r.number], r.msg)
		for _, sdk := range sourcesOf(r.src) {
			key := map[string]string{"DCV 3": "dcv3", "DBR 9": "dbr9"}[sdk] + " " + strconv.Itoa(r.number)
			if measuredTexts()[key] != r.msg {
				t.Errorf("notLicense's %d %q: %s measured %q", r.number, r.msg, sdk, measuredTexts()[key])
			}
		}
	}
	for n, texts := range want {
		if !slices.Equal(got[n], texts) {
			t.Errorf("%d: notLicense has %q, the measured tables %q: add or fix its rows", n, got[n], texts)
		}
	}
	if len(got) != len(want) {
		t.Errorf("notLicense has %d numbers, the measured tables %d", len(got), len(want))
	}
}

// The lookups by number.

// wantNumber is what FromProduct must make of n, from the copies and the
// measured tables alone: its kind ("nil", "code", "alias", "ambiguous",
// "not" or "unknown"), code, product number, message and Error text.
func wantNumber(n int) (kind string, code Code, product int, msg, text string) {
	p := n
	if 100 <= n && n <= 199 {
		p = -(20000 + n) // a server's original code
	}
	_, two := twoMeanings()[p]
	switch {
	case n == 0:
		return "nil", 0, 0, "", ""
	case two:
		return "ambiguous", 0, p, "", dlsPrefix(p, 0) + "ambiguous code"
	case licenseNumbers()[p]:
		code = fromNumberIndependently(p)
		return "code", code, p, canonical(p), dlsPrefix(p, original(p)) + canonical(p)
	case productAliases()[p] != 0:
		other := productAliases()[p]
		return "alias", fromNumberIndependently(other), p, canonical(other), dlsPrefix(p, 0) + canonical(other)
	case notLicenseTexts()[p] != nil:
		msg = notLicenseTexts()[p][0]
		return "not", Code(p), p, msg, dlsPrefix(p, 0) + "not a license error: " + msg
	}
	code = fromNumberIndependently(p)
	switch o := original(p); {
	case o != 0:
		product = p
	case n < 0:
		product = n
	}
	return "unknown", code, product, "", dlsPrefix(product, max(int(code), 0)) + "unknown code"
}

// dlsPrefix is how Error begins for these numbers: "dls", the product
// code and the original code in parentheses where both exist, else the one
// that does.
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

// numbersToCheck are every number from -100000 to 1000, where every vendor
// number lies, and the ends of int and of C's int.
func numbersToCheck() []int {
	ns := []int{math.MinInt, math.MinInt + 1, math.MinInt32, math.MaxInt32, math.MaxInt, 20111, -220111}
	if n := int64(math.MaxInt32) + 1; int64(int(n)) == n { // where int has 64 bits
		ns = append(ns, int(n), int(-n-1))
	}
	for n := -100000; n <= 1000; n++ {
		ns = append(ns, n)
	}
	return ns
}

// TestFromProduct holds FromProduct and FromOriginal to wantNumber for every
// number: the known codes' sentinels, the numbers of two meanings, the
// numbers not about the license, and every other number, unknown.
func TestFromProduct(t *testing.T) {
	for _, n := range numbersToCheck() {
		kind, code, product, msg, text := wantNumber(n)
		err := FromProduct(n)
		if kind == "nil" {
			if err != nil || FromOriginal(n) != nil {
				t.Errorf("FromProduct(%d) = %v, want nil", n, err)
			}
			continue
		}
		e, ok := err.(Error)
		if !ok || e.Code() != code || e.Product() != product || e.Message() != msg || e.Error() != text || errors.Unwrap(err) != nil || e.LicenseItem() != "" {
			t.Errorf("FromProduct(%d) = %#v (%q), want %s code %v product %d message %q text %q", n, err, err, kind, code, product, msg, text)
			continue
		}
		if o := FromOriginal(n); o.Error() != err.Error() {
			t.Errorf("FromOriginal(%d) = %v, FromProduct %v", n, o, err)
		}
		class := map[string]Class{"ambiguous": ClassUnknown, "not": ClassNotLicense, "unknown": ClassUnknown, "code": code.Class(), "alias": code.Class()}[kind]
		if ClassOf(err) != class || errors.Is(err, ErrUnknown) != (kind == "ambiguous" || kind == "unknown") || errors.Is(err, ErrNotLicense) != (kind == "not") {
			t.Errorf("FromProduct(%d): class %v, ErrUnknown %v, ErrNotLicense %v; want %s", n, ClassOf(err), errors.Is(err, ErrUnknown), errors.Is(err, ErrNotLicense), kind)
		}
		// A known code is its sentinel, the very error its canonical text is.
		if kind == "code" && (err != FromMessage(msg) || !code.Known() || CodeOf(err) != code) {
			t.Errorf("FromProduct(%d) = %v, not the error of %q", n, err, msg)
		}
		if kind == "not" && (CodeOf(err) != Code(product) || code.Class() != ClassNotLicense || code.Known() || code.Message() != msg) {
			t.Errorf("FromProduct(%d): CodeOf %v, %v.Class() %v, Known %v, Message %q", n, CodeOf(err), code, code.Class(), code.Known(), code.Message())
		}
	}
}

// The lookups by message.

// tagPrefix is the SDK's tag grammar, written independently of the package.
var tagPrefix = regexp.MustCompile(`^\[License\] (\[Key [1-9][0-9]*\] )?`)

// wantMessage is FromMessage's doc read independently: the text up to its
// first NUL, without leading white space, then without the SDK's tags, then
// without trailing white space.
func wantMessage(s string) string {
	return strings.TrimRightFunc(untrimmed(s), unicode.IsSpace)
}

// untrimmed is wantMessage without its last step.
func untrimmed(s string) string {
	s, _, _ = strings.Cut(s, "\x00")
	return tagPrefix.ReplaceAllString(strings.TrimLeftFunc(s, unicode.IsSpace), "")
}

// normalizations are the ways the SDKs and servers hand a text over: NUL
// padding, white space, the tags, a reused buffer.
func normalizations(s string) []string {
	return []string{
		s,
		"  " + s + "\n",
		s + "\x00\x00\x00",
		s + strings.Repeat("\x00", max(0, 512-len(s))),
		"\t" + s + " \r\n\x00 \x00",
		"\u00a0" + s + "\u3000\x00",
		s + "\x00 and what a longer message left in a reused buffer",
		"[License] " + s,
		" [License] " + s + "\r\n",
		"[License] [Key 1] " + s,
		"[License] [Key 20] " + s + "\x00\xff",
	}
}

// TestFromMessage holds FromMessage to every text of the copies and of
// notLicense, as the SDKs hand them over, and to the tags' grammar.
func TestFromMessage(t *testing.T) {
	var texts []string
	for _, s := range theSources() {
		texts = append(texts, s.msg)
	}
	for _, r := range notLicense {
		texts = append(texts, r.msg)
	}
	for _, msg := range texts {
		want := FromMessage(msg)
		for _, in := range normalizations(msg) {
			if got := FromMessage(in); got != want {
				t.Errorf("FromMessage(%q) = %v, want %v", in, got, want)
			}
		}
		// Malformed tags are no tags: the text is not read.
		for _, in := range []string{"[License] [Key 0] " + msg, "[License] [Key 01] " + msg, "[License][Key 1] " + msg, "[License] [Key 1]" + msg,
			"[Key 1] " + msg, "[License]  " + msg + "!", msg + "!", strings.ToUpper(msg)} {
			if got := FromMessage(in); got == want {
				t.Errorf("FromMessage(%q) = %v, read as %q", in, got, msg)
			}
		}
	}
	// A text of notLicense is its number's, or of no number if several
	// numbers return it.
	for n, texts := range notLicenseTexts() {
		for _, msg := range texts {
			e := FromMessage(msg).(Error)
			numbers := 0
			for m, other := range notLicenseTexts() {
				if slices.Contains(other, msg) {
					numbers++
					n = m
				}
			}
			want := Code(n)
			if _, two := twoMeanings()[n]; two || numbers > 1 {
				want = 0
			}
			if !errors.Is(e, ErrNotLicense) || e.Code() != want || numbers == 1 && e.Product() != n || numbers > 1 && e.Product() != 0 {
				t.Errorf("FromMessage(%q) = %#v, want not a license error of %v", msg, e, want)
			}
		}
	}
	for _, msg := range []string{"", " ", "\x00", "[License] ", "[License] [Key 1] ", "No such wording.", "License has expired", "license has expired."} {
		e, ok := FromMessage(msg).(Error)
		if !ok || !errors.Is(e, ErrUnknown) || e.Code() != 0 || e.Product() != 0 || e.Message() != wantMessage(msg) ||
			e.Error() != "dls: unknown code: "+strconv.Quote(wantMessage(msg)) {
			t.Errorf("FromMessage(%q) = %#v (%q), want unknown", msg, e, e)
		}
	}
}

// The templates, written independently.
const (
	item113Prefix = `This license item "`
	item113Suffix = `" has been invalid.`
)

var itemIDs = []string{"LI-2024-0042", "", `"`, "\n", "日本", "\xff", item113Suffix, item113Prefix, `" has been invalid. "`, strings.Repeat("x", 300)}

func TestTemplates(t *testing.T) {
	for _, id := range itemIDs {
		msg := item113Prefix + id + item113Suffix
		for _, in := range normalizations(msg) {
			err := FromMessage(in)
			e, ok := err.(Error)
			if !ok || e.Code() != LicenseItemInvalid || e.Message() != msg || e.LicenseItem() != id || !errors.Is(err, ErrLicenseItemInvalid) {
				t.Errorf("FromMessage(%q) = %#v, want 113 with item %q", in, err, id)
				continue
			}
			if want := "dls -20113 (113): This license item " + quoted(id) + " has been invalid."; e.Error() != want {
				t.Errorf("Error() = %q, want %q", e.Error(), want)
			}
		}
		if got := FromProductMessage(-20113, msg); got.Error() != FromMessage(msg).Error() || errors.Unwrap(got) != nil {
			t.Errorf("FromProductMessage(-20113, %q) = %v, want its 113", msg, got)
		}
	}
	for _, detail := range []string{"x", "product", "\x01", strings.Repeat("é", 200)} {
		msg := "License mismatch: " + detail
		err := FromMessage(msg)
		if !errors.Is(err, ErrLicenseMismatch) || CodeOf(err) != 0 || ClassOf(err) != ClassMismatch || err.Error() != "dls: License mismatch: "+quoted(detail) {
			t.Errorf("FromMessage(%q) = %v, class %v", msg, err, ClassOf(err))
		}
	}
	// "License mismatch: " alone is the text without its space; with only
	// white space after it, the same.
	for _, msg := range []string{"License mismatch:", "License mismatch: ", "License mismatch:  \t"} {
		if err := FromMessage(msg); err != FromMessage("License mismatch:") {
			t.Errorf("FromMessage(%q) = %v", msg, err)
		}
	}
}

// fillers are what the web products fill into their texts: a date in each
// form they write, a version, a module's name, an operating system; and
// text no product writes.
var fillers = []string{"", " on May 1, 2025", "2025-05-01", "5", "19.3.3", "Barcode Reader", "Windows", "is missing the core license", "é\x01\n", "[x] {}"}

// TestWebTemplates fills in every text of the copies with holes, as the
// web products do: each reads as its code with the whole text kept, the
// filled-in parts quoted; a text that fills in two reads as the one that
// says more.
func TestWebTemplates(t *testing.T) {
	for _, s := range theSources() {
		if !strings.Contains(s.msg, "{}") {
			continue
		}
		base := FromMessage(s.msg).(Error)
		parts := strings.Split(s.msg, "{}")
		for _, fill := range fillers {
			if parts[0] == "" && (fill == "" || fill[0] == ' ' || fill[0] == '[') || parts[len(parts)-1] == "" && (fill == "" || strings.TrimSpace(fill) != fill) {
				continue // a hole at an end is never empty, white space around a text goes, and "[x] " first is a frame
			}
			msg := strings.Join(parts, fill)
			want := dlsPrefix(base.Product(), base.Code().Original())
			for i, p := range parts {
				if i > 0 && fill != "" {
					want += quoted(fill) // an empty part adds nothing
				}
				want += p
			}
			err := FromMessage(msg)
			e, ok := err.(Error)
			if _, ind := readIndependently(msg, map[string]bool{}); !ok || CodeOf(err) != CodeOf(ind) || e.Message() != msg || errors.Is(err, ErrUnknown) || ClassOf(err) != ClassOf(ind) {
				t.Errorf("FromMessage(%q) = %v (%v, %v), want %v", msg, err, CodeOf(err), ClassOf(err), ind)
			} else if e.Code() == base.Code() && e.Error() != want {
				t.Errorf("FromMessage(%q).Error() = %q, want %q", msg, e.Error(), want)
			}
		}
	}
	for msg, want := range map[string]error{
		"The current product key expired on 5/1/2025, please contact the site administrator.":         ErrLicenseKeyExpired,
		"The current product key is missing the core license, please contact the site administrator.": ErrLicenseInvalid,
		"The current product key is not for version 19.3. Please contact the site administrator.":     ErrWebTWAINLicenseVersionNotCurrent,
		"Barcode Reader module license has expired.":                                                  ErrDocumentViewerLicenseExpired,
		"License mismatch: Barcode Reader module license has expired.":                                ErrLicenseMismatch,
	} {
		if err := FromMessage(msg); !errors.Is(err, want) {
			t.Errorf("FromMessage(%q) = %v, want %v", msg, err, want)
		}
	}
}

// webForms are a message in each form texts.golden holds (a wrapper, a
// tag, a frame, a report's field, a filler), keyed by the form as the
// golden writes it, with what the message must read as.
var webForms = map[string]struct {
	msg  string
	want error
}{
	" Check the Handshake Code in the customer portal or the portal of your self-hosting License Server. Email support@dynamsoft.com for more information.": {"License has expired. Check the Handshake Code in the customer portal or the portal of your self-hosting License Server. Email support@dynamsoft.com for more information.", ErrLicenseExpired},
	" Contact the site administrator for more information.":                                                                            {"License has expired. Contact the site administrator for more information.", ErrLicenseExpired},
	" Email trial@dynamsoft.com to acquire a 30-day trial license, make sure to include the word \"privateTrial\" in the email title.": {"License has expired. Email trial@dynamsoft.com to acquire a 30-day trial license, make sure to include the word \"privateTrial\" in the email title.", ErrLicenseExpired},
	" Visit https://www.dynamsoft.com/customer/license/trialLicense to acquire a license or email support@dynamsoft.com.":              {"License has expired. Visit https://www.dynamsoft.com/customer/license/trialLicense to acquire a license or email support@dynamsoft.com.", ErrLicenseExpired},
	" ErrorCode:":                        {"[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.", ErrFailedToReachDLS},
	" HttpCode:":                         {"[License] Unknown Network Error. ErrorCode:0 HttpCode:503 ResponseStr:Service Unavailable.", ErrFailedToReachDLS},
	" ResponseStr:":                      {"[License] Invalid License String. ErrorCode:0 HttpCode:200 ResponseStr:<body>.", ErrLicenseSyncFailed},
	" MainErrorCode:":                    {"[License] Invalid License String. ErrorCode:0 HttpCode:200 ResponseStr:<body> MainErrorCode:7 MainHttpCode:0.", ErrLicenseSyncFailed},
	" MainHttpCode:":                     {"[License] DLS Connect Error. ErrorCode:7 HttpCode:503 ResponseStr: MainErrorCode:0 MainHttpCode:503.", ErrFailedToReachDLS},
	" NetCode:":                          {`[License] Get license error. NetCode:0 HttpCode:403 ResponseStr:{"errorCode":102,"message":"Session password is incorrect."}.`, ErrSessionPasswordIncorrect},
	"[Cache] ":                           {"[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found.", ErrFailedToReachDLS},
	" [Key ":                             {"[License] [Key 2] License has expired.", ErrLicenseExpired},
	"[License]":                          {"[License] License has expired.", ErrLicenseExpired},
	"[License] [Key 1] ":                 {"[License] [Key 1] License has expired.", ErrLicenseExpired},
	"Initialization Failed: {}":          {"Initialization Failed: License has expired.", ErrLicenseExpired},
	"Resource Initialization Failed: {}": {"Resource Initialization Failed: [initLicense] License has expired.", ErrLicenseExpired},
	"License mismatch: ":                 {"License mismatch: product", ErrLicenseMismatch},
	"[Attention(exceptionCode:":          {"[Attention(exceptionCode:-10017)] *ODE**8", ErrDBROneDLicenseInvalid},
	"[Attention(exceptionCode:{})] ":     {"[Attention(exceptionCode:-20111)] *ODE**8", ErrLicenseExpired},
	"[{}] [{}] {}":                       {"[capture] [-20111] License has expired.", ErrLicenseExpired},
	"[{}] {}":                            {"[createInstance] License has expired.", ErrLicenseExpired},
	"code:{};message:{}":                 {"code:-20111;message:License has expired.", ErrLicenseExpired},
	"is missing the core license":        {"The current product key is missing the core license, please contact the site administrator.", ErrLicenseInvalid},
}

// TestWebForms reads a message in each form of texts.golden, and only in
// forms it holds: a form the extractor finds anew needs a line here. The
// golden's progress messages and logs read as no failure.
func TestWebForms(t *testing.T) {
	seen := map[string]bool{}
	for _, l := range webTextLines() {
		if l.kind != "form" || seen[l.text] {
			continue
		}
		seen[l.text] = true
		f, ok := webForms[l.text]
		if !ok {
			t.Errorf("texts.golden's form %q (%s %s) has no message in webForms", l.text, l.pkg, l.file)
			continue
		}
		err := FromMessage(f.msg)
		if strings.HasPrefix(l.text, "[Attention") {
			err = FromDecodedText(f.msg)
		}
		if !errors.Is(err, f.want) || errors.Is(err, ErrUnknown) || ClassOf(err) != ClassOf(f.want) {
			t.Errorf("form %q: %q reads as %v (%v), want %v", l.text, f.msg, err, ClassOf(err), f.want)
		}
	}
	for form := range webForms {
		if !seen[form] {
			t.Errorf("webForms has %q, which texts.golden does not", form)
		}
	}
	// A loader's progress or a log line is no failure of the license: at
	// most a note that the SDK runs licensed.
	for _, l := range webTextLines() {
		if l.kind == "status" || l.kind == "other" {
			if err := FromMessage(strings.ReplaceAll(l.text, "{}", "X")); !errors.Is(err, ErrUnknown) && ClassOf(err) != ClassWarning {
				t.Errorf("%s %q reads as %v (%v)", l.kind, l.text, err, ClassOf(err))
			}
		}
	}
}

// TestWebPairs holds FromProductMessage to the number and text pairs of
// texts.golden: the text read alone decides (or, for a license code's
// number, the number, where the text is a warning): a known class, never
// ErrUnknown.
func TestWebPairs(t *testing.T) {
	pairs := 0
	for _, l := range webTextLines() {
		n, err := strconv.Atoi(l.number)
		if err != nil || l.kind != "text" && l.kind != "template" || webLeftOut[l.text] != "" {
			continue
		}
		pairs++
		text := strings.ReplaceAll(l.text, "{}", "X")
		got, alone, number := FromProductMessage(n, text), FromMessage(text), FromProduct(n)
		want := ClassOf(alone)
		if ClassOf(alone) == ClassWarning && !errors.Is(number, ErrUnknown) {
			want = ClassOf(number)
		}
		if ClassOf(got) != want || errors.Is(got, ErrUnknown) {
			t.Errorf("%s %s: FromProductMessage(%d, %q) = %v (%v), want %v", l.pkg, l.file, n, text, got, ClassOf(got), want)
		}
	}
	if pairs < 100 {
		t.Errorf("texts.golden has %d pairs: is it read?", pairs)
	}
}

// quoted is how Error writes text it received: Go-quoted, cut to 200 bytes
// at the start of a character, with the full length after a longer one.
func quoted(s string) string {
	if len(s) <= 200 {
		return strconv.Quote(s)
	}
	n := 200
	for n > 197 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strconv.Quote(s[:n]) + "...(" + strconv.Itoa(len(s)) + " bytes)"
}

// serverText reports whether a text of the copies is one of the license
// server's list.
func serverText(msg string) bool {
	for _, s := range theSources() {
		if s.msg == msg {
			return slices.ContainsFunc(s.sources, func(from string) bool { return from == "LTS" || from == "DLS" || from == "revised" })
		}
	}
	return false
}

// TestWrappers holds the browser's wrappers to the copies: the
// authorization template around every message of the server's list and
// nothing else, JS 9.6's advice after every text, each wrapper once.
func TestWrappers(t *testing.T) {
	var endings, suffixes []string
	for _, tmpl := range []string{authorizationTemplate, authorizationTrial} {
		_, ending, _ := strings.Cut(tmpl, ` + M + "`)
		endings = append(endings, strings.TrimSuffix(ending, `"`))
	}
	for _, s := range strings.Split(adviceSuffixes, "`, `") {
		suffixes = append(suffixes, strings.Trim(s, "`"))
	}
	prefix, _, _ := strings.Cut(strings.TrimPrefix(authorizationTemplate, `"`), `" + M`)
	var texts []string
	for _, s := range theSources() {
		texts = append(texts, s.msg)
	}
	for _, id := range itemIDs[:3] {
		texts = append(texts, item113Prefix+id+item113Suffix)
	}
	for _, msg := range texts {
		want := FromMessage(msg)
		for _, ending := range endings {
			in := prefix + msg + ending
			got := FromMessage(in)
			if serverText(msg) || strings.HasPrefix(msg, item113Prefix) {
				if got.Error() != want.Error() || CodeOf(got) != CodeOf(want) {
					t.Errorf("FromMessage(%q) = %v, want %v", in, got, want)
				}
			} else if !errors.Is(got, ErrUnknown) {
				t.Errorf("FromMessage(%q) = %v: no server message inside", in, got)
			}
		}
		for _, suffix := range suffixes {
			if strings.HasPrefix(msg, item113Prefix) && msg != item113Prefix+"+item.getLicenseItemId()+"+item113Suffix {
				continue // advice follows a text of the tables only
			}
			in := msg + suffix
			if got := FromMessage(in); got.Error() != want.Error() || CodeOf(got) != CodeOf(want) {
				t.Errorf("FromMessage(%q) = %v, want %v", in, got, want)
			}
			// One advice after another is no client's: each wrapper once. A
			// template's last hole may hold both: then the text is the
			// template's, whole.
			got := FromMessage(in + suffix)
			switch {
			case captureGrammar.MatchString(msg):
			case strings.Contains(msg, "{}") || strings.HasPrefix(msg, "License mismatch:"):
				if got.Error() == want.Error() {
					t.Errorf("FromMessage(%q) = %v, read twice", in+suffix, got)
				}
			case !errors.Is(got, ErrUnknown):
				t.Errorf("FromMessage(%q) = %v, read twice", in+suffix, got)
			}
		}
	}
	// The client ends the server's message with a period; without one, or
	// with the ending alone, it is no message of the list.
	for _, in := range []string{prefix + "Session password is incorrect" + endings[0], prefix + endings[0][1:], prefix + "Session password is incorrect."} {
		if got := FromMessage(in); !errors.Is(got, ErrUnknown) {
			t.Errorf("FromMessage(%q) = %v", in, got)
		}
	}
}

// captureGrammar is FromMessage's capture-time form, read independently: a
// module's text, a format tag or not, and an appended message.
var captureGrammar = regexp.MustCompile(`(?s)^(\[(?:Barcode Reader|Label Recognizer|Document Normalizer|Code Parser|PDF)\] )(\[[A-Z0-9_]{1,32}\] )?No license found\.(?: ([^\s\v\x{85}\p{Z}].*))?$`) // no white space, as unicode.IsSpace has it, after the one space

// appendedTexts are what Capture Vision may append to a module's text: every
// text of the copies, 113 with an id, the SDK's transport reports, and text
// no table has.
func appendedTexts() []string {
	var out []string
	for _, s := range theSources() {
		out = append(out, s.msg, "[License] "+s.msg, "[License] [Key 2] "+s.msg)
	}
	for _, tc := range transports {
		out = append(out, tc.msg)
	}
	return append(out, item113Prefix+"LI-1"+item113Suffix, "The file type is not supported.", "Something else.", "x")
}

// TestCaptureTime holds the capture-time form to its grammar: the module's
// code, and the appended message as the cause where the rule says it
// decides (a warning or a text not about the license never overrules the
// module's missing license).
func TestCaptureTime(t *testing.T) {
	var modules []string
	for _, s := range theSources() {
		if m := captureGrammar.FindStringSubmatch(s.msg); m != nil && m[3] == "" {
			modules = append(modules, s.msg)
		}
	}
	if len(modules) < 5 {
		t.Fatalf("the copies have %d modules' texts", len(modules))
	}
	for _, module := range modules {
		base := FromMessage(module)
		head := strings.TrimSuffix(module, "No license found.")
		for _, tag := range []string{"", "[ONED] ", "[GS1_DATABAR] ", "[" + strings.Repeat("A", 32) + "] "} {
			for _, appended := range append(appendedTexts(), "") {
				msg := head + tag + "No license found."
				if appended != "" {
					msg += " " + appended
				}
				err := FromMessage(msg)
				e, ok := err.(Error)
				if !ok || e.Code() != CodeOf(base) || e.Message() != wantMessage(msg) {
					t.Errorf("FromMessage(%q) = %#v, want the module's code %v", msg, err, CodeOf(base))
					continue
				}
				cause := FromMessage(appended)
				decides := appended != "" && !errors.Is(cause, ErrUnknown) && ClassOf(cause) != ClassWarning && ClassOf(cause) != ClassNotLicense
				switch got := errors.Unwrap(err); {
				case decides && (got == nil || got.Error() != cause.Error() || CodeOf(err) != CodeOf(cause) || ClassOf(err) != ClassOf(cause)):
					t.Errorf("FromMessage(%q): cause %v, CodeOf %v; want %v deciding", msg, got, CodeOf(err), cause)
				case !decides && (got != nil || CodeOf(err) != CodeOf(base) || ClassOf(err) != ClassOf(base)):
					t.Errorf("FromMessage(%q): cause %v, CodeOf %v; want the module alone", msg, got, CodeOf(err))
				}
				if got := FromProductMessage(int(CodeOf(base).Product()), msg); got.Error() != err.Error() || CodeOf(got) != CodeOf(err) {
					t.Errorf("FromProductMessage(%d, %q) = %v, FromMessage %v", CodeOf(base).Product(), msg, got, err)
				}
			}
		}
		// Outside the grammar: no capture-time text.
		for _, msg := range []string{head + "No license found.x", head + "No license found.  two", head + "No license found. \tx", head + "[ONED]No license found.",
			head + "[oned] No license found.", head + "[" + strings.Repeat("A", 33) + "] No license found.", head + "[] No license found."} {
			if got := FromMessage(msg); !errors.Is(got, ErrUnknown) {
				t.Errorf("FromMessage(%q) = %v, want unknown", msg, got)
			}
		}
	}
}

// TestFrames holds the browser's frames, "[function] [N] message" and
// "code:N;message:text", to FromProductMessage(N, message).
func TestFrames(t *testing.T) {
	for _, s := range theSources() {
		n := s.number
		if n == 0 {
			n = -20003
		}
		want := FromProductMessage(n, s.msg)
		for _, in := range []string{"[capture] [" + strconv.Itoa(n) + "] " + s.msg, "[f1] [" + strconv.Itoa(n) + "] [License] " + s.msg, "code:" + strconv.Itoa(n) + ";message:" + s.msg,
			"[] [" + strconv.Itoa(n) + "] " + s.msg, "[" + strconv.Itoa(n) + "] " + s.msg} {
			if got := FromMessage(in); got.Error() != want.Error() || CodeOf(got) != CodeOf(want) || ClassOf(got) != ClassOf(want) {
				t.Errorf("FromMessage(%q) = %v, want %v", in, got, want)
			}
		}
		// Not frames: a name with a space or a digit first, 0, a number
		// with a leading zero or sign, no space after the number, one
		// inside another.
		for _, in := range []string{"[a b] [" + strconv.Itoa(n) + "] " + s.msg, "[f.g] [" + strconv.Itoa(n) + "] " + s.msg, "[1f] [" + strconv.Itoa(n) + "] " + s.msg, "[f] [0] " + s.msg,
			"[f] [0" + strconv.Itoa(-n) + "] " + s.msg, "[f] [+" + strconv.Itoa(-n) + "] " + s.msg, "[f] [" + strconv.Itoa(n) + "]" + s.msg,
			"code:0;message:" + s.msg, "code:" + strconv.Itoa(n) + ";msg:" + s.msg, "[f] [1] [g] [" + strconv.Itoa(n) + "] " + s.msg} {
			if got := FromMessage(in); got.Error() == want.Error() && !errors.Is(got, ErrUnknown) {
				t.Errorf("FromMessage(%q) = %v, read as a frame", in, got)
			}
		}
	}
	// A function's name without a number: the message alone.
	for _, s := range theSources() {
		want := FromMessage(s.msg)
		for _, in := range []string{"[createInstance] " + s.msg, "[] " + s.msg} {
			if got := FromMessage(in); got.Error() != want.Error() {
				t.Errorf("FromMessage(%q) = %v, want %v", in, got, want)
			}
		}
	}
	// A frame of an unknown number with a text is that text's reading, the
	// number kept; 113 inside the authorization template inside a frame.
	if err := FromMessage("[capture] [-2800] The license key is invalid."); CodeOf(err) != LicenseKeyInvalid || err.(Error).Product() != -2800 {
		t.Errorf("a frame of -2800: %#v", err)
	}
	in := "[initLicense] [-20003] An error occurred during authorization: " + item113Prefix + "LI-9" + item113Suffix + " Contact the site administrator for more information."
	if err := FromMessage(in); CodeOf(err) != LicenseItemInvalid || err.(Error).LicenseItem() != "LI-9" || err.(Error).Product() != -20003 {
		t.Errorf("FromMessage(%q) = %#v", in, err)
	}
}

// The SDK's transport report.

// TestGrammarEdges reads each grammar at the edges of what it takes: the
// bytes at the ends of each character range and those just outside, a
// grammar cut short, and each form once only, as the docs state.
func TestGrammarEdges(t *testing.T) {
	const expired = "License has expired."
	for _, c := range []struct {
		in   string
		want error // nil: ErrUnknown
	}{
		// The key tag: N a decimal from 1, then "] ".
		{"[License] [Key 9] " + expired, ErrLicenseExpired},
		{"[License] [Key 10] " + expired, ErrLicenseExpired},
		{"[License] [Key ] " + expired, nil},
		{"[License] [Key 1/] " + expired, nil},
		{"[License] [Key 1:] " + expired, nil},
		{"[License] [Key 12", nil},
		// The format tag at capture: 1 to 32 of A-Z, 0-9 and _.
		{"[Barcode Reader] [AZ09_] No license found.", ErrBarcodeReaderLicenseNotFound},
		{"[Barcode Reader] [@] No license found.", nil},
		{"[Barcode Reader] [[] No license found.", nil},
		{"[Barcode Reader] [/] No license found.", nil},
		{"[Barcode Reader] [:] No license found.", nil},
		{"[Barcode Reader] [ONED", nil},
		// A function's name: ASCII letters and digits, a letter first.
		{"[azAZ09] [-20111] " + expired, ErrLicenseExpired},
		{"[a`] [-20111] " + expired, nil},
		{"[a{] [-20111] " + expired, nil},
		{"[a@] [-20111] " + expired, nil},
		{"[a[] [-20111] " + expired, nil},
		{"[a/] [-20111] " + expired, nil},
		{"[a:] [-20111] " + expired, nil},
		{"[f] 5] " + expired, nil},
		// One frame deep: the message inside is not read as a frame.
		{"[f] [g] " + expired, nil},
		{"[f] code:-20111;message:" + expired, nil},
		{"[f] [-20003] [g] [-20111] " + expired, ErrLicenseSyncFailed},
		// Each wrapper once.
		{"Initialization Failed: Initialization Failed: " + expired, nil},
		{"Resource Initialization Failed: Initialization Failed: " + expired, ErrLicenseExpired},
		// InitLicense's message after a capture text is no capture text nor frame.
		{"[Barcode Reader] No license found. [Label Recognizer] No license found. [License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.", ErrBarcodeReaderLicenseNotFound},
		{"[Barcode Reader] No license found. [f] [-20200] DLS Connect Error.", ErrBarcodeReaderLicenseNotFound},
	} {
		err := FromMessage(c.in)
		switch {
		case c.want == nil && !errors.Is(err, ErrUnknown):
			t.Errorf("FromMessage(%q) = %v (%v), want unknown", c.in, err, CodeOf(err))
		case c.want != nil && (CodeOf(err) != CodeOf(c.want) || ClassOf(err) != ClassOf(c.want) || errors.Is(err, ErrUnknown)):
			t.Errorf("FromMessage(%q) = %v (%v, %v), want %v", c.in, err, CodeOf(err), ClassOf(err), c.want)
		}
	}
	// "[function] message" is the message alone, whatever reads it.
	if err := FromMessage("[f] [0] X module license has expired."); err.(Error).Message() != "[0] X module license has expired." || !errors.Is(err, ErrDocumentViewerLicenseExpired) {
		t.Errorf("FromMessage(%q) = %v, message %q", "[f] [0] X module license has expired.", err, err.(Error).Message())
	}
}

// TestIndexes holds the indexes to what their comments say: a text's
// slot depends on its length and on every byte of its three windows, and
// the texts spread over the slots; templates are tried in the documented
// order; a template's holes are found as match says.
func TestIndexes(t *testing.T) {
	base := strings.Repeat("abcdefgh", 4) // 32 bytes: windows at 0, 12 and 24
	for _, w := range []int{0, 12, 24} {
		for i := w; i < w+8; i++ {
			b := []byte(base)
			b[i] ^= 1
			if textSlot(string(b), 0) == textSlot(base, 0) {
				t.Errorf("textSlot does not see byte %d", i)
			}
		}
	}
	for _, pair := range [][2]string{{"aaaaaaaa", "aaaaaaaaa"}, {"abcdefgh", "abcdefgi"}, {"", "a"}} {
		if textSlot(pair[0], 0) == textSlot(pair[1], 0) {
			t.Errorf("textSlot(%q) = textSlot(%q)", pair[0], pair[1])
		}
	}
	starts, texts := map[uint64]bool{}, 0
	for i := range table.texts {
		if d := table.texts[i].d; d != nil {
			texts++
			starts[textSlot(table.texts[i].msg, table.textShift)] = true
		}
	}
	if len(starts) < texts/2 {
		t.Errorf("%d texts start their probes in %d slots", texts, len(starts))
	}
	for i := 1; i < len(table.templates); i++ {
		a, b := &table.templates[i-1], &table.templates[i]
		if aHole, bHole := a.parts[0] == "", b.parts[0] == ""; aHole && !bHole || aHole == bHole && a.literal() < b.literal() {
			t.Errorf("template %q is tried before %q", a.parts, b.parts)
		}
	}
	for _, c := range []struct {
		parts []string
		s     string
		holes []string // nil: no match
	}{
		{[]string{"", "x", "y", ""}, "axbyc", []string{"a", "b", "c"}},
		{[]string{"", "x", "y", ""}, "axyc", []string{"a", "", "c"}},
		{[]string{"", "x", "y", ""}, "xbyc", nil}, // a hole at an end is never empty
		{[]string{"", "x", "y", ""}, "axby", nil},
		{[]string{"", "x", "y", ""}, "ab", nil},
		{[]string{"ab", "ba"}, "aba", nil}, // the literals overlap: too short
		{[]string{"ab", "ba"}, "abba", []string{""}},
	} {
		tmpl := template{parts: c.parts}
		holes, ok := tmpl.holes(c.s)
		if ok != (c.holes != nil) || ok && !slices.Equal(holes, c.holes) {
			t.Errorf("template %q holes(%q) = %q, %v; want %q", c.parts, c.s, holes, ok, c.holes)
		}
	}
}

// transports are the SDK's transport reports, as sdk-license-client.md measured them and users
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

// transportGrammar is Transport's doc, read independently: Capture Vision's
// form, its head and the tail after the body, and Barcode Reader 9's.
var (
	cvHead    = regexp.MustCompile(`(?s)^([^.]+)\. (?:Error|Net)Code:(0|-?[1-9][0-9]{0,9}) HttpCode:(0|-?[1-9][0-9]{0,9}) Res?ponseStr:(.*)$`)
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

// TestVerdictBodies holds the verdict in a report's body to Transport's
// rule: a refusal's JSON body with errorCode, message or both is the
// server's verdict and decides; a 200's body, a body that is no such
// object, or one that reads as nothing, is not.
func TestVerdictBodies(t *testing.T) {
	report := func(status int, body string) string {
		return fmt.Sprintf("[License] Unknown Network Error. ErrorCode:0 HttpCode:%d ResponseStr:%s.[Cache] Cache not found.", status, body)
	}
	for _, tc := range []struct {
		status int
		body   string
		want   error // nil: no verdict, the report's own code decides
	}{
		{403, `{"errorCode":102,"message":"Session password is incorrect."}`, ErrSessionPasswordIncorrect},
		{401, ` {"errorCode":111,"message":"License for this ip has expired."} `, ErrIPLicenseExpired},
		{500, `{"message":"Session password is incorrect."}`, ErrSessionPasswordIncorrect},
		{403, `{"errorCode":102}`, ErrSessionPasswordIncorrect},
		{403, `{"errorCode":113,"message":"This license item \"LI-3\" has been invalid."}`, ErrLicenseItemInvalid},
		{403, `{"errorCode":-10003}`, ErrLicenseInvalid},
		{403, `{"errorCode":102,"message":"Made up.","extra":1}`, ErrSessionPasswordIncorrect},
		{200, `{"errorCode":102,"message":"Session password is incorrect."}`, nil},
		{403, `{"errorCode":117,"message":"Made up."}`, nil},
		{403, `{"errorCode":117}`, nil},
		{403, `{"message":"Made up."}`, nil},
		{403, `{"errorcode":102}`, nil},
		{403, `{"errorCode":"102"}`, nil},
		{403, `{"errorCode":1.5}`, nil},
		{403, `{"errorCode":0,"message":"Session password is incorrect."}`, nil},
		{403, `{"errorCode":102,"message":7}`, nil},
		{403, `{}`, nil},
		{403, `[102]`, nil},
		{403, `{"errorCode":102`, nil},
		{403, `Session password is incorrect.`, nil},
	} {
		msg := report(tc.status, tc.body)
		err := FromProductMessage(-20200, msg)
		if _, ok := TransportOf(err); !ok {
			t.Errorf("%s: no report read", msg)
		}
		switch {
		case tc.want == nil && (CodeOf(err) != FailedToReachDLS || errors.Unwrap(err) != nil):
			t.Errorf("%d %s: %v, CodeOf %v; want no verdict", tc.status, tc.body, err, CodeOf(err))
		case tc.want != nil && (!errors.Is(err, tc.want) || ClassOf(err) != ClassOf(tc.want)):
			t.Errorf("%d %s: %v, class %v; want the verdict %v", tc.status, tc.body, err, ClassOf(err), tc.want)
		}
	}
}

// measuredReasons returns the code the SDKs returned with each reason of a
// transport report in the committed InitLicense scenarios and verdicts, by
// form ("cv" or "dbr9"), read with the test's own grammar: one code for each
// reason.
var measuredReasons = sync.OnceValue(func() map[string]Code {
	out := map[string]Code{}
	add := func(rc, msg string) {
		n, _ := strconv.Atoi(rc)
		key := reasonOf(msg)
		if key == "" {
			return
		}
		if c, seen := out[key]; seen && c != Code(n) {
			panic(fmt.Sprintf("reason %q came with %v and %d", key, c, n))
		}
		out[key] = Code(n)
	}
	lines, err := parseGolden(filepath.Join("testdata", "realclient", "initlicense.golden"), 4)
	if err != nil {
		panic(err)
	}
	for _, f := range lines {
		add(f[2], f[3])
	}
	for _, f := range verdictLines(filepath.Join("testdata", "realclient", "verdict.golden")) {
		if f[3] == "init" {
			add(f[4], f[6])
		}
	}
	return out
})

// verdictLines reads verdict.golden: its answer, row and requests lines as
// 5 fields, its decode and result lines as 6, its init lines as 7.
func verdictLines(path string) [][]string {
	data, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	var out [][]string
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		n := 5
		f := strings.SplitN(line, " ", 5)
		switch {
		case len(f) < 5:
			panic("verdict.golden: " + line)
		case f[0] == "answer" || f[0] == "row" || f[3] == "requests":
		case f[3] == "init":
			n = 7
		default:
			n = 6
		}
		f = strings.SplitN(line, " ", n)
		if f[n-1], err = strconv.Unquote(f[n-1]); err != nil {
			panic("verdict.golden: " + line)
		}
		out = append(out, f)
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

// TestTransport holds the reports to Transport's grammar, read by the
// test's own: with a number, any reason; without, the reasons measured, as
// the codes the SDKs returned with them.
func TestTransport(t *testing.T) {
	if got := len(measuredReasons()); got != len(reasons) {
		t.Errorf("the committed runs measured %d reasons, the package has %d: %v", got, len(reasons), measuredReasons())
	}
	for _, tc := range transports {
		code, measured := measuredReasons()[reasonOf(tc.msg)]
		for _, n := range []int{-20200, -20003, -2800} {
			err := FromProductMessage(n, tc.msg)
			if got, ok := TransportOf(err); !ok || got != tc.want {
				t.Errorf("TransportOf(FromProductMessage(%d, %q)) = %+v, %v; want %+v", n, tc.msg, got, ok, tc.want)
			}
		}
		err := FromMessage(tc.msg)
		got, ok := TransportOf(err)
		if !ok || got != tc.want {
			t.Errorf("TransportOf(FromMessage(%q)) = %+v, %v; want %+v", tc.msg, got, ok, tc.want)
		}
		switch {
		case measured && (CodeOf(err) != code || errors.Is(err, ErrUnknown) || err.Error() != dlsPrefix(code.Product(), 0)+quoted(wantMessage(tc.msg))):
			t.Errorf("FromMessage(%q) = %#v, want code %v", tc.msg, err, code)
		case !measured && (CodeOf(err) != 0 || !errors.Is(err, ErrUnknown) || Retryable(err)):
			t.Errorf("FromMessage(%q) = %#v, want unknown: no SDK was measured to write that reason", tc.msg, err)
		}
	}
	// A malformed envelope is no report: nothing is guessed.
	for _, msg := range []string{
		"DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:", "DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.x",
		". ErrorCode:7 HttpCode:0 ResponseStr:.", "DLS Connect Error ErrorCode:7 HttpCode:0 ResponseStr:.", "DLS. Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.",
		"DLS Connect Error. ErrorCode:07 HttpCode:0 ResponseStr:.", "DLS Connect Error. ErrorCode:-0 HttpCode:0 ResponseStr:.",
		"DLS Connect Error. ErrorCode: 7 HttpCode:0 ResponseStr:.", "DLS Connect Error. ErrorCode:7 HttpCode:0 RsponseStr:.",
		"DLS Connect Error. ErrorCode:7 HttpCode:0  ResponseStr:.", "DLS Connect Error. ErrorCode:2147483648 HttpCode:0 ResponseStr:.",
		"DLS Connect Error. ErrorCode:7 HttpCode:x ResponseStr:.", "DLS Connect Error. HttpCode:0 ResponseStr:.", "DLS Connect Error. ErrorCode:7 ResponseStr:.",
		"DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache]", "DLS Connect Error.-ErrorCode:7-HttpCode:0-ResponseStr:",
		"DLS Connect Error.-ErrorCode:7-HttpCode:0", "DLS Connect Error.-ErrorCode:+7-HttpCode:0-ReponseStr:",
		"DLS Connect Error.-ErrorCode:2147483648-HttpCode:0-ReponseStr:", "DLS Connect Error. ErrorCode:7 HttpCode:99999999999 ResponseStr:.",
		"", "[License] ", "DLS Connect Error.",
	} {
		for _, err := range []error{FromProductMessage(-20200, msg), FromMessage(msg)} {
			if tr, ok := TransportOf(err); ok {
				t.Errorf("TransportOf(%q) = %+v, want none", msg, tr)
			}
		}
	}
	if _, ok := TransportOf(nil); ok {
		t.Error("nil has a transport report")
	}
	if _, ok := TransportOf(errors.New("DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.")); ok {
		t.Error("an error that is no DLS error has a transport report")
	}
}

// A number and a message.

// ownTexts returns the texts that are number n's own in the copies and the
// measured tables: its code's every text, or the SDK's texts for it.
func ownTexts(n int) []string {
	if 100 <= n && n <= 199 {
		n = -(20000 + n)
	}
	var out []string
	for _, s := range theSources() {
		if s.number == n {
			out = append(out, s.msg)
		}
	}
	return append(out, notLicenseTexts()[n]...)
}

// ruleNumbers are numbers of every kind: the server's codes and an unknown
// one, the SDKs' codes of every class, numbers of two meanings, numbers not
// about the license, and numbers no table has.
var ruleNumbers = []int{111, -20111, -20100, 102, 151, -20117, -20003, -20200, -20012, -20010, -10003, -10004, -10076, -30063, -10017, -20008,
	-10062, -10058, -10006, -10005, -10009, -30009, -2800, -2546, -80000, -2326, -12345, 999, 1}

// ruleMessages are messages of every kind: every text of the copies (most
// of them as Capture Vision tags them), 113 filled in, the transport
// reports, capture-time texts with and without a cause, the browser's
// forms, texts not about the license, and text no table has.
func ruleMessages() []string {
	var out []string
	for i, s := range theSources() {
		if i%3 == 0 {
			out = append(out, s.msg)
		} else {
			out = append(out, "[License] "+s.msg+"\x00\x00")
		}
	}
	for _, tc := range transports[:9] {
		out = append(out, tc.msg)
	}
	return append(out, item113Prefix+"LI-7"+item113Suffix, "[Barcode Reader] No license found. [License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.",
		"[Barcode Reader] No license found. [License] Trial License.", "[capture] [-30063] [Barcode Reader] No license found.",
		"An error occurred during authorization: License has expired. Contact the site administrator for more information.",
		"The file type is not supported.", "Failed to save the file.", "Unknown error.", "No such wording.", "", "[License] ")
}

// TestNumberAndMessage holds FromProductMessage to its rule, written here
// once more: a number's own text is that text's error; a message that reads
// as another error is the cause that decides, unless it is a warning or
// not about the license and the number is a license failure; a message
// nothing reads is kept, and the number decides.
func TestNumberAndMessage(t *testing.T) {
	for _, n := range ruleNumbers {
		alone := FromProduct(n)
		for _, msg := range ruleMessages() {
			err := FromProductMessage(n, msg)
			if o := FromOriginalMessage(n, msg); o.Error() != err.Error() || CodeOf(o) != CodeOf(err) {
				t.Errorf("FromOriginalMessage(%d, %q) = %v, FromProductMessage %v", n, msg, o, err)
			}
			e := err.(Error)
			m := wantMessage(msg)
			reading := FromMessage(msg)
			switch {
			case m == "":
				if err.Error() != alone.Error() || CodeOf(err) != CodeOf(alone) {
					t.Errorf("FromProductMessage(%d, %q) = %v, want the number alone: %v", n, msg, err, alone)
				}
				continue
			case slices.Contains(ownTexts(n), m):
				if e.Message() != m || e.Product() != alone.(Error).Product() || errors.Unwrap(err) != nil || !errors.Is(err, alone) && !errors.Is(alone, ErrUnknown) {
					t.Errorf("FromProductMessage(%d, %q) = %#v, want its own text's error", n, msg, err)
				}
				continue
			}
			if e.Product() != alone.(Error).Product() {
				t.Errorf("FromProductMessage(%d, %q) = %#v: the number is not kept", n, msg, err)
			}
			licenseCode := !errors.Is(alone, ErrUnknown) && !errors.Is(alone, ErrNotLicense)
			readable := !errors.Is(reading, ErrUnknown)
			sameCode := alone.(Error).Code().Known() && reading.(Error).Code() == alone.(Error).Code()
			decides := readable && !sameCode && !(licenseCode && (ClassOf(reading) == ClassWarning || ClassOf(reading) == ClassNotLicense))
			switch {
			case sameCode: // the reading, under the number
				if CodeOf(err) != CodeOf(reading) || e.Message() != reading.(Error).Message() || ClassOf(err) != ClassOf(reading) {
					t.Errorf("FromProductMessage(%d, %q) = %v, want its own code in another form: %v", n, msg, err, reading)
				}
			case decides:
				cause := errors.Unwrap(err)
				if cause == nil || cause.Error() != reading.Error() || CodeOf(err) != CodeOf(reading) || ClassOf(err) != ClassOf(reading) || errors.Is(err, ErrUnknown) {
					t.Errorf("FromProductMessage(%d, %q) = %v, cause %v, CodeOf %v; want the message's %v to decide", n, msg, err, cause, CodeOf(err), reading)
				}
				if !errors.Is(alone, ErrUnknown) && !errors.Is(err, alone) {
					t.Errorf("FromProductMessage(%d, %q) does not match the number's error %v", n, msg, alone)
				}
			default:
				if errors.Unwrap(err) != nil || CodeOf(err) != CodeOf(alone) || ClassOf(err) != ClassOf(alone) || e.Message() != m {
					t.Errorf("FromProductMessage(%d, %q) = %#v, CodeOf %v; want the number to decide", n, msg, err, CodeOf(err))
				}
			}
		}
	}
}

// TestVerdictsDecide shows the rule where it matters most: the server's
// verdict as both native SDKs return it (sdk-license-client.md, "The
// server's verdict") decides, and the README's service loop stops.
func TestVerdictsDecide(t *testing.T) {
	for _, tc := range []struct {
		rc       int
		msg      string
		sentinel error
		class    Class
	}{
		{-20003, "[License] Session password is incorrect.\x00\x00", ErrSessionPasswordIncorrect, ClassHandshake},
		{-20003, "Session password is incorrect.", ErrSessionPasswordIncorrect, ClassHandshake},
		{-10004, "[License] License has expired.", ErrLicenseExpired, ClassLicense},
		{-20003, "License has expired.", ErrLicenseExpired, ClassLicense},
		{-20003, "[License] The standby DLS refuses to provide service while the main DLS is working.", ErrServiceRefused, ClassUnavailable},
		{-20003, "[License] Cloned device detected.", ErrClonedDevice, ClassSecurity},
		{-20003, "[License] " + item113Prefix + "LI-1" + item113Suffix, ErrLicenseItemInvalid, ClassLicense},
	} {
		err := FromProductMessage(tc.rc, tc.msg)
		if !errors.Is(err, tc.sentinel) || !errors.Is(err, FromProduct(tc.rc)) || ClassOf(err) != tc.class || Retryable(err) != isRetryable(tc.class) ||
			CodeOf(err) != CodeOf(tc.sentinel) || err.(Error).Code() != CodeOf(FromProduct(tc.rc)) || err.(Error).Product() != tc.rc {
			t.Errorf("FromProductMessage(%d, %q) = %v: class %v, CodeOf %v", tc.rc, tc.msg, err, ClassOf(err), CodeOf(err))
		}
	}
	// A 200 with the verdict in its body is no verdict: a transport report.
	err := FromProductMessage(-20003, `[License] Invalid License String. ErrorCode:0 HttpCode:200 ResponseStr:{"errorCode":102,"message":"Session password is incorrect."}.`)
	if errors.Is(err, ErrSessionPasswordIncorrect) || ClassOf(err) != ClassUnavailable || CodeOf(err) != LicenseSyncFailed {
		t.Errorf("a 200 with 102's body: %v, class %v", err, ClassOf(err))
	}
}

// Decodes.

// maskMark is the SDKs' mark before a masked result, read independently.
var maskMark = regexp.MustCompile(`^\[Attention\(exceptionCode:(0|-?[1-9][0-9]*)\)\]( |$)`)

// wantDecodedText is what FromDecodedText must make of s: nil for ordinary
// text, ErrUnknown for 0, and a number's error read as a license code.
func wantDecodedText(s string) error {
	c, _, _ := strings.Cut(s, "\x00")
	m := maskMark.FindStringSubmatch(c)
	if m == nil {
		return nil
	}
	n, err := strconv.ParseInt(m[1], 10, 32)
	switch {
	case err != nil:
		return nil
	case n == 0:
		return ErrUnknown
	}
	if _, two := twoMeanings()[int(n)]; two {
		for _, s := range theSources() {
			if s.number == int(n) {
				return FromMessage(s.msg)
			}
		}
	}
	return FromProduct(int(n))
}

func TestFromDecodedText(t *testing.T) {
	inputs := []string{"", "S123", "CODE128", "[Attention(exceptionCode:0)] x", "[Attention(exceptionCode:-0)] x", "[Attention(exceptionCode:007)] x",
		"[Attention(exceptionCode:1)]x", "[Attention(exceptionCode:-2147483649)] x", "[Attention(exceptionCode:2147483647)]",
		"[Attention(exceptionCode:-20111)]\x00 stale", "[Attention(exceptionCode:-201\x0011)] x", "\x00[Attention(exceptionCode:-20111)] x",
		"[Attention(exceptionCode:-20111)] S**3000*25", "[Attention(exceptionCode:-10017)] *ODE**8", "[Attention(exceptionCode:-3)] x"}
	for n := -100000; n <= 1000; n++ {
		if n%7 == 0 || licenseNumbers()[n] || notLicenseTexts()[n] != nil {
			inputs = append(inputs, "[Attention(exceptionCode:"+strconv.Itoa(n)+")] x")
		}
	}
	for _, s := range inputs {
		got, want := FromDecodedText(s), wantDecodedText(s)
		if (got == nil) != (want == nil) || got != nil && (got.Error() != want.Error() || CodeOf(got) != CodeOf(want)) {
			t.Errorf("FromDecodedText(%q) = %v, want %v", s, got, want)
		}
	}
}

// decodeCase is a decode as a service sees it, after InitLicense.
type decodeCase struct {
	name    string
	init    error
	rc      int
	msg     string
	results []string
	class   Class // what FromDecode's error must be of; ClassUnknown with ok false: nil
	ok      bool
}

// decodeCases are the decodes measured (sdk-capture.md, decode.golden),
// and the wrapper's bare numbers: each with the class a service must act on.
var decodeCases = []decodeCase{
	{"Capture Vision, bare -30063 after -20200", FromProductMessage(-20200, "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.[Cache] Cache not found."), -30063, "", nil, ClassUnavailable, true},
	{"Capture Vision, bare -30063 after the verdict 102", FromProductMessage(-20003, "[License] Session password is incorrect."), -30063, "", nil, ClassHandshake, true},
	{"Capture Vision, bare -30063 after a bad key", FromProductMessage(-10003, "[License] [Key 1] The license is invalid."), -30063, "", nil, ClassLicense, true},
	{"Capture Vision, bare -30063 without InitLicense", nil, -30063, "", nil, ClassLicense, true},
	{"Capture Vision, -30063 with InitLicense's message after a trial", FromProduct(-20010), -30063, "[Barcode Reader] No license found. [License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:.", nil, ClassUnavailable, true},
	{"Capture Vision, -30063 after a cached license", FromProduct(-20012), -30063, "", nil, ClassLicense, true},
	{"Barcode Reader 9, -10000 masked -3 after a 200 without a license", FromProductMessage(-20003, "Invalid License.-ErrorCode:0-HttpCode:200-ReponseStr:not a license\n"), -10000, "Unknown error.",
		[]string{"[Attention(exceptionCode:-3)] *ODE**8", "[Attention(exceptionCode:-3)] D*n**soft"}, ClassUnavailable, true},
	{"Barcode Reader 9, -20200 masked after closed ports", FromProductMessage(-20003, "DLS Connect Error.-ErrorCode:7-HttpCode:0-ReponseStr:"), -20200, "Cannot connect to the License Server.",
		[]string{"[Attention(exceptionCode:-20200)] *ODE**8"}, ClassUnavailable, true},
	{"Barcode Reader 9, -10017 masked after a bad key", FromProductMessage(-10003, "The license is invalid."), -10017, "The license for the 1D Barcode module is invalid.",
		[]string{"[Attention(exceptionCode:-10017)] *ODE**8", "[Attention(exceptionCode:-10016)] www.d*n*m*oft*c*m"}, ClassLicense, true},
	{"Barcode Reader 9, a file that is no image, licensed", nil, -10006, "The file type is not supported.", nil, ClassNotLicense, true},
	{"Barcode Reader 9, a file that is no image, no license", FromProductMessage(-10003, "The license is invalid."), -10006, "The file type is not supported.", nil, ClassNotLicense, true},
	{"a masked result with a 0 code", nil, 0, "Successful.", []string{"CODE128", "[Attention(exceptionCode:-20111)] S**3000*25"}, ClassLicense, true},
	{"a masked result with a 0 code after -20200", FromProduct(-20200), 0, "", []string{"[Attention(exceptionCode:-20000)] D*NA*SOFT-*23*"}, ClassUnavailable, true},
	{"a good decode", nil, 0, "Successful.", []string{"CODE128", "DYNAMSOFT-1234"}, ClassUnknown, false},
	{"a good decode after a trial warning", FromProduct(-20010), 0, "", []string{"CODE128"}, ClassUnknown, false},
	{"an unknown code, masked with an unknown number, nothing known of InitLicense", nil, -10000, "Unknown error.", []string{"[Attention(exceptionCode:-3)] x"}, ClassUnknown, true},
	{"the wrapper's -1 after -20200", FromProduct(-20200), -1, "", nil, ClassUnavailable, true},
}

func TestFromDecode(t *testing.T) {
	for _, tc := range decodeCases {
		err := FromDecode(tc.init, tc.rc, tc.msg, tc.results...)
		if (err != nil) != tc.ok || err != nil && ClassOf(err) != tc.class {
			t.Errorf("%s: FromDecode = %v, class %v; want class %v", tc.name, err, ClassOf(err), tc.class)
			continue
		}
		if err == nil {
			continue
		}
		// The decode's own error stays matchable, and InitLicense's where it
		// decides; a wrapped InitLicense error counts as much as a bare one.
		if decoded := FromProductMessage(tc.rc, tc.msg); decoded != nil && !errors.Is(err, decoded) && !errors.Is(decoded, ErrUnknown) {
			t.Errorf("%s: %v does not match the decode's own %v", tc.name, err, decoded)
		}
		if wrapped := FromDecode(fmt.Errorf("init: %w", tc.init), tc.rc, tc.msg, tc.results...); ClassOf(wrapped) != tc.class || wrapped.Error() != err.Error() {
			t.Errorf("%s: with InitLicense's error wrapped, %v, class %v", tc.name, wrapped, ClassOf(wrapped))
		}
	}
}

// Deciding: the functions that look into an error's tree.

// Errors of other shapes that the walk must see through.
type (
	// asOnly hands out its Error through an As method only.
	asOnly struct{ e Error }
	// asPointer hands it out to an *Error target only.
	asPointer struct{ e Error }
	// asUnwrap has an As method and wraps another error.
	asUnwrap struct {
		asOnly
		inner error
	}
	// isOnly matches through an Is method and unwraps to the second.
	isOnly struct{ match, inner error }
	// asNilPointer hands out a nil *Error, and says it did.
	asNilPointer struct{}
	// emptyJoin unwraps to no errors, nilWrap to nil.
	emptyJoin struct{}
	nilWrap   struct{}
)

func (a asOnly) Error() string { return "via As" }
func (a asOnly) As(target any) bool {
	if p, ok := target.(*Error); ok {
		*p = a.e
		return true
	}
	return false
}
func (a asPointer) Error() string { return "via As, pointer" }
func (a asPointer) As(target any) bool {
	if p, ok := target.(**Error); ok {
		c := a.e
		*p = &c
		return true
	}
	return false
}
func (asNilPointer) Error() string { return "via As, nil" }
func (asNilPointer) As(target any) bool {
	if p, ok := target.(**Error); ok {
		*p = nil
		return true
	}
	return false
}
func (a asUnwrap) Unwrap() error      { return a.inner }
func (x isOnly) Error() string        { return "via Is" }
func (x isOnly) Is(target error) bool { return target == x.match }
func (x isOnly) Unwrap() error        { return x.inner }
func (emptyJoin) Error() string       { return "empty" }
func (emptyJoin) Unwrap() []error     { return nil }
func (nilWrap) Error() string         { return "nil" }
func (nilWrap) Unwrap() error         { return nil }

// modelSeverity is ErrorOf's doc, written once more: the classes from the
// one that decides first.
var modelSeverity = []Class{ClassSecurity, ClassLicense, ClassMismatch, ClassHandshake, ClassInstallation, ClassUsage,
	ClassQuota, ClassUnavailable, ClassUnknown, ClassNotLicense, ClassWarning}

// modelDecide is ErrorOf's rule, written independently: every Error of the
// tree in errors.Is's order, through Unwrap and As methods, not into an
// Error's cause; the first of the most severe class, each Error's class its
// own as ClassOf gives it alone.
func modelDecide(err error) (Error, bool) {
	var all []Error
	var visit func(error)
	visit = func(err error) {
		if err == nil {
			return
		}
		if e, ok := err.(Error); ok {
			if e.d != nil {
				all = append(all, e)
			}
			return
		}
		if a, ok := err.(interface{ As(any) bool }); ok {
			var e Error
			var p *Error
			switch {
			case a.As(&e) && e.d != nil:
				all = append(all, e)
			case a.As(&p) && p != nil && p.d != nil:
				all = append(all, *p)
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
	best, bestRank := Error{}, len(modelSeverity)
	for _, e := range all {
		if r := slices.Index(modelSeverity, ClassOf(e)); r < bestRank {
			best, bestRank = e, r
		}
	}
	return best, best.d != nil
}

var treeLeaves = []error{ErrTrialLicense, ErrLicenseCacheUsed, ErrFailedToReachDLS, ErrLimitExceeded, ErrLicenseExpired, ErrClonedDevice,
	ErrSessionPasswordIncorrect, ErrDomainNotMatch, ErrLicenseBufferFailed, ErrLicenseInitSequenceFailed, ErrLicenseMismatch,
	FromProduct(-10006), FromOriginal(999), FromMessage("nope"), errors.New("io"), Error{},
	FromProductMessage(-20003, "[License] Session password is incorrect."), FromProductMessage(-30063, "[Barcode Reader] No license found. [License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."),
	FromProductMessage(-2800, "[License] Trial License."), FromProductMessage(-2800, "[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:."),
	FromMessage("Provided handShakeId is not compliant with version 1.5.")}

func genTree(r *rand.Rand, depth int) error {
	leaf := treeLeaves[r.Intn(len(treeLeaves))]
	if depth == 0 || r.Intn(4) == 0 {
		return leaf
	}
	dls, _ := leaf.(Error)
	switch r.Intn(6) {
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
	case 4:
		return asPointer{dls}
	}
	return isOnly{leaf, genTree(r, depth-1)}
}

// TestOneRule holds every function that looks into an error to the model,
// over random trees: they read the Error it picks, and agree.
func TestOneRule(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 5000; i++ {
		err := genTree(r, 1+i%5)
		want, found := modelDecide(err)
		got, ok := ErrorOf(err)
		wantClass, wantCode := ClassUnknown, Code(0)
		if found {
			wantClass, wantCode = ClassOf(want), CodeOf(want)
		}
		_, report := TransportOf(err)
		_, wantReport := TransportOf(want)
		if ok != found || got != want || CodeOf(err) != wantCode || ClassOf(err) != wantClass || Retryable(err) != (wantClass == ClassUnavailable || wantClass == ClassQuota) ||
			Licensed(err) != (err == nil || wantClass == ClassWarning) || report != (found && wantReport) {
			t.Fatalf("%q: ErrorOf %v, the model %v; ClassOf %v, want %v; Retryable %v, Licensed %v", err, got, want, ClassOf(err), wantClass, Retryable(err), Licensed(err))
		}
		if found {
			f := logged(t, Attr("dls", err))["dls"].(map[string]any)
			if f["class"] != wantClass.String() || f["message"] != want.Message()[:min(len(want.Message()), 200)] {
				t.Fatalf("%q: Attr logs %v, want the fields of %v", err, f, want)
			}
		}
	}
	// The order the doc gives is the order the package decides in, class by
	// class: each pair, both ways round.
	leaves := map[Class]error{}
	for _, e := range treeLeaves {
		if _, ok := e.(Error); ok && e.(Error).d != nil {
			leaves[ClassOf(e)] = e
		}
	}
	for i, hi := range modelSeverity {
		for _, lo := range modelSeverity[i+1:] {
			a, b := leaves[hi], leaves[lo]
			if a == nil || b == nil {
				t.Fatalf("no leaf of %v or %v", hi, lo)
			}
			if ClassOf(errors.Join(a, b)) != hi || ClassOf(errors.Join(b, a)) != hi {
				t.Errorf("%v beside %v: ClassOf %v and %v, want %v", hi, lo, ClassOf(errors.Join(a, b)), ClassOf(errors.Join(b, a)), hi)
			}
		}
	}
}

// selfWrapper joins another error and itself; selfUnwrap wraps itself;
// twice joins itself twice, doubling the errors at each level.
type (
	selfWrapper struct{ also error }
	selfUnwrap  struct{}
	twice       struct{}
)

func (s *selfWrapper) Error() string   { return "cycle" }
func (s *selfWrapper) Unwrap() []error { return []error{s.also, s} }
func (s *selfUnwrap) Error() string    { return "cycle" }
func (s *selfUnwrap) Unwrap() error    { return s }
func (twice) Error() string            { return "twice" }
func (t twice) Unwrap() []error        { return []error{t, t} }

// TestWalkBounds: a walk goes no deeper than maxDepth errors and looks at
// no more than maxNodes, so a tree that holds itself ends it.
func TestWalkBounds(t *testing.T) {
	deep := error(ErrFailedToReachDLS)
	for i := 0; i < maxDepth-1; i++ {
		deep = fmt.Errorf("w: %w", deep)
	}
	flat := make([]error, maxNodes-1)
	for i := range flat {
		flat[i] = errors.New("ordinary")
	}
	for _, tc := range []struct {
		name  string
		err   error
		found bool
	}{
		{"self", &selfUnwrap{}, false},
		{"self in a join", &selfWrapper{errors.New("x")}, false},
		{"self beside a DLS error", errors.Join(&selfWrapper{errors.New("x")}, ErrFailedToReachDLS), true},
		{"twice itself, then a DLS error", errors.Join(twice{}, ErrFailedToReachDLS), false},
		{"a DLS error, then twice itself", errors.Join(ErrFailedToReachDLS, twice{}), true},
		{"at the depth bound", deep, true},
		{"past the depth bound", fmt.Errorf("w: %w", deep), false},
		{"at the cap on errors", errors.Join(append(slices.Clone(flat[1:]), ErrFailedToReachDLS)...), true},
		{"past the cap on errors", errors.Join(append(slices.Clone(flat), ErrFailedToReachDLS)...), false},
		{"a join of nothing", emptyJoin{}, false},
		{"a wrapper of nil", nilWrap{}, false},
		{"the zero Error", fmt.Errorf("x: %w", Error{}), false},
	} {
		_, ok := ErrorOf(tc.err)
		if ok != tc.found || (CodeOf(tc.err) == FailedToReachDLS) != tc.found || Retryable(tc.err) != tc.found || Licensed(tc.err) {
			t.Errorf("%s: ErrorOf found %v, CodeOf %v, Retryable %v, Licensed %v", tc.name, ok, CodeOf(tc.err), Retryable(tc.err), Licensed(tc.err))
		}
	}
}

// The types.

// codeValues are Codes of every kind: every constant, the server's codes no
// list has, product numbers as Code values, numbers not about the license,
// numbers no table has, and the ends of int.
func codeValues() []Code {
	cs := Codes()
	for _, n := range []int{0, 1, 99, 110, 117, 150, 199, 200, 999, -1, -2546, -2800, -10000, -10006, -10062, -20111, -20117, -20199, -20201, -80000, -99999, math.MinInt, math.MaxInt} {
		cs = append(cs, Code(n))
	}
	return cs
}

// TestCodeText: String, MarshalText and ParseCode are inverses, with one
// spelling for each code; UnmarshalJSON also reads a vendor's number.
func TestCodeText(t *testing.T) {
	// A server code's product number reads as the code; one outside the
	// range as itself.
	for n := -20201; n <= -20099; n++ {
		var c Code
		want := Code(n)
		if -20199 <= n && n <= -20100 {
			want = Code(-20000 - n)
		}
		if err := c.UnmarshalJSON([]byte(strconv.Itoa(n))); err != nil || c != want {
			t.Errorf("UnmarshalJSON(%d) = %d, %v; want %d", n, int(c), err, int(want))
		}
	}
	for _, c := range codeValues() {
		s := c.String()
		text, err := c.MarshalText()
		if err != nil || string(text) != s {
			t.Errorf("%d: MarshalText %q, %v; String %q", int(c), text, err, s)
		}
		if b, _ := c.AppendText([]byte("x")); string(b) != "x"+s {
			t.Errorf("%d: AppendText %q", int(c), b)
		}
		if got, err := ParseCode(s); got != c || err != nil {
			t.Errorf("ParseCode(%q) = %v, %v; want %d", s, got, err, int(c))
		}
		var u Code
		if err := u.UnmarshalText([]byte(s)); u != c || err != nil {
			t.Errorf("UnmarshalText(%q) = %v, %v", s, u, err)
		}
		data, err := json.Marshal(c)
		var j Code
		if err != nil || json.Unmarshal(data, &j) != nil || j != c {
			t.Errorf("%d: JSON %s reads back as %v", int(c), data, j)
		}
		// A constant's name is its identifier; anything else is Code(N).
		if c.Known() != (s != "Code("+strconv.Itoa(int(c))+")") {
			t.Errorf("%d: Known %v, String %q", int(c), c.Known(), s)
		}
	}
	// One spelling each: a known code's number is not another.
	for _, s := range []string{"111", "-20111", "Code(111)", "Code(-10003)", "Code(0111)", "Code(+1)", "Code(-0)", "Code()", "Code(1", "licenseExpired",
		" LicenseExpired", "LicenseExpired ", "Unknown", "NotLicense", "IPLicenseExpired", "LicenseMismatch", ""} {
		var c Code = 7
		if got, err := ParseCode(s); err == nil || got != 0 {
			t.Errorf("ParseCode(%q) = %v, %v; want an error", s, got, err)
		}
		if err := c.UnmarshalText([]byte(s)); err == nil || c != 7 {
			t.Errorf("UnmarshalText(%q) set %v, %v", s, c, err)
		}
		if _, err := ParseCode(s); err != nil && err.Error() != "dls: invalid code "+strconv.Quote(s) {
			t.Errorf("ParseCode(%q): %v", s, err)
		}
	}
	// JSON numbers are a server's or an SDK's, read by their sign.
	for _, tc := range []struct {
		json string
		want Code
		ok   bool
	}{
		{"111", LicenseExpired, true}, {"-20111", LicenseExpired, true}, {"-20200", FailedToReachDLS, true}, {"-10006", Code(-10006), true},
		{"-20117", Code(117), true}, {`"LicenseExpired"`, LicenseExpired, true}, {`"Code(-20117)"`, Code(-20117), true}, {"null", 7, true},
		{"1e2", 7, false}, {"+1", 7, false}, {"01", 7, false}, {`"111"`, 7, false}, {"true", 7, false}, {`"`, 7, false},
	} {
		c := Code(7)
		err := c.UnmarshalJSON([]byte(tc.json))
		if (err == nil) != tc.ok || c != tc.want {
			t.Errorf("UnmarshalJSON(%s) = %v, %v; want %v", tc.json, c, err, tc.want)
		}
	}
	// Original and Product, read independently.
	for _, c := range codeValues() {
		wantOriginal, wantProduct := max(int(c), 0), 0
		switch {
		case 100 <= c && c <= 199:
			wantProduct = -(20000 + int(c))
		case c < 0 && original(int(c)) == 0:
			wantProduct = int(c)
		}
		if c.Original() != wantOriginal || c.Product() != wantProduct {
			t.Errorf("%d: Original %d, Product %d", int(c), c.Original(), c.Product())
		}
	}
}

func TestClassText(t *testing.T) {
	for k := Class(-2); k < Class(len(modelSeverity)+2); k++ {
		s := k.String()
		if got, err := ParseClass(s); got != k || err != nil {
			t.Errorf("ParseClass(%q) = %v, %v", s, got, err)
		}
		if text, _ := k.MarshalText(); string(text) != s {
			t.Errorf("%d: MarshalText %q", int(k), text)
		}
		var u Class
		if err := u.UnmarshalText([]byte(s)); err != nil || u != k {
			t.Errorf("UnmarshalText(%q) = %v, %v", s, u, err)
		}
	}
	for _, s := range []string{"ClassQuota", "quota", "Class(4)", "Class(04)", "Class(x)", "", "Quota "} {
		k := Class(3)
		if err := k.UnmarshalText([]byte(s)); err == nil || k != 3 {
			t.Errorf("UnmarshalText(%q) = %v, %v", s, k, err)
		}
	}
	if len(modelSeverity) != len(classNames) {
		t.Errorf("the model ranks %d classes, the package has %d", len(modelSeverity), len(classNames))
	}
}

// Error.

// sentinelOf returns the sentinel of a meaning, as codes.go declares it
// (TestDocComments checks each declaration is ErrName = sentinel("Name")).
func sentinelOf(name string) error { return sentinel(name) }

// meaningNames are the names of every meaning, in codes.go's order.
func meaningNames() []string {
	var out []string
	for _, m := range meanings {
		out = append(out, m.name)
	}
	return out
}

// corpus is every error the lookups return for the inputs of these tests:
// every number, every text as handed over, the templates, wrappers,
// capture-time texts, frames, transport reports, and every rule pair.
var corpus = sync.OnceValue(func() []error {
	var out []error
	for _, n := range numbersToCheck() {
		if err := FromProduct(n); err != nil && (n%5 == 0 || licenseNumbers()[n] || notLicenseTexts()[n] != nil || n > -21000 && n < 1000) {
			out = append(out, err)
		}
	}
	for _, s := range theSources() {
		for _, in := range normalizations(s.msg)[:3] {
			out = append(out, FromMessage(in))
		}
	}
	for _, r := range notLicense {
		out = append(out, FromMessage(r.msg), FromProductMessage(r.number, r.msg))
	}
	for _, msg := range append(appendedTexts(), "[capture] [-2800] The license key is invalid.", "License mismatch: x", item113Prefix+"x"+item113Suffix) {
		out = append(out, FromMessage(msg), FromMessage("[Barcode Reader] No license found. "+msg))
	}
	for _, n := range ruleNumbers {
		for _, msg := range ruleMessages() {
			out = append(out, FromProductMessage(n, msg))
		}
	}
	for _, tc := range decodeCases {
		if err := FromDecode(tc.init, tc.rc, tc.msg, tc.results...); err != nil {
			out = append(out, err)
		}
	}
	return out
})

// TestAtMostOne: every error the package returns matches exactly one of
// ErrUnknown, ErrNotLicense and the sentinels of what it knows, so that a
// switch over errors.Is does not depend on the order of its cases.
func TestAtMostOne(t *testing.T) {
	for _, err := range corpus() {
		unknown, notLic, known := errors.Is(err, ErrUnknown), errors.Is(err, ErrNotLicense), []string{}
		for _, name := range meaningNames() {
			if errors.Is(err, sentinelOf(name)) {
				known = append(known, name)
			}
		}
		groups := 0
		for _, g := range []bool{unknown, notLic, len(known) > 0} {
			if g {
				groups++
			}
		}
		if groups != 1 {
			t.Errorf("%q matches ErrUnknown %v, ErrNotLicense %v, sentinels %v", err, unknown, notLic, known)
		}
		// ClassOf agrees: unknown is ClassUnknown, not about the license is
		// ClassNotLicense, anything known is of a class of its own.
		switch k := ClassOf(err); {
		case unknown != (k == ClassUnknown), notLic != (k == ClassNotLicense):
			t.Errorf("%q: class %v, ErrUnknown %v, ErrNotLicense %v", err, k, unknown, notLic)
		}
	}
}

// TestIs holds errors.Is to what each sentinel means: a code's, every row;
// a later row's, that row; ErrNotLicense and ErrUnknown their errors; an
// error of nothing known, the same numbers.
func TestIs(t *testing.T) {
	rowNames := map[error]bool{ErrUnderConstruction: true, ErrIPLicenseExpired: true, ErrHandshakeIDNotCompliant: true}
	for _, s := range theSources() {
		err := FromMessage(s.msg)
		if s.number != 0 && !errors.Is(err, FromProduct(s.number)) && original(s.number) == 0 && twoMeanings()[s.number] == "" {
			t.Errorf("%q does not match its code's sentinel", s.msg)
		}
		for row := range rowNames {
			if errors.Is(err, row) != (laterRows[s.msg] == row) {
				t.Errorf("errors.Is(%q, %v) = %v", s.msg, row, !(laterRows[s.msg] == row))
			}
		}
	}
	// An unknown number matches an error of the same number, whichever of
	// its two numbers it has, and no other.
	for _, n := range []int{999, -12345, 110} {
		if !errors.Is(FromProduct(n), FromProduct(n)) || errors.Is(FromProduct(n), FromProduct(n-1)) || errors.Is(FromProduct(n), FromMessage("no such text")) {
			t.Errorf("%d: errors.Is of unknown numbers", n)
		}
	}
	// One number, two meanings: the bare number, the license code and the
	// other error match none of each other.
	for n, dcv := range twoMeanings() {
		bare, other := FromProduct(n), FromProductMessage(n, dcv)
		var license error
		for _, s := range theSources() {
			if s.number == n {
				license = FromMessage(s.msg)
			}
		}
		for _, pair := range [][2]error{{bare, other}, {other, bare}, {other, license}, {license, other}, {bare, license}, {license, bare}} {
			if errors.Is(pair[0], pair[1]) {
				t.Errorf("%d: %v matches %v", n, pair[0], pair[1])
			}
		}
		if !errors.Is(bare, FromProduct(n)) || !errors.Is(other, ErrNotLicense) || errors.Is(other, ErrUnknown) || !errors.Is(bare, ErrUnknown) {
			t.Errorf("%d: the bare number %v, the other meaning %v", n, bare, other)
		}
	}
	// Errors of nothing known match the same numbers only.
	for _, tc := range []struct {
		a, b error
		want bool
	}{
		{FromProduct(-12345), FromProduct(-12345), true},
		{FromProductMessage(-12345, "x"), FromProduct(-12345), true},
		{FromProduct(-12345), FromProduct(-12346), false},
		{FromOriginal(117), FromProduct(-20117), true},
		{FromMessage("x"), FromMessage("y"), false},
		{FromProduct(-12345), ErrLicenseExpired, false},
		{FromOriginal(111), errors.New("dls -20111 (111): License has expired."), false},
		{FromOriginal(111), Error{}, false},
		{Error{}, ErrLicenseExpired, false},
		{FromMessage("License mismatch: a"), FromMessage("License mismatch: b"), true},
		{FromMessage("License mismatch: a"), ErrLicenseMismatch, true},
		{FromProductMessage(-20003, "Session password is incorrect."), ErrLicenseSyncFailed, true},
		{FromProductMessage(-20003, "Session password is incorrect."), ErrSessionPasswordIncorrect, true},
	} {
		if got := errors.Is(tc.a, tc.b); got != tc.want {
			t.Errorf("errors.Is(%v, %v) = %v", tc.a, tc.b, got)
		}
	}
}

// TestAs: errors.As copies an Error out to an Error or an *Error target,
// through any wrapping.
func TestAs(t *testing.T) {
	if e, ok := ErrorOf(asNilPointer{}); ok || e != (Error{}) || ClassOf(asNilPointer{}) != ClassUnknown {
		t.Errorf("ErrorOf(a nil *Error handed out) = %#v, %v", e, ok)
	}
	for _, err := range []error{ErrLicenseExpired, FromProductMessage(-20003, "Session password is incorrect."), FromMessage("x")} {
		wrapped := fmt.Errorf("a: %w", errors.Join(errors.New("b"), fmt.Errorf("c: %w", err)))
		var e Error
		var p *Error
		if !errors.As(wrapped, &e) || !errors.As(wrapped, &p) || p == nil || e != err || *p != err || e.Error() != err.Error() {
			t.Errorf("errors.As(%v) = %v, %v", wrapped, e, p)
		}
	}
	var p *Error
	if errors.As(errors.New("x"), &p) || p != nil {
		t.Error("errors.As found an Error in an error that has none")
	}
	// The zero Error is no error, and says nothing.
	var zero Error
	if zero.Code() != 0 || zero.Product() != 0 || zero.Message() != "" || zero.LicenseItem() != "" || zero.Unwrap() != nil || zero.Is(ErrUnknown) || zero.As(new(int)) {
		t.Errorf("the zero Error says %v %d %q", zero.Code(), zero.Product(), zero.Message())
	}
	if Code(-12345).Message() != "" || Code(-12345).Class() != ClassUnknown || Code(-20111).Message() != "" || Code(-20111).Known() {
		t.Error("a Code no table has says something")
	}
}

// sharedState is every shared error's content, to tell whether a caller
// changed one.
func sharedState() string {
	var b strings.Builder
	dump := func(d *details) {
		fmt.Fprintf(&b, "%+v|", *d)
		if d.report != nil {
			fmt.Fprintf(&b, "%+v|", *d.report)
		}
	}
	for i := range table.shared {
		dump(&table.shared[i])
	}
	for i := range table.others {
		dump(&table.others[i])
	}
	for i := range table.aliases {
		dump(&table.aliases[i])
	}
	for _, blk := range table.blocks {
		for _, x := range blk.numbers {
			if x.err != nil {
				dump(x.err)
			}
		}
	}
	dump(&unknown)
	dump(&notLicenseErr)
	for i := range table.meanings {
		fmt.Fprintf(&b, "%+v|", table.meanings[i])
	}
	return b.String()
}

var initialState = sharedState()

// TestNoCallerChangesAnother: what a lookup returns cannot be changed for
// another caller through errors.As, ErrorOf or a sentinel variable.
func TestNoCallerChangesAnother(t *testing.T) {
	want := FromOriginal(111).Error()
	trial := FromProduct(-20010).(Error)
	var e Error
	errors.As(fmt.Errorf("x: %w", FromOriginal(111)), &e)
	e = trial
	var p *Error
	errors.As(fmt.Errorf("x: %w", FromOriginal(111)), &p)
	*p = trial
	d, ok := ErrorOf(FromOriginal(111))
	if !ok || d.Error() != want {
		t.Fatalf("ErrorOf(FromOriginal(111)) = %v, %v", d, ok)
	}
	d = trial
	saved := ErrLicenseExpired
	ErrLicenseExpired = trial
	got, licensed := FromOriginal(111).Error(), Licensed(FromOriginal(111))
	ErrLicenseExpired = saved
	if got != want || licensed || sharedState() != initialState || e != trial || *p != trial || d != trial {
		t.Errorf("FromOriginal(111) became %q, licensed %v", got, licensed)
	}
}

// TestMain checks, after every test, that no test changed a shared error.
func TestMain(m *testing.M) {
	code := m.Run()
	if sharedState() != initialState {
		fmt.Fprintln(os.Stderr, "FAIL: a shared error was changed")
		code = 1
	}
	os.Exit(code)
}

// unsafeText says what is wrong with a text that reaches logs, "" if
// nothing: a control character, a line separator, invalid UTF-8, or more
// than a bounded length.
func unsafeText(s string) string {
	switch {
	case !utf8.ValidString(s):
		return "invalid UTF-8"
	case len(s) > 1024:
		return fmt.Sprintf("%d bytes", len(s))
	}
	for _, r := range s {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return fmt.Sprintf("%U", r)
		}
	}
	return ""
}

// hostileTexts are texts a server may send: control characters, line
// breaks, quotes, invalid UTF-8, long runs, and known texts around them.
func hostileTexts() []string {
	out := []string{"\x01\x02\x1b[31m", "a\nb\rc", "\u2028\u2029", `"\`, "\xff\xfe", strings.Repeat("é", 150), strings.Repeat("\x7f", 300),
		"x\x00y", "\t", "日本語", strings.Repeat("\U0001F511", 80) + "\xc3"}
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 300; i++ {
		b := make([]byte, r.Intn(400))
		r.Read(b)
		out = append(out, string(b))
	}
	return out
}

// TestHostileText: text from outside never reaches Error, logs or JSON
// with raw control characters, and is bounded there; Message keeps it all.
func TestHostileText(t *testing.T) {
	for _, h := range hostileTexts() {
		for _, err := range []error{FromMessage(h), FromProductMessage(-20003, h), FromProductMessage(-12345, h), FromMessage(item113Prefix + h + item113Suffix),
			FromMessage("License mismatch: " + h), FromMessage("[Barcode Reader] No license found. " + h), FromProductMessage(-20003, "Invalid License.-ErrorCode:0-HttpCode:200-ReponseStr:"+h),
			FromProductMessage(-20003, "Invalid License String. ErrorCode:0 HttpCode:200 ResponseStr:"+h+".")} {
			if p := unsafeText(err.Error()); p != "" {
				t.Fatalf("%q: Error() has %s: %q", h, p, err)
			}
			e := err.(Error)
			if !strings.Contains(e.Message(), wantMessage(h)) && wantMessage(h) != "" {
				t.Fatalf("%q: Message %q lost the text", h, e.Message())
			}
			data, _ := e.MarshalJSON()
			var v map[string]any
			if json.Unmarshal(data, &v) != nil || !utf8.Valid(data) || bytes.ContainsAny(data, "\n\r\u2028\u2029") || len(data) > 4096 {
				t.Fatalf("%q: JSON %q", h, data)
			}
		}
	}
}

// logged returns what slog's JSON handler writes for attrs, read back.
func logged(t testing.TB, attrs ...slog.Attr) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).LogAttrs(context.Background(), slog.LevelInfo, "m", attrs...)
	var v map[string]any
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatalf("%s: %v", buf.Bytes(), err)
	}
	return v
}

// TestCuts holds the 200-byte cut of received text to its doc: at most
// three bytes back to a character's start, the full length only past 200,
// and U+FFFD written as it is where it is valid UTF-8.
func TestCuts(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{strings.Repeat("a", 200), 200},
		{strings.Repeat("a", 201), 200},
		{strings.Repeat("a", 199) + "é" + "b", 199},
		{strings.Repeat("\x80", 300), 197},
	} {
		if got := cutAt(c.s); got != c.want {
			t.Errorf("cutAt(%d bytes ending %q) = %d, want %d", len(c.s), c.s[len(c.s)-2:], got, c.want)
		}
	}
	for _, n := range []int{200, 201} {
		v := FromMessage(strings.Repeat("m", n)).(Error).LogValue()
		has := false
		for _, a := range v.Group() {
			has = has || a.Key == "message_len"
		}
		if has != (n > 200) {
			t.Errorf("a %d-byte message logs message_len: %v", n, has)
		}
	}
	data, err := json.Marshal(FromMessage("x\uFFFDy"))
	if want, _ := json.Marshal("x\uFFFDy"); err != nil || !strings.Contains(string(data), `"message":`+string(want)) {
		t.Errorf("JSON %s, want the message as encoding/json writes it: %s", data, want)
	}
}

// TestLogAndJSON: LogValue's fields, and MarshalJSON writes them as slog's
// JSON handler does, byte for byte in its strings.
func TestLogAndJSON(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string // the fields, as JSON
	}{
		{FromOriginal(111), `{"original_code":111,"product_code":-20111,"name":"LicenseExpired","class":"License","message":"License has expired."}`},
		{FromMessage("License for this ip has expired."), `{"original_code":111,"product_code":-20111,"name":"LicenseExpired","row":"IPLicenseExpired","class":"License","message":"License for this ip has expired."}`},
		{FromMessage(item113Prefix + "LI-7" + item113Suffix), `{"original_code":113,"product_code":-20113,"name":"LicenseItemInvalid","class":"License","message":"This license item \"LI-7\" has been invalid.","license_item":"LI-7"}`},
		{FromProduct(-10006), `{"product_code":-10006,"name":"NotLicense","class":"NotLicense","message":"The file type is not supported."}`},
		{FromProduct(-10062), `{"product_code":-10062,"name":"Unknown","class":"Unknown","message":""}`},
		{FromMessage("License mismatch: x"), `{"name":"LicenseMismatch","class":"Mismatch","message":"License mismatch: x"}`},
		{FromProductMessage(-20003, "[License] Session password is incorrect."), `{"product_code":-20003,"name":"LicenseSyncFailed","class":"Handshake","message":"Session password is incorrect.","cause":{"original_code":102,"product_code":-20102,"name":"SessionPasswordIncorrect","class":"Handshake","message":"Session password is incorrect."}}`},
		{FromProductMessage(-20200, "[License] DLS Connect Error. ErrorCode:7 HttpCode:503 ResponseStr: MainErrorCode:0 MainHttpCode:503.[Cache] Cache not found."),
			`{"product_code":-20200,"name":"FailedToReachDLS","class":"Unavailable","message":"DLS Connect Error. ErrorCode:7 HttpCode:503 ResponseStr: MainErrorCode:0 MainHttpCode:503.[Cache] Cache not found.","transport":{"reason":"DLS Connect Error","error_code":7,"http_status":503,"response":"","failover":true,"main_error_code":0,"main_http_status":503,"cache":"Cache not found."}}`},
		{FromMessage(strings.Repeat("x", 250)), `{"name":"Unknown","class":"Unknown","message":"` + strings.Repeat("x", 200) + `","message_len":250}`},
	} {
		e := tc.err.(Error)
		data, err := e.MarshalJSON()
		if err != nil || string(data) != tc.want {
			t.Errorf("MarshalJSON(%v) =\n%s\nwant\n%s", e, data, tc.want)
		}
		var want map[string]any
		json.Unmarshal([]byte(tc.want), &want)
		if got := logged(t, slog.Any("e", e))["e"]; !reflect.DeepEqual(got, want) {
			t.Errorf("LogValue(%v) logs %v, want %v", e, got, want)
		}
	}
	if data, _ := (Error{}).MarshalJSON(); string(data) != "null" || (Error{}).LogValue().String() != "<nil>" || (Error{}).Error() != "dls: <nil>" {
		t.Errorf("the zero Error: JSON %s, LogValue %v, Error %q", data, (Error{}).LogValue(), Error{})
	}
	// The strings are escaped as encoding/json escapes them, except that
	// \b and \f are always \u0008 and \u000c: Go 1.22 changed those.
	for _, h := range hostileTexts() {
		want, _ := json.Marshal(h)
		want = longEscapes(want)
		if got := appendJSONString(nil, h); !bytes.Equal(got, want) {
			t.Fatalf("appendJSONString(%q) = %s, encoding/json %s", h, got, want)
		}
	}
}

// longEscapes spells encoding/json's \b and \f as \u0008 and \u000c.
func longEscapes(data []byte) []byte {
	var out []byte
	for i := 0; i < len(data); i++ {
		if data[i] != '\\' {
			out = append(out, data[i])
			continue
		}
		i++
		switch data[i] {
		case 'b':
			out = append(out, `\u0008`...)
		case 'f':
			out = append(out, `\u000c`...)
		default:
			out = append(out, '\\', data[i])
		}
	}
	return out
}

// TestAttr: the fields of the error that decides, and the whole text cut,
// its length beside it.
func TestAttr(t *testing.T) {
	err := fmt.Errorf("activate: %w", errors.Join(FromProduct(-20012), FromOriginal(111)))
	f := logged(t, Attr("dls", err))["dls"].(map[string]any)
	if f["name"] != "LicenseExpired" || f["error"] != err.Error() || f["error_len"] != nil {
		t.Errorf("Attr logs %v", f)
	}
	long := fmt.Errorf("%s: %w", strings.Repeat("y", 300), FromOriginal(111))
	f = logged(t, Attr("dls", long))["dls"].(map[string]any)
	if f["error"] != long.Error()[:200] || f["error_len"] != float64(len(long.Error())) {
		t.Errorf("Attr logs %v", f)
	}
	if a := Attr("dls", io.EOF); a.Value.Any() != io.EOF {
		t.Errorf("Attr of no DLS error: %v", a)
	}
}

// Costs.

// knownInputs are the inputs that must cost no allocation: every known
// number, and every text of the tables alone, tagged, NUL-padded, wrapped
// by a browser client, in a frame, or with its number.
func knownInputs() (numbers []int, messages []string, pairs []struct {
	n   int
	msg string
}) {
	for n := -100000; n <= 1000; n++ {
		if kind, _, _, _, _ := wantNumber(n); kind != "unknown" && kind != "nil" || 100 <= n && n <= 199 || original(n) != 0 {
			numbers = append(numbers, n)
		}
	}
	for _, s := range theSources() {
		messages = append(messages, s.msg, "[License] [Key 1] "+s.msg, s.msg+"\x00\x00\x00",
			s.msg+" Visit https://www.dynamsoft.com/customer/license/trialLicense to acquire a license or email support@dynamsoft.com.")
		if serverText(s.msg) {
			messages = append(messages, "An error occurred during authorization: "+s.msg+" Contact the site administrator for more information.")
		}
		if s.number != 0 {
			messages = append(messages, "[capture] ["+strconv.Itoa(s.number)+"] "+s.msg)
			pairs = append(pairs, struct {
				n   int
				msg string
			}{s.number, "[License] " + s.msg + "\x00"})
		}
	}
	for _, r := range notLicense {
		messages = append(messages, r.msg)
		pairs = append(pairs, struct {
			n   int
			msg string
		}{r.number, r.msg})
	}
	return numbers, messages, pairs
}

// TestAllocations: no known input allocates, nor does deciding about a
// tree, nor the text of a shared error.
func TestAllocations(t *testing.T) {
	numbers, messages, pairs := knownInputs()
	wrapped := fmt.Errorf("x: %w", errors.Join(errors.New("io"), FromProduct(-20012), FromOriginal(111)))
	var sink error
	for name, f := range map[string]func(){
		"FromProduct": func() {
			for _, n := range numbers {
				sink = FromProduct(n)
			}
		},
		"FromOriginal": func() {
			for _, n := range numbers {
				sink = FromOriginal(n)
			}
		},
		"FromMessage": func() {
			for _, m := range messages {
				sink = FromMessage(m)
			}
		},
		"FromProductMessage": func() {
			for _, p := range pairs {
				sink = FromProductMessage(p.n, p.msg)
			}
		},
		"FromDecodedText": func() {
			for _, s := range []string{"CODE128", "[Attention(exceptionCode:-10017)] *ODE**8", "[Attention(exceptionCode:-20200)] x", "[Attention(exceptionCode:0)] x"} {
				sink = FromDecodedText(s)
			}
		},
		"deciding": func() {
			_, _ = ErrorOf(wrapped)
			_, _, _, _ = CodeOf(wrapped), ClassOf(wrapped), Licensed(wrapped), Retryable(wrapped)
			_, _ = TransportOf(wrapped)
		},
		"Error": func() {
			for _, n := range numbers {
				_ = FromProduct(n).Error()
			}
		},
		"Code.AppendText": func() {
			var buf [64]byte
			for _, c := range Codes() {
				_, _ = c.AppendText(buf[:0])
			}
		},
	} {
		if n := testing.AllocsPerRun(3, f); n != 0 {
			t.Errorf("%s allocates %v times", name, n)
		}
	}
	_ = sink
	// Each of the inputs is read as what it is, not as unknown.
	for _, m := range messages {
		if errors.Is(FromMessage(m), ErrUnknown) {
			t.Errorf("FromMessage(%q) is unknown", m)
		}
	}
}

// The goldens of the vendor's clients.

// scenarioClass is the class each InitLicense scenario of testdata/realclient
// must give, whatever the code: the outputs vary from run to run.
var scenarioClass = map[string]Class{
	"invalid-key": ClassLicense, "two-keys": ClassLicense, "startup-invalid-key": ClassLicense,
	"port-closed": ClassUnavailable, "http-503": ClassUnavailable, "bad-body": ClassUnavailable, "standby-bad-body": ClassUnavailable,
	"no-answer": ClassUnavailable, "http-404": ClassUnavailable, "http-429": ClassUnavailable, "http-500": ClassUnavailable, "http-502": ClassUnavailable,
	"redirect-302": ClassUnavailable, "truncated": ClassUnavailable, "truncated-both": ClassUnavailable, "standby-503": ClassUnavailable,
	"main-500-standby-502": ClassUnavailable, "startup-port-closed": ClassUnavailable, "startup-http-503": ClassUnavailable,
	"https-plain-http": ClassUnavailable, "https-self-signed": ClassUnavailable, "https-plain-http-both": ClassUnavailable,
	"cache-unwritable": ClassInstallation, "client-missing": ClassInstallation,
}

// TestRealClientScenarios checks what InitLicense returned against stand-in
// servers that cannot serve, by properties: a known code of the scenario's
// class, one bounded line, every transport report read.
func TestRealClientScenarios(t *testing.T) {
	ran := map[string]int{}
	for _, f := range readGolden(t, realClientGolden("initlicense.golden"), 4) {
		sdk, scenario, msg := f[0], f[1], f[3]
		rc, err := strconv.Atoi(f[2])
		want, listed := scenarioClass[scenario]
		if err != nil || !listed || sdk != "dcv3" && sdk != "dbr9" {
			t.Fatalf("unreadable line %q", f)
		}
		ran[sdk]++
		dls := FromProductMessage(rc, msg)
		if errors.Is(dls, ErrUnknown) || ClassOf(dls) != want || Retryable(dls) != (want == ClassUnavailable) || Licensed(dls) {
			t.Errorf("%s %s: %d %q gives %v, class %v; want class %v", sdk, scenario, rc, msg, dls, ClassOf(dls), want)
		}
		if _, report := TransportOf(dls); report != (reasonOf(msg) != "") {
			t.Errorf("%s %s: %q: TransportOf reads a report: %v", sdk, scenario, msg, report)
		}
		if p := unsafeText(dls.Error()); p != "" || dls.(Error).Message() != wantMessage(msg) {
			t.Errorf("%s %s: Error() %q: %s; Message %q", sdk, scenario, dls.Error(), p, dls.(Error).Message())
		}
	}
	if ran["dcv3"] < 12 || ran["dbr9"] < 12 {
		t.Errorf("scenarios run: %v, want at least 12 for each SDK", ran)
	}
}

// decodeClass is the class each decode outcome of testdata/realclient must
// give, read with FromDecode and InitLicense's answer before it.
var decodeClass = map[string]Class{
	"dcv3 no-license": ClassLicense, "dcv3 invalid-key": ClassLicense,
	"dcv3 port-closed": ClassUnavailable, "dcv3 http-503": ClassUnavailable, "dcv3 bad-body": ClassUnavailable,
	"dbr9 no-license": ClassLicense, "dbr9 invalid-key": ClassLicense,
	"dbr9 port-closed": ClassUnavailable, "dbr9 http-503": ClassUnavailable, "dbr9 bad-body": ClassUnavailable,
	// A file that is no image: Capture Vision checks the license first,
	// Barcode Reader 9 the file (-10006), which is no license error.
	"dcv3 not-an-image-no-license": ClassLicense, "dcv3 not-an-image-invalid-key": ClassLicense,
	"dbr9 not-an-image-no-license": ClassNotLicense, "dbr9 not-an-image-invalid-key": ClassNotLicense,
}

// TestRealClientDecode checks what a decode returned after each license
// outcome: FromDecode gives the outcome's class, and every masked result is
// caught by FromDecodedText with the code it carries.
func TestRealClientDecode(t *testing.T) {
	init := map[string]error{}
	type decode struct {
		rc      int
		msg     string
		results []string
	}
	decodes := map[string]*decode{}
	for _, f := range readGolden(t, realClientGolden("decode.golden"), 5) {
		outcome, what, text := f[0]+" "+f[1], f[2], f[4]
		if _, listed := decodeClass[outcome]; !listed {
			t.Fatalf("unreadable line %q", f)
		}
		if decodes[outcome] == nil {
			decodes[outcome] = &decode{}
		}
		switch what {
		case "init":
			rc, _ := strconv.Atoi(f[3])
			init[outcome] = FromProductMessage(rc, text)
		case "decode":
			decodes[outcome].rc, _ = strconv.Atoi(f[3])
			decodes[outcome].msg = text
		case "result":
			decodes[outcome].results = append(decodes[outcome].results, text)
			if masked := FromDecodedText(text); masked == nil || masked.Error() != wantDecodedText(text).Error() {
				t.Errorf("%s: result %q is not caught as masked: %v", outcome, text, masked)
			}
		default:
			t.Fatalf("unreadable line %q", f)
		}
	}
	for outcome, want := range decodeClass {
		d := decodes[outcome]
		if d == nil {
			t.Errorf("%s: no decode recorded", outcome)
			continue
		}
		err := FromDecode(init[outcome], d.rc, d.msg, d.results...)
		if ClassOf(err) != want || errors.Is(err, ErrUnknown) {
			t.Errorf("%s: FromDecode(%v, %d, %q, %d results) = %v, class %v; want %v", outcome, init[outcome], d.rc, d.msg, len(d.results), err, ClassOf(err), want)
		}
	}
}

// TestVerdictGolden holds the package to every verdict both native SDKs
// returned (verdict.golden): InitLicense's answer, as a program hands it
// over with either buffer, is read as the row the stand-in sent, unless
// the SDK lost the text (a 256-byte buffer cut it, or the SDK wrote its
// own); and the decode after it, read with FromDecode, always is. A 200
// with a row's body is no verdict, nor is a code the list does not have.
func TestVerdictGolden(t *testing.T) {
	lines := verdictLines(realClientGolden("verdict.golden"))
	type sent struct {
		status, body string
		row          error // what the stand-in's answer says, nil for no verdict
	}
	answers := map[string]*sent{}
	for _, f := range lines {
		if f[0] != "answer" || f[3] == "closed" {
			continue
		}
		var body struct {
			ErrorCode *int    `json:"errorCode"`
			Message   *string `json:"message"`
		}
		if err := json.Unmarshal([]byte(f[4]), &body); err != nil {
			t.Fatalf("answer %q: %v", f, err)
		}
		s := &sent{status: f[3], body: f[4]}
		if f[3] != "200" {
			switch {
			case body.ErrorCode != nil && body.Message != nil && !errors.Is(FromMessage(*body.Message), ErrUnknown):
				s.row = FromMessage(*body.Message)
			case body.ErrorCode != nil && body.Message == nil:
				s.row = FromOriginal(*body.ErrorCode)
			case body.ErrorCode == nil && body.Message != nil:
				s.row = FromMessage(*body.Message)
			}
			if s.row != nil && errors.Is(s.row, ErrUnknown) {
				s.row = nil
			}
		}
		answers[f[1]] = s
	}
	type run struct {
		init         error
		lost         bool
		rc           int
		msg          string
		results      []string
		decodeRecord bool
	}
	runs := map[string]*run{}
	for _, f := range lines {
		if f[0] == "answer" || f[0] == "row" || f[3] == "requests" {
			continue
		}
		key := f[0] + " " + f[1] + " " + f[2]
		r := runs[key]
		if r == nil {
			r = &run{}
			runs[key] = r
		}
		switch f[3] {
		case "init":
			rc, _ := strconv.Atoi(f[4])
			buffer, _ := strconv.Atoi(f[2])
			msg := f[6]
			if f[5] == "nul" {
				msg += strings.Repeat("\x00", buffer-len(msg)) // what string(buf) hands over
			} else if len(msg) != buffer {
				t.Fatalf("%s: a full buffer of %d bytes holds %d", key, buffer, len(msg))
			}
			r.init = FromProductMessage(rc, msg)
			r.lost = f[5] == "full" || slices.Contains(ownTexts(rc), wantMessage(msg))
		case "decode":
			r.rc, _ = strconv.Atoi(f[4])
			r.msg, r.decodeRecord = f[5], true
		case "result":
			r.results = append(r.results, f[5])
		}
	}
	counted := map[string]int{}
	for key, r := range runs {
		scenario := strings.Fields(key)[1]
		s := answers[scenario]
		if s == nil || !r.decodeRecord {
			t.Fatalf("%s: no answer or no decode recorded", key)
		}
		counted[strings.Fields(key)[0]]++
		decoded := FromDecode(r.init, r.rc, r.msg, r.results...)
		check := func(what string, err error, lost bool) {
			switch {
			case s.row != nil && !lost:
				if !errors.Is(err, s.row) || ClassOf(err) != ClassOf(s.row) || CodeOf(err) != CodeOf(s.row) {
					t.Errorf("%s: %s %v reads as %v (%v), not the verdict %v (%v)", key, what, err, CodeOf(err), ClassOf(err), s.row, ClassOf(s.row))
				}
			case errors.Is(err, ErrUnknown) || ClassOf(err) != ClassUnavailable:
				t.Errorf("%s: %s %v, class %v; want a failure to get a license, to retry", key, what, err, ClassOf(err))
			}
			if p := unsafeText(err.Error()); p != "" {
				t.Errorf("%s: %s: %q has %s", key, what, err, p)
			}
		}
		check("InitLicense's", r.init, r.lost)
		check("the decode's", decoded, false)
	}
	if counted["dcv3"] < 2*60 || counted["dbr9"] < 2*60 {
		t.Errorf("verdict.golden holds %v runs, want at least 60 scenarios with both buffers for each SDK", counted)
	}
}

// Docs and README.

// TestDocComments holds the package to its own rules: every exported name
// has a doc comment that starts with it, but the sentinels written the
// io/fs way (a group doc comment, and each one's text after it, which must
// be its canonical message); every constant is named as String names it;
// every sentinel is ErrName = sentinel("Name") for a meaning of that name,
// one for each meaning.
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
	constants, sentinels := map[string]bool{}, map[string]bool{}
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
						for i, n := range s.Names {
							if !n.IsExported() {
								continue
							}
							doc := s.Doc
							if !d.Lparen.IsValid() {
								doc = d.Doc
							}
							call, isSentinel := ast.Expr(nil), false
							if len(s.Values) > i {
								call = s.Values[i]
							}
							if c, ok := call.(*ast.CallExpr); ok && fmt.Sprint(c.Fun) == "sentinel" {
								isSentinel = true
								name, _ := strconv.Unquote(c.Args[0].(*ast.BasicLit).Value)
								if n.Name != "Err"+name || sentinels[name] {
									t.Errorf("%s = sentinel(%q)", n.Name, name)
								}
								sentinels[name] = true
								if doc == nil {
									if d.Doc == nil || s.Comment == nil {
										t.Errorf("%s has neither a doc comment nor a group's and a text after it", n.Name)
									} else if got, err := strconv.Unquote(strings.TrimSpace(s.Comment.Text())); err != nil || got != sentinel(name).(Error).Message() {
										t.Errorf("%s's comment says %q, its text is %q", n.Name, got, sentinel(name).(Error).Message())
									}
									continue
								}
							}
							check(n.Name, doc)
							if id, ok := s.Type.(*ast.Ident); ok && id.Name == "Code" && !isSentinel {
								constants[n.Name] = true
								var c Code
								for _, k := range Codes() {
									if k.String() == n.Name {
										c = k
									}
								}
								text := strings.Join(strings.Fields(doc.Text()), " ")
								if c == 0 || !strings.Contains(text, `"`+c.Message()+`"`) && !strings.Contains(text, "`"+c.Message()+"`") {
									t.Errorf("constant %s: String gives no such name, or its doc does not quote %q", n.Name, c.Message())
								}
							}
						}
					}
				}
			}
		}
	}
	for _, m := range meanings {
		if !sentinels[m.name] {
			t.Errorf("meaning %s has no sentinel: add the line Err%s = sentinel(%q) to codes.go", m.name, m.name, m.name)
		}
	}
	if len(constants) != len(Codes()) {
		t.Errorf("codes.go declares %d Code constants, Codes() has %d", len(constants), len(Codes()))
	}
}

func receiver(e ast.Expr) string {
	if star, ok := e.(*ast.StarExpr); ok {
		e = star.X
	}
	return e.(*ast.Ident).Name
}

// TestClassDocs: a code a class's doc names is of that class, so the docs'
// evidence cannot drift from the table.
func TestClassDocs(t *testing.T) {
	data, err := os.ReadFile("dlserr.go")
	if err != nil {
		t.Fatal(err)
	}
	number := regexp.MustCompile(`-?\b\d{3,5}\b`)
	block := between(string(data), "\nconst (\n", "\n)\n")
	for _, doc := range strings.Split(block, "\t// Class")[1:] {
		name, text, _ := strings.Cut(doc, " ")
		k, err := ParseClass(name)
		if err != nil {
			t.Fatalf("a class doc starts %q", name)
		}
		for _, n := range number.FindAllString(text, -1) {
			v, _ := strconv.Atoi(n)
			if c := fromNumberIndependently(v); c.Known() && c.Class() != k {
				t.Errorf("the doc of Class%v names %d, which is %v's", k, v, c.Class())
			}
		}
	}
}

// between returns the text of s from the first start to the next end after it.
func between(s, start, end string) string {
	_, s, _ = strings.Cut(s, start)
	s, _, _ = strings.Cut(s, end)
	return s
}

// README's generated tables.

// code writes s as a Markdown code span, with | escaped.
func code(s string) string {
	return "`" + strings.ReplaceAll(s, "|", `\|`) + "`"
}

func codesTable() string {
	var b strings.Builder
	b.WriteString("| Product code | Original code | Constant | Sentinel | Class | Message | Sources |\n|---|---|---|---|---|---|---|\n")
	for i, w := range wordings {
		e := Error{&table.shared[i]}
		product, original, constant := "-", "-", "-"
		if p := e.Product(); p != 0 {
			product = strconv.Itoa(p)
		}
		if o := e.Code().Original(); o != 0 {
			original = strconv.Itoa(o)
		}
		if e.Code() != 0 {
			constant = code(e.Code().String())
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %v | %s | %s |\n", product, original, constant, code("Err"+w.meaning), ClassOf(e), code(w.msg), strings.Join(sourcesOf(w.src), ", "))
	}
	return b.String()
}

func classesTable() string {
	var b strings.Builder
	b.WriteString("| Class | Codes |\n|---|---|\n")
	for k := ClassUnknown; k <= ClassNotLicense; k++ {
		var servers, sdks, named []string
		for i := range table.meanings {
			m := &table.meanings[i]
			switch {
			case m.class != k:
			case m.code == 0 || m.later && m.class != m.code.Class():
				named = append(named, code("Err"+m.name))
			case m.later:
			case m.code > 0:
				servers = append(servers, strconv.Itoa(int(m.code)))
			default:
				sdks = append(sdks, strconv.Itoa(int(m.code)))
			}
		}
		var groups []string
		for _, g := range [][]string{servers, sdks, named} {
			if len(g) > 0 {
				groups = append(groups, strings.Join(g, ", "))
			}
		}
		switch k {
		case ClassUnknown:
			groups = []string{"every number and text no table has; -10058 to -10062 alone"}
		case ClassNotLicense:
			groups = []string{strconv.Itoa(len(notLicenseTexts())) + " numbers of the SDKs' tables (under Not about the license)"}
		}
		fmt.Fprintf(&b, "| `Class%v` | %s |\n", k, strings.Join(groups, "; "))
	}
	return b.String()
}

func notLicenseTable() string {
	var b strings.Builder
	b.WriteString("| Table | Numbers not about the license | Texts | For example |\n|---|---|---|---|\n")
	for _, sdk := range []struct {
		src        uint32
		name, file string
	}{{srcDCV3, "Capture Vision 3.2", "dcv3"}, {srcDBR9, "Barcode Reader 9.6", "dbr9"}} {
		numbers, texts := map[int]bool{}, 0
		for _, r := range notLicense {
			if r.src&sdk.src != 0 {
				numbers[r.number] = true
				texts++
			}
		}
		fmt.Fprintf(&b, "| %s | %d | %d | -10006 %s |\n", sdk.name, len(numbers), texts, code(measuredTexts()[sdk.file+" -10006"]))
	}
	return b.String()
}

// reads writes how dlserr reads err: its code and class.
func reads(err error) string {
	if err == nil {
		return "nil"
	}
	return fmt.Sprintf("`%v`, %v", CodeOf(err), ClassOf(err))
}

// verdictSamples are the scenarios of verdict.golden that README.md shows,
// one of each kind of answer.
var verdictSamples = []string{"g2-102", "g3-102", "g2-111a", "g2-100a", "g2-113-item", "g2-113-long-item", "g2-102-400", "g2-102-500",
	"g2-102-200", "unknown-117", "message-only", "code-only", "g2-102-standby-closed"}

func verdictsTable(t *testing.T) string {
	lines := verdictLines(realClientGolden("verdict.golden"))
	answer, initMsg, initRC, decodeMsg, decodeRC, results := map[string]string{}, map[string]string{}, map[string]int{}, map[string]string{}, map[string]int{}, map[string][]string{}
	scenarios := 0
	for _, f := range lines {
		switch {
		case f[0] == "answer" && f[2] == "main":
			answer[f[1]] = f[3] + " " + f[4]
			scenarios++
		case f[0] == "answer" && f[3] == "closed":
			answer[f[1]] += ", the other server closed"
		case f[0] == "answer" || f[0] == "row" || f[2] != "512":
		case f[3] == "init":
			initRC[f[0]+" "+f[1]], _ = strconv.Atoi(f[4])
			initMsg[f[0]+" "+f[1]] = f[6]
		case f[3] == "decode":
			decodeRC[f[0]+" "+f[1]], _ = strconv.Atoi(f[4])
			decodeMsg[f[0]+" "+f[1]] = f[5]
		case f[3] == "result":
			results[f[0]+" "+f[1]] = append(results[f[0]+" "+f[1]], f[5])
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d scenarios, each through both SDKs; one of each kind:\n\n", scenarios)
	b.WriteString("| Stand-in's answer | SDK | InitLicense returned | reads as | the decode returned | `FromDecode` reads as |\n|---|---|---|---|---|---|\n")
	for _, name := range verdictSamples {
		if answer[name] == "" {
			t.Errorf("verdict.golden has no scenario %s", name)
			continue
		}
		for _, sdk := range []string{"dcv3", "dbr9"} {
			key := sdk + " " + name
			init := FromProductMessage(initRC[key], initMsg[key])
			masked := ""
			if r := results[key]; len(r) > 0 {
				m := maskMark.FindStringSubmatch(r[0])
				masked = fmt.Sprintf("; %d results, masked %s", len(r), m[1])
			}
			fmt.Fprintf(&b, "| %s | %s | %d %s | %s | %d %s%s | %s |\n", code(answer[name]), map[string]string{"dcv3": "Capture Vision 3.2", "dbr9": "Barcode Reader 9.6"}[sdk],
				initRC[key], code(strconv.Quote(initMsg[key])), reads(init), decodeRC[key], code(strconv.Quote(decodeMsg[key])), masked,
				reads(FromDecode(init, decodeRC[key], decodeMsg[key], results[key]...)))
		}
	}
	return b.String()
}

// outcomes names the license outcomes of decode.golden as README.md does.
var outcomes = map[string]string{
	"no-license": "no InitLicense", "invalid-key": "a bogus key", "port-closed": "the servers' ports closed",
	"http-503": "main server 503, standby closed", "bad-body": "main server 200, no license in the body",
	"not-an-image-no-license": "no InitLicense, a file that is no image", "not-an-image-invalid-key": "a bogus key, a file that is no image",
}

func decodesTable(t *testing.T) string {
	var b strings.Builder
	b.WriteString("| SDK | before the decode | the decode's code and text | results | `FromDecode` reads as |\n|---|---|---|---|---|\n")
	lines := readGolden(t, realClientGolden("decode.golden"), 5)
	init, results := map[string]error{}, map[string][]string{}
	initRC := map[string]string{}
	for _, f := range lines {
		key := f[0] + " " + f[1]
		switch f[2] {
		case "init":
			rc, _ := strconv.Atoi(f[3])
			init[key], initRC[key] = FromProductMessage(rc, f[4]), " (InitLicense "+f[3]+")"
		case "result":
			results[key] = append(results[key], f[4])
		}
	}
	for _, f := range lines {
		key := f[0] + " " + f[1]
		if f[2] != "decode" {
			continue
		}
		rc, _ := strconv.Atoi(f[3])
		masks := []string{}
		for _, r := range results[key] {
			if m := maskMark.FindStringSubmatch(r); m != nil && !slices.Contains(masks, m[1]) {
				masks = append(masks, m[1])
			}
		}
		got := "none"
		if len(results[key]) > 0 {
			got = strconv.Itoa(len(results[key])) + ", masked with " + strings.Join(masks, ", ")
		}
		sdk := map[string]string{"dbr9": "Barcode Reader 9", "dcv3": "Capture Vision 3.2"}[f[0]]
		fmt.Fprintf(&b, "| %s | %s%s | %d %s | %s | %s |\n", sdk, outcomes[f[1]], initRC[key], rc, code(strconv.Quote(f[4])), got, reads(FromDecode(init[key], rc, f[4], results[key]...)))
	}
	return b.String()
}

// webEditions names web.golden's editions as README.md does.
var webEditions = map[string]string{"dbr11": "JS 11.4", "dbrjs9": "JS 9.6", "dbr10": "JS 10.4"}

func browserTable(t *testing.T) string {
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
	var b strings.Builder
	b.WriteString("| Build | Scenarios | Thrown | Reads as |\n|---|---|---|---|\n")
	for _, k := range order {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", webEditions[k.edition], strings.Join(scenarios[k], ", "), code(strconv.Quote(k.text)), reads(FromMessage(k.text)))
	}
	return b.String()
}

// webProducts are README.md's names of the web sources, in its order.
var webProducts = []struct{ source, name string }{
	{"JS 11.4", "Barcode Reader JS 11.4"}, {"JS 10.4", "Barcode Reader JS 10.4"}, {"JS 9.6", "Barcode Reader JS 9.6"},
	{"JS CV 3.0", "Capture Vision bundle 3.0"}, {"DDV 3.2", "Document Viewer 3.2"}, {"DDS 1.4", "Document Scanner 1.4"},
	{"DWT 19.3", "Dynamic Web TWAIN 19.3"}, {"DWT 19.3 service", "Dynamic Web TWAIN 19.3's service"}, {"RN 3.4", "Capture Vision React Native 3.4"},
}

// webTable sums up what each web product throws and what dlserr reads:
// the scenarios run in Chromium (web.golden) and every license text in
// its files (texts.golden), by what FromMessage reads it as.
func webTable(t *testing.T) string {
	type product struct {
		packages      []string
		scenarios     int
		thrown, texts map[string]bool
	}
	products := map[string]*product{}
	get := func(source string) *product {
		if products[source] == nil {
			products[source] = &product{thrown: map[string]bool{}, texts: map[string]bool{}}
		}
		return products[source]
	}
	scenarioSeen := map[string]bool{}
	for _, l := range readWebGolden(t) {
		p := get(webEditions[l.edition])
		if !scenarioSeen[l.edition+" "+l.scenario] {
			scenarioSeen[l.edition+" "+l.scenario] = true
			p.scenarios++
		}
		if l.kind == "thrown" {
			p.thrown[l.text] = true
		}
	}
	for _, l := range webTextLines() {
		p := get(webSourceName(l.pkg, l.file))
		if !slices.Contains(p.packages, l.pkg) {
			p.packages = append(p.packages, l.pkg)
		}
		if l.kind == "text" || l.kind == "template" || l.kind == "usage" {
			p.texts[l.text] = true
		}
	}
	// what a text reads as: its class, or why it is left out
	readAs := func(texts map[string]bool) string {
		count := map[string]int{}
		for text := range texts {
			switch err := FromMessage(strings.ReplaceAll(text, "{}", "X")); {
			case webLeftOut[wantMessage(text)] != "":
				count["left out"]++
			case errors.Is(err, ErrUnknown):
				count["unknown"]++
			default:
				count[ClassOf(err).String()]++
			}
		}
		var parts []string
		for _, c := range modelSeverity {
			if n := count[c.String()]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", c, n))
			}
		}
		for _, k := range []string{"unknown", "left out"} {
			if n := count[k]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", k, n))
			}
		}
		return strings.Join(parts, ", ")
	}
	var b strings.Builder
	b.WriteString("| Product | Packages | Run in Chromium: thrown texts read as | License texts in its files, read as |\n|---|---|---|---|\n")
	for _, w := range webProducts {
		p := products[w.source]
		if p == nil {
			t.Fatalf("no golden names %s", w.source)
		}
		slices.Sort(p.packages)
		run := "not run"
		if p.scenarios > 0 {
			run = fmt.Sprintf("%d scenarios, %d texts: %s", p.scenarios, len(p.thrown), readAs(p.thrown))
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %d: %s |\n", w.name, code(strings.Join(p.packages, "`, `")), run, len(p.texts), readAs(p.texts))
	}
	return b.String()
}

// webClientDir holds the web client's golden: the committed one, or a fresh
// run's when .ci/webclient sets DLSERR_WEBCLIENT.
func webClientDir() string { return goldenDir("DLSERR_WEBCLIENT", "webclient") }

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

// TestREADME keeps everything README.md shows true: its generated tables,
// its snippets and the output it shows for them, and its shape. With
// -update, it rewrites the generated tables.
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
	generated := map[string]string{"codes": codesTable(), "classes": classesTable(), "notlicense": notLicenseTable(),
		"verdicts": verdictsTable(t), "decodes": decodesTable(t), "browser": browserTable(t), "web": webTable(t)}
	rewritten := readme
	for name, want := range generated {
		begin, end := "<!-- begin "+name+" -->\n", "<!-- end "+name+" -->\n"
		before, rest, ok1 := strings.Cut(rewritten, begin)
		got, after, ok2 := strings.Cut(rest, end)
		if !ok1 || !ok2 {
			t.Errorf("README.md has no markers %q and %q", begin, end)
			continue
		}
		rewritten = before + begin + want + end + after
		if got != want && !*update {
			gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
			i := 0
			for i < len(gl) && i < len(wl) && gl[i] == wl[i] {
				i++
			}
			g, w := "(end)", "(end)"
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			t.Errorf("README.md's table %s differs at its line %d; run go test -update to rewrite it:\n have %s\n want %s", name, i+1, g, w)
		}
	}
	if *update && rewritten != readme {
		if err := os.WriteFile("README.md", []byte(rewritten), 0o644); err != nil {
			t.Fatal(err)
		}
		readme = rewritten
	}
	// A newcomer's part first, the API right after the quick start, then
	// only the reference.
	_, _, ok := strings.Cut(readme, "\n## Reference\n")
	var headings []string
	for _, line := range strings.Split(readme, "\n") {
		if strings.HasPrefix(line, "## ") {
			headings = append(headings, line[3:])
		}
	}
	if !ok || len(headings) < 4 || !slices.Equal(headings[:4], []string{"Install", "Quick start", "The API in one screen", "Start licensed: the loop a service runs"}) || headings[len(headings)-1] != "Reference" {
		t.Errorf("README.md's sections are %q: want Install, Quick start, The API in one screen, the service loop first, Reference last", headings)
	}
	// The quick start is the package example, and prints what it prints.
	body, output := exampleParts(t, examples, "Example")
	if !strings.Contains(readme, "func main() {\n"+body+"}\n```\n\nIt prints:\n\n```\n"+output+"\n```\n") {
		t.Error("README.md's quick start is not Example's body and output")
	}
	// Every Go snippet is code that compiles and runs here: the quick
	// start's program, or a piece of the examples or of testdata/startup.
	for _, block := range strings.Split(readme, "```go\n")[1:] {
		block, _, _ = strings.Cut(block, "```\n")
		if !strings.HasPrefix(block, "package main\n") && !strings.Contains(examples, block) && !strings.Contains(startup, block) {
			t.Errorf("README.md shows Go that no test compiles:\n%s", block)
		}
	}
	// Every output it shows is an example's.
	for _, name := range []string{"Example_startup", "Example_httpService", "Example_decode", "Example_goBarcodeQrSDK", "Example_webTWAIN", "Example_webPage"} {
		if _, out := exampleParts(t, examples, name); !strings.Contains(readme, "```\n"+out+"\n```\n") {
			t.Errorf("README.md does not show %s's output", name)
		}
	}
	// README says what each ErrorCode was measured to mean, and nothing it
	// did not measure.
	errorCodeRow := regexp.MustCompile(`^\| (-?\d+) \| ([^|]*) \|$`)
	documented := map[int]string{}
	for _, line := range strings.Split(readme, "\n") {
		if m := errorCodeRow.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[1])
			documented[n] = m[2]
		}
	}
	measured := map[int]bool{}
	var messages []string
	for _, name := range []string{"initlicense.golden", "wait-timeout.golden"} {
		for _, f := range readGolden(t, realClientGolden(name), 4) {
			messages = append(messages, f[3])
		}
	}
	for _, f := range verdictLines(realClientGolden("verdict.golden")) {
		if f[0] != "answer" && f[0] != "row" && f[3] == "init" {
			messages = append(messages, f[6])
		}
	}
	for _, msg := range messages {
		if tr, ok := TransportOf(FromProductMessage(-20003, msg)); ok {
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

// exampleParts returns example function name's body, and its output as it
// prints.
func exampleParts(t *testing.T, examples, name string) (body, output string) {
	t.Helper()
	body, output, ok := strings.Cut(between(examples, "func "+name+"() {\n", "\n}\n"), "\t// Output:\n")
	if !ok {
		t.Fatalf("example_test.go has no %s with an output", name)
	}
	var out []string
	for _, line := range strings.Split(output, "\n") {
		out = append(out, strings.TrimPrefix(strings.TrimPrefix(line, "\t//"), " "))
	}
	return body, strings.Join(out, "\n")
}

// Fuzz targets: every input against the test's own reading of the docs.

// copiedTexts are the texts of the copies and the measured tables: what
// the package must know byte for byte.
var copiedTexts = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, s := range theSources() {
		out[s.msg] = true
	}
	for _, texts := range notLicenseTexts() {
		for _, t := range texts {
			out[t] = true
		}
	}
	return out
})

// The browser's forms and the templates, read independently.
var (
	framedGrammar        = regexp.MustCompile(`(?s)^\[(?:[A-Za-z][A-Za-z0-9]*)?\] \[(0|-?[1-9][0-9]*)\] (.*)$`)
	numberGrammar        = regexp.MustCompile(`(?s)^\[(0|-?[1-9][0-9]*)\] (.*)$`)
	functionGrammar      = regexp.MustCompile(`(?s)^\[(?:[A-Za-z][A-Za-z0-9]*)?\] (.*)$`)
	codeMessageGrammar   = regexp.MustCompile(`(?s)^code:(0|-?[1-9][0-9]*);message:(.*)$`)
	authorizationGrammar = regexp.MustCompile(`(?s)^An error occurred during authorization: (.+) (Contact the site administrator|\[Contact Dynamsoft\]\(https://www\.dynamsoft\.com/company/contact/\)) for more information\.$`)
	adviceGrammar        = regexp.MustCompile(`(?s)^(.+) (Visit https://www\.dynamsoft\.com/customer/license/trialLicense to acquire a license or email support@dynamsoft\.com\.|Check the Handshake Code in the customer portal or the portal of your self-hosting License Server\. Email support@dynamsoft\.com for more information\.|Email trial@dynamsoft\.com to acquire a 30-day trial license, make sure to include the word "privateTrial" in the email title\.|Contact the site administrator for more information\.)$`)
	scannerGrammar       = regexp.MustCompile(`(?s)^((?:Resource )?Initialization Failed): (.+)$`)
)

// templateGrammars are the copies' texts with holes, 113 and the mismatch
// prefix, each with a text that fills it: those that start with their own
// text first, then the one that says more.
var templateGrammars = sync.OnceValue(func() []struct {
	re   *regexp.Regexp
	text string
} {
	texts := []string{item113Prefix + "{}" + item113Suffix, "License mismatch: {}"}
	for s := range copiedTexts() {
		if strings.Contains(s, "{}") {
			texts = append(texts, s)
		}
	}
	literal := func(s string) int { return len(s) - 2*strings.Count(s, "{}") }
	holeFirst := func(s string) int {
		if strings.HasPrefix(s, "{}") {
			return 1
		}
		return 0
	}
	slices.SortFunc(texts, func(a, b string) int {
		if d := holeFirst(a) - holeFirst(b); d != 0 {
			return d
		}
		if d := literal(b) - literal(a); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	var out []struct {
		re   *regexp.Regexp
		text string
	}
	for _, s := range texts {
		parts := strings.Split(s, "{}")
		expr := "(?s)^"
		for i, p := range parts {
			switch {
			case i == 0:
			case i == 1 && parts[0] == "" || i == len(parts)-1 && p == "":
				expr += "(.+)" // a hole at an end is never empty
			default:
				expr += "(.*)"
			}
			expr += regexp.QuoteMeta(p)
		}
		out = append(out, struct {
			re   *regexp.Regexp
			text string
		}{regexp.MustCompile(expr + "$"), strings.ReplaceAll(s, "{}", "X")})
	}
	return out
})

// readIndependently says what FromMessage must make of s: the kind of
// reading, and an error whose Error, CodeOf and ClassOf FromMessage's must
// have (nil for an unknown text). used says which wrappers and forms an
// outer reading used up.
func readIndependently(s string, used map[string]bool) (string, error) {
	m, u := wantMessage(s), untrimmed(s)
	inner := func(text string, forms ...string) (string, error) {
		again := maps.Clone(used)
		for _, k := range forms {
			again[k] = true
		}
		return readIndependently(text, again)
	}
	if copiedTexts()[m] {
		return "text", FromMessage(m)
	}
	if g := authorizationGrammar.FindStringSubmatch(m); g != nil && !used["authorization "+g[2]] {
		// The server's message: a text of its list, or 113 filled in.
		if kind, err := inner(g[1], "authorization "+g[2]); kind == "text" && serverText(wantMessage(g[1])) || kind == "template" && CodeOf(err) == LicenseItemInvalid {
			return "wrapped", err
		}
	}
	if g := adviceGrammar.FindStringSubmatch(m); g != nil && !used["advice "+g[2]] && copiedTexts()[g[1]] {
		return "wrapped", FromMessage(g[1])
	}
	if g := scannerGrammar.FindStringSubmatch(m); g != nil && !used[g[1]] {
		if kind, err := inner(g[2], g[1]); err != nil && kind != "unknown" {
			return "wrapped", err
		}
	}
	if g := captureGrammar.FindStringSubmatch(m); g != nil && !used["capture"] {
		module := FromMessage(g[1] + "No license found.")
		if g[3] == "" {
			return "capture", module
		}
		_, appended := inner(g[3], "capture", "frame") // what InitLicense gave: no browser frame
		if appended != nil && ClassOf(appended) != ClassWarning && ClassOf(appended) != ClassNotLicense {
			return "capture", appended // the cause decides
		}
		return "capture", module
	}
	if !used["frame"] {
		for _, grammar := range []*regexp.Regexp{codeMessageGrammar, numberGrammar, framedGrammar} {
			if g := grammar.FindStringSubmatch(u); g != nil {
				if n, err := strconv.ParseInt(g[1], 10, 32); err == nil && n != 0 {
					kind, m := inner(g[2], "frame") // one frame deep
					return "frame", numbered(int(n), kind, m)
				}
			}
		}
		if g := functionGrammar.FindStringSubmatch(u); g != nil && !numberGrammar.MatchString(u) && !framedGrammar.MatchString(u) {
			if kind, err := inner(g[1], "frame"); err != nil && kind != "unknown" {
				return "frame", err
			}
		}
	}
	if _, ok := wantTransport(m, u); ok && !used["transport"] {
		if code, measured := measuredReasons()[reasonOf(m)]; measured {
			return "report", FromProduct(int(code))
		}
		return "report", nil
	}
	for _, g := range templateGrammars() {
		if g.re.MatchString(m) {
			return "template", FromMessage(g.text)
		}
	}
	return "unknown", nil
}

// numbered is the rule of FromProductMessage's doc, for a number n and
// what its message reads as: the message decides when it reads, unless it
// is a warning or not about the license and n a license code.
func numbered(n int, kind string, m error) error {
	alone := FromProduct(n)
	if kind == "unknown" || m == nil {
		return alone
	}
	if c, a := ClassOf(m), ClassOf(alone); (c == ClassWarning || c == ClassNotLicense) && a != ClassUnknown && a != ClassNotLicense {
		return alone
	}
	return m
}

// checkReading holds err, what FromMessage made of s, to readIndependently.
func checkReading(t testing.TB, s string, err error) {
	t.Helper()
	kind, want := readIndependently(s, map[string]bool{})
	switch {
	case want == nil && kind == "unknown":
		if !errors.Is(err, ErrUnknown) || CodeOf(err) != 0 || err.(Error).Message() != wantMessage(s) {
			t.Fatalf("FromMessage(%q) = %#v (%v), which the grammars do not read", s, err, err)
		}
	case want == nil: // a report of a reason no SDK was measured to write
		if !errors.Is(err, ErrUnknown) {
			if _, ok := TransportOf(err); !ok {
				t.Fatalf("FromMessage(%q) = %v, want a report of no code", s, err)
			}
		}
	case kind == "report":
		if CodeOf(err) != CodeOf(want) && errors.Unwrap(err) == nil || errors.Is(err, ErrUnknown) {
			t.Fatalf("FromMessage(%q) = %v, want a report of %v", s, err, CodeOf(want))
		}
	default:
		if CodeOf(err) != CodeOf(want) || ClassOf(err) != ClassOf(want) || errors.Is(err, ErrUnknown) != errors.Is(want, ErrUnknown) {
			t.Fatalf("FromMessage(%q) = %v (%v, %v); the %s reading is %v (%v, %v)", s, err, CodeOf(err), ClassOf(err), kind, want, CodeOf(want), ClassOf(want))
		}
	}
}

// checkError holds any error the package returns to what every error
// must be: text from outside safe and bounded in Error, logs and JSON, and
// exactly one of unknown, not about the license, or known.
func checkError(t testing.TB, err error) {
	t.Helper()
	e, ok := err.(Error)
	if !ok || e.d == nil {
		t.Fatalf("%#v is no Error", err)
	}
	if p := unsafeText(e.Error()); p != "" {
		t.Fatalf("%q has %s", e.Error(), p)
	}
	data, jerr := e.MarshalJSON()
	if jerr != nil || !json.Valid(data) || len(data) > 4096 {
		t.Fatalf("%q: JSON %q", e, data)
	}
	unknown, notLic := errors.Is(err, ErrUnknown), errors.Is(err, ErrNotLicense)
	known := !unknown && !notLic && ClassOf(err) != ClassUnknown && ClassOf(err) != ClassNotLicense
	if unknown && notLic || unknown != (ClassOf(err) == ClassUnknown) || notLic != (ClassOf(err) == ClassNotLicense) || !unknown && !notLic && !known {
		t.Fatalf("%q: ErrUnknown %v, ErrNotLicense %v, class %v", err, unknown, notLic, ClassOf(err))
	}
}

// messageSeeds are every text as the SDKs hand them over, in the forms,
// and what the real clients wrote.
func messageSeeds() []string {
	var seeds []string
	for i, s := range theSources() {
		seeds = append(seeds, normalizations(s.msg)[i%11])
	}
	for _, id := range itemIDs {
		seeds = append(seeds, item113Prefix+id+item113Suffix)
	}
	for _, tc := range transports {
		seeds = append(seeds, tc.msg)
	}
	return append(seeds, ruleMessages()...)
}

func FuzzFromProduct(f *testing.F) {
	for _, n := range []int{0, 1, -1, 99, 100, 110, 111, 151, 199, 200, -20099, -20100, -20111, -20151, -20199, -20200, -20000, -20014, -20015,
		-10003, -10004, -10005, -10062, -10076, -2800, 20111, math.MinInt, math.MaxInt} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n int) {
		kind, code, product, msg, text := wantNumber(n)
		err := FromProduct(n)
		if kind == "nil" {
			if err != nil {
				t.Fatalf("FromProduct(%d) = %v", n, err)
			}
			return
		}
		checkError(t, err)
		if e := err.(Error); e.Code() != code || e.Product() != product || e.Message() != msg || e.Error() != text || FromOriginal(n).Error() != text {
			t.Fatalf("FromProduct(%d) = %#v, want %s %v %d %q", n, err, kind, code, product, msg)
		}
	})
}

func FuzzFromMessage(f *testing.F) {
	for _, s := range messageSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := FromMessage(s)
		checkError(t, err)
		checkReading(t, s, err)
	})
}

func FuzzFromProductMessage(f *testing.F) {
	for i, s := range messageSeeds() {
		f.Add(ruleNumbers[i%len(ruleNumbers)], s)
	}
	f.Fuzz(func(t *testing.T, n int, s string) {
		err := FromProductMessage(n, s)
		if n == 0 {
			if err != nil {
				t.Fatalf("0 with %q is %v", s, err)
			}
			return
		}
		checkError(t, err)
		alone, reading := FromProduct(n), FromMessage(s)
		e := err.(Error)
		if e.Product() != alone.(Error).Product() {
			t.Fatalf("FromProductMessage(%d, %q) = %#v: the number is not kept", n, s, err)
		}
		// The rule, once more: the number alone, its own code, the message
		// deciding, or the number deciding.
		m := wantMessage(s)
		licenseCode := !errors.Is(alone, ErrUnknown) && !errors.Is(alone, ErrNotLicense)
		switch {
		case m == "":
			if err.Error() != alone.Error() {
				t.Fatalf("FromProductMessage(%d, %q) = %v, want %v", n, s, err, alone)
			}
		case slices.Contains(ownTexts(n), m):
			if e.Message() != m || errors.Unwrap(err) != nil {
				t.Fatalf("FromProductMessage(%d, %q) = %v, want its own text's", n, s, err)
			}
		case alone.(Error).Code().Known() && reading.(Error).Code() == alone.(Error).Code():
			if CodeOf(err) != CodeOf(reading) || ClassOf(err) != ClassOf(reading) {
				t.Fatalf("FromProductMessage(%d, %q) = %v, want %v", n, s, err, reading)
			}
		case !errors.Is(reading, ErrUnknown) && !(licenseCode && (ClassOf(reading) == ClassWarning || ClassOf(reading) == ClassNotLicense)):
			if CodeOf(err) != CodeOf(reading) || ClassOf(err) != ClassOf(reading) || errors.Unwrap(err) == nil {
				t.Fatalf("FromProductMessage(%d, %q) = %v, want the message to decide: %v", n, s, err, reading)
			}
		default:
			if CodeOf(err) != CodeOf(alone) || ClassOf(err) != ClassOf(alone) || errors.Unwrap(err) != nil {
				t.Fatalf("FromProductMessage(%d, %q) = %v, want the number to decide: %v", n, s, err, alone)
			}
		}
	})
}

func FuzzFromDecodedText(f *testing.F) {
	for _, s := range []string{"", "S123", "[Attention(exceptionCode:-20111)] S**3000*25", "[Attention(exceptionCode:0)] x",
		"[Attention(exceptionCode:-0)] x", "[Attention(exceptionCode:-10005)]", "[Attention(exceptionCode:007)] x", "[Attention(exceptionCode:1)]x",
		"[Attention(exceptionCode:-2147483649)] x", "[Attention(exceptionCode:2147483647)]", "[Attention(exceptionCode:-20111)]\x00 stale",
		"[Attention(exceptionCode:-10062)] x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := FromDecodedText(s), wantDecodedText(s)
		if (got == nil) != (want == nil) || got != nil && (got.Error() != want.Error() || CodeOf(got) != CodeOf(want)) {
			t.Fatalf("FromDecodedText(%q) = %v, want %v", s, got, want)
		}
		if got != nil {
			checkError(t, got)
		}
	})
}

func FuzzParseCode(f *testing.F) {
	for _, s := range []string{"LicenseExpired", "FailedToReachDLS", "111", "-20111", "Code(-20150)", "Code(", "Code(-10006)", "", "null",
		`"LicenseExpired"`, "-20150", `"\u004c"`, "1e2", "+1", "Quota", "Class(12)", "Class(3)", "Class(-1)"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseCode(string(b))
		switch {
		case err != nil && (c != 0 || unsafeText(err.Error()) != ""):
			t.Fatalf("ParseCode(%q) = %v, %q", b, c, err)
		case err == nil && c.String() != string(b):
			t.Fatalf("ParseCode(%q) = %v, which String writes %q", b, c, c.String())
		}
		v := Code(7)
		if err := v.UnmarshalJSON(b); err != nil && (v != 7 || unsafeText(err.Error()) != "") {
			t.Fatalf("UnmarshalJSON(%q) set %v with %q", b, v, err)
		} else if err == nil && string(b) != "null" {
			if back, err := ParseCode(v.String()); err != nil || back != v {
				t.Fatalf("UnmarshalJSON(%q) = %v, which does not read back: %v", b, v, err)
			}
		}
		if k, err := ParseClass(string(b)); err == nil && k.String() != string(b) || err != nil && k != 0 {
			t.Fatalf("ParseClass(%q) = %v, %v", b, k, err)
		}
	})
}

func FuzzTransport(f *testing.F) {
	for _, tc := range transports {
		f.Add(tc.msg)
	}
	f.Add("X. ErrorCode:1 HttpCode:2 ResponseStr:.[Cache] ")
	f.Add("X.-ErrorCode:99999999999-HttpCode:2-ReponseStr:")
	f.Add(`X. NetCode:0 HttpCode:403 ResponseStr:{"errorCode":102,"message":"Session password is incorrect."}.`)
	f.Add("[License] DLS Connect Error. ErrorCode:7 HttpCode:0 ResponseStr:Foo module license is missing.") // a template's end in the body
	f.Fuzz(func(t *testing.T, s string) {
		err := FromProductMessage(-20200, s)
		checkError(t, err)
		if m := wantMessage(s); strings.HasPrefix(m, "[") || strings.HasPrefix(m, "code:") {
			return // a frame first: FuzzForms reads those
		}
		got, ok := TransportOf(err)
		if want, report := wantTransport(wantMessage(s), untrimmed(s)); ok != report || ok && got != want {
			t.Fatalf("TransportOf(%q) = %+v, %v; want %+v, %v", s, got, ok, want, report)
		}
	})
}

// FuzzForms composes the browser's forms around any text, and holds
// FromMessage to the test's reading of them.
func FuzzForms(f *testing.F) {
	for i, s := range theSources() {
		f.Add(uint8(i), "capture", int64(s.number), s.msg)
	}
	f.Add(uint8(0), "f", int64(-2800), "The license key is invalid.")
	f.Add(uint8(1), "x y", int64(0), "License has expired.")
	f.Fuzz(func(t *testing.T, form uint8, name string, n int64, msg string) {
		var s string
		switch form % 9 {
		case 0:
			s = "[" + name + "] [" + strconv.FormatInt(n, 10) + "] " + msg
		case 1:
			s = "code:" + strconv.FormatInt(n, 10) + ";message:" + msg
		case 2:
			s = "An error occurred during authorization: " + msg + " Contact the site administrator for more information."
		case 3:
			s = msg + " Visit https://www.dynamsoft.com/customer/license/trialLicense to acquire a license or email support@dynamsoft.com."
		case 4:
			s = "[Barcode Reader] No license found. " + msg
		case 5:
			s = "License mismatch: " + msg
		case 6:
			s = "Resource Initialization Failed: " + msg
		case 7:
			s = msg + " Contact the site administrator for more information."
		default:
			s = "[" + name + "] " + msg
		}
		err := FromMessage(s)
		checkError(t, err)
		checkReading(t, s, err)
	})
}

// Benchmarks. Each lookup has its baseline under impl=, over the same keys,
// so that `benchstat -col /impl` shows it as a ratio; README's Measured
// command runs them interleaved.

var (
	sinkErr  error
	sinkAttr slog.Attr
	sinkData []byte
)

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

// benchNumbers runs a lookup by number over keys beside a map of the same
// errors. Each lookup is called by name, as a service calls it: through a
// func value, a call costs more than the lookup.
func benchNumbers(b *testing.B, keys []int, lookup func(int) error, loop func(b *testing.B, keys []int)) {
	baseline := map[int]error{}
	for _, k := range keys {
		baseline[k] = lookup(k)
	}
	keys = cycle(keys)
	b.Run("impl=map", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkErr = baseline[keys[i&(len(keys)-1)]]
		}
	})
	b.Run("impl=dlserr", func(b *testing.B) {
		b.ReportAllocs()
		loop(b, keys)
	})
}

// BenchmarkOriginal looks up every code of the server's range, 100-199.
func BenchmarkOriginal(b *testing.B) {
	var keys []int
	for n := 100; n <= 199; n++ {
		keys = append(keys, n)
	}
	benchNumbers(b, keys, FromOriginal, func(b *testing.B, keys []int) {
		for i := 0; i < b.N; i++ {
			sinkErr = FromOriginal(keys[i&(len(keys)-1)])
		}
	})
}

// BenchmarkProduct looks up every number an SDK returns that the tables
// know (the codes', and those not about the license), in order.
func BenchmarkProduct(b *testing.B) {
	numbers, _, _ := knownInputs()
	var keys []int
	for _, n := range numbers {
		if n < 0 {
			keys = append(keys, n)
		}
	}
	benchNumbers(b, keys, FromProduct, func(b *testing.B, keys []int) {
		for i := 0; i < b.N; i++ {
			sinkErr = FromProduct(keys[i&(len(keys)-1)])
		}
	})
}

// BenchmarkMessage looks up texts beside a map of the same texts: every
// text of the tables, and each as Capture Vision tags it.
func BenchmarkMessage(b *testing.B) {
	var all, tagged []string
	for t := range copiedTexts() {
		all = append(all, t)
		tagged = append(tagged, "[License] [Key 1] "+t)
	}
	slices.Sort(all)
	slices.Sort(tagged)
	for _, set := range []struct {
		name string
		keys []string
	}{{"all", all}, {"tagged", tagged}} {
		// The map holds copies, as the package holds its own: a message
		// comes from outside, and both compare its bytes, not a pointer.
		baseline := map[string]error{}
		for _, k := range set.keys {
			baseline[strings.Clone(k)] = FromMessage(k)
		}
		keys := cycle(set.keys)
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

// hostile are 16 MB inputs built against each grammar: runs of what a
// grammar looks for, so that a reader that rescans would be quadratic.
// B/op is the copy the error keeps.
func hostile() map[string]string {
	const size = 16 << 20
	fill := func(unit string) string { return strings.Repeat(unit, size/len(unit)) }
	return map[string]string{
		"text":          fill("x"),
		"tags":          "[License] " + fill(" "),
		"nul":           fill("\x00 "),
		"authorization": "An error occurred during authorization: " + fill(" Contact the site administrator for more information.") + "x",
		"advice":        fill(" Visit https://www.dynamsoft.com/customer/license/trialLicense to acquire a license or email support@dynamsoft.com.x"),
		"template":      item113Prefix + fill(`" has been invalid.`) + "x",
		"capture":       "[Barcode Reader] No license found. " + fill("[Barcode Reader] No license found. "),
		"frame":         "[f] [-20003] " + fill("[f] [-20003] "),
		"report":        "X. ErrorCode:0 HttpCode:200 ResponseStr:" + fill(". MainErrorCode:1 MainHttpCode:") + "x",
		"verdict":       `X. ErrorCode:0 HttpCode:403 ResponseStr:{"message":"` + fill(`\"`) + `"}.`,
	}
}

// BenchmarkHostile reads each hostile input with a number, as a server's
// text would come: every grammar is linear in its input.
func BenchmarkHostile(b *testing.B) {
	inputs := hostile()
	names := make([]string, 0, len(inputs))
	for name := range inputs {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		s := inputs[name]
		b.Run("grammar="+name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for i := 0; i < b.N; i++ {
				sinkErr = FromProductMessage(-20003, s)
			}
		})
	}
}

// BenchmarkWideTree logs, decides and writes as JSON a join of n errors,
// each a DLS error: the cost per error must not grow with n.
func BenchmarkWideTree(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		errs := make([]error, n)
		for i := range errs {
			errs[i] = FromProductMessage(-12345, strings.Repeat("y", 300)) // each text cut in Error
		}
		join := errors.Join(errs...)
		b.Run(fmt.Sprintf("n=%d/call=Attr", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				sinkAttr = Attr("dls", join)
			}
		})
		b.Run(fmt.Sprintf("n=%d/call=ClassOf", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				_ = ClassOf(join)
			}
		})
		b.Run(fmt.Sprintf("n=%d/call=MarshalJSON", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				e, _ := ErrorOf(join)
				sinkData, _ = json.Marshal(e)
			}
		})
	}
}

// The procedure for adding a code.

// TestAddingACode follows codes.go's "How to change this file" in a scratch
// copy of the module: a new code of the SDK's license client, its four
// lines in codes.go and its row in the test's copy of its source, then
// `go test -update`, and the suite must pass. It runs when
// DLSERR_PROCEDURE is set (CI does), as it builds and runs the suite again.
func TestAddingACode(t *testing.T) {
	if os.Getenv("DLSERR_PROCEDURE") == "" {
		t.Skip("set DLSERR_PROCEDURE=1 to run the procedure in a scratch copy")
	}
	dir := t.TempDir()
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && d.Name() == ".git":
			return filepath.SkipDir
		case d.IsDir():
			return os.MkdirAll(filepath.Join(dir, path), 0o755)
		case !d.Type().IsRegular():
			return nil
		}
		data, err := os.ReadFile(path)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, path), data, 0o644)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// The edits the procedure names, each after the line that starts so.
	const text = "The procedure's own test code."
	edit := func(name, start, insert string) {
		t.Helper()
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		before, rest, ok := strings.Cut(string(data), "\n"+start)
		if !ok {
			t.Fatalf("%s has no line that starts %q to add after: update this test with codes.go's procedure", name, start)
		}
		line, rest, _ := strings.Cut(rest, "\n")
		if err := os.WriteFile(path, []byte(before+"\n"+start+line+"\n"+insert+rest), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit("codes.go", "\tLicenseResultsLimitExceeded Code = -20014", "\t// ProcedureCheck (-20015, EC_PROCEDURE_CHECK) is \""+text+"\"\n\tProcedureCheck Code = -20015\n")
	edit("codes.go", "\t{LicenseResultsLimitExceeded, ", "\t{ProcedureCheck, \"ProcedureCheck\", ClassLicense},\n")
	edit("codes.go", "\tErrLicenseResultsLimitExceeded ", "\tErrProcedureCheck = sentinel(\"ProcedureCheck\") // \""+text+"\"\n")
	edit("codes.go", "\t{\"LicenseResultsLimitExceeded\", ", "\t{\"ProcedureCheck\", srcDocs, \""+text+"\"},\n")
	edit("codes_test.go", "| -20012 | Online license validation failed due to network issues.", "| -20015 | "+text+" | DBR 8.6-9 docs |\n")
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "DLSERR_PROCEDURE=", "GOFLAGS=-count=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	run("fmt", ".")
	run("test", "-run", "TestREADME", "-update", ".")
	run("vet", ".")
	run("test", ".")
	var readme []byte
	readme, err = os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil || !strings.Contains(string(readme), "| -20015 | - | `ProcedureCheck` | `ErrProcedureCheck` | License | `"+text+"` |") {
		t.Errorf("go test -update did not add the code to README.md's table: %v", err)
	}
}

// webScenarioClass is the class each scenario's thrown text must read as:
// a server out of reach or never answering, retry; a malformed key, a
// license to fix; the server's session password, the handshake; its 111,
// the license; a 200 without a license, no license at capture time. Barcode
// Reader JS 10.4 reads the server's verdict in a 503 too, and not the
// standby's.
func webScenarioClass(scenario string) Class {
	switch {
	case strings.HasSuffix(scenario, "-403-102"), scenario == "own-503-102":
		return ClassHandshake
	case strings.HasSuffix(scenario, "-403-111"), strings.HasSuffix(scenario, "-bad-body"), scenario == "own-200-102", scenario == "not-base64", scenario == "truncated-json":
		return ClassLicense
	}
	return ClassUnavailable
}

// TestWebClient checks what the browser's license client threw, warned and
// decoded (testdata/webclient) against the package: every license text is
// read, as its scenario's class, alone and with the code the error carried;
// the server's code where the client kept it (ltsErrorCode); every masked
// result is caught with the code its exception names.
func TestWebClient(t *testing.T) {
	scenarios := map[string]int{}
	thrown := map[string]string{}
	results := 0
	for _, l := range readWebGolden(t) {
		key := l.edition + " " + l.scenario
		if webEditions[l.edition] == "" {
			t.Fatalf("web.golden: edition %q, which README does not name", l.edition)
		}
		if _, seen := scenarios[key]; !seen {
			scenarios[l.edition]++
		}
		scenarios[key]++
		want := webScenarioClass(l.scenario)
		switch l.kind {
		case "thrown":
			thrown[key] = l.text
			if err := FromMessage(l.text); errors.Is(err, ErrUnknown) || ClassOf(err) != want || Licensed(err) {
				t.Errorf("%s threw %q: %v, class %v; want class %v", key, l.text, err, ClassOf(err), want)
			}
		case "code": // e.errorCode beside the thrown text
			n, _ := strconv.Atoi(l.number)
			if err := FromProductMessage(n, thrown[key]); ClassOf(err) != want || CodeOf(err) != fromNumberIndependently(n) {
				t.Errorf("%s: errorCode %d with %q reads as %v, class %v", key, n, thrown[key], err, ClassOf(err))
			}
		case "lts": // the server's code, as the 9.6 client kept it
			n, _ := strconv.Atoi(l.number)
			if err := FromMessage(thrown[key]); !errors.Is(err, FromOriginal(n)) {
				t.Errorf("%s: ltsErrorCode %d, but the text reads as %v", key, n, err)
			}
		case "warn", "error":
			if err := FromMessage(l.text); errors.Is(err, ErrUnknown) || errors.Is(err, ErrNotLicense) {
				t.Errorf("%s %s %q is not read: %v", key, l.kind, l.text, err)
			}
		case "result":
			results++
			if masked := FromDecodedText(l.text); masked == nil || errors.Is(masked, ErrUnknown) {
				t.Errorf("%s: result %q is not caught: %v", key, l.text, masked)
			}
		case "exception":
			n, _ := strconv.Atoi(l.number)
			if err := FromProductMessage(n, l.text); errors.Is(err, ErrUnknown) || CodeOf(err) != fromNumberIndependently(n) || errors.Unwrap(err) != nil {
				t.Errorf("%s: exception %s %q reads as %#v", key, l.number, l.text, err)
			}
		case "uncaught", "pending":
			t.Errorf("%s: %s %q", key, l.kind, l.text+l.number)
		}
	}
	if scenarios["dbr11"] < 14 || scenarios["dbrjs9"] < 7 || scenarios["dbr10"] < 12 || results == 0 {
		t.Errorf("web.golden has %d scenarios of 11.4, %d of 9.6.42, %d of 10.4.31 and %d decoded results; want at least 14, 7, 12 and one", scenarios["dbr11"], scenarios["dbrjs9"], scenarios["dbr10"], results)
	}
}

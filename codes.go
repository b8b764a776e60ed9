package dlserr

// This file is the package's data: every code and every text, byte for byte
// from the vendor, typos included. dlserr.go holds no line per code.
// Servers and SDKs in the field still send every generation, so no text is
// ever removed, and 113's leaked Java concatenation is data too.
//
// # How to change this file
//
// A new code is four edits here: its constant, in the block of its kind,
// with a doc comment that quotes its text and names the vendor's constant;
// its row in meanings (name and class); its sentinel, one line with its text
// in the trailing comment; and a row in wordings for each of its texts, with
// the sources that publish it. Another text of a known code is one row in
// wordings; a text of the SDKs' tables that is not about the license, one row
// in notLicense. Then add the vendor's row to the test's verbatim copy of the
// source it comes from (codes_test.go, "the sources, verbatim"), and run
// `go test -update`, which rewrites README.md's generated tables. `go test
// ./...` names any place still missing. No table needs a size, a seed or a
// multiplier: init builds every index from these rows.
//
// The runtimes' texts are re-measured with `go run ./testdata/realclient
// -out testdata/realclient` (the native SDKs) and `go run ./testdata/webclient
// -out testdata/webclient` (the browser's), which rewrite the goldens that
// the tests read. `go run ./testdata/webtexts -out testdata/webtexts`
// rewrites the web packages' texts: each new text is a row in wordings ({}
// where the product fills in a part), or a line of webLeftOut in
// codes_test.go that says why not; each new form, a message in webForms
// there.

// Where a text was published or returned, as a set: many texts have several
// sources. Each is pinned by a commit or a package version; the web
// packages' texts, each with its file and offset, are in
// testdata/webtexts/texts.golden, which the tests read.
const (
	// srcLTS: the DLS list in its first form, 2021-03 to 2021-07,
	// https://github.com/dynamsoft-docs/license-server-docs/blob/7efab0e85617488b8e64c908c339d0dff7adc3ea/common/errorList.md
	srcLTS = 1 << iota
	// srcDLS: the DLS list of 2021-07 to 2024-01, this package's
	// specification, https://github.com/dynamsoft-docs/license-server-docs/blob/c32070b77004422ccf32991951bf7583dd056c7d/common/errorList.md
	srcDLS
	// srcRevised: the DLS list revised on 2024-01-31, 108 again on
	// 2025-02-26, https://github.com/dynamsoft-docs/license-server-docs/blob/a6addb505b9aa5467c0f01c7d97b4aa8ca3aff9f/common/errorList.md
	srcRevised
	// srcDCV3: Capture Vision 3.2's runtime, measured: npm
	// dynamsoft-capture-vision-for-node-lib-linux-x64@3.2.5000 (libDynamsoftCore.so 4.2.50)
	srcDCV3
	// srcDBR9: Barcode Reader 9.6's runtime, measured: npm barcode4nodejs@9.6.28
	srcDBR9
	// srcDBR10: Barcode Reader 10.0-10.4's libraries, their strings,
	// https://github.com/Dynamsoft/barcode-reader-c-cpp-samples at c4ec02dab9bd2b528c1aeb78741a2a2b9832a154 (10.0) to 9929904aa30cb640061491d84a2b5ae6b806356e (10.4.20)
	srcDBR10
	// srcDocs: Barcode Reader 8.6-9's error-code pages,
	// https://github.com/dynamsoft-docs/barcode-reader-docs/blob/7497c1474e556e5e97f17c47e9abf7290934eb1d/parameters/enum/error-code.md
	// and dynamsoft-docs/barcode-reader-docs-server v9 at 9de7916273eb5f60e39c4f1968dc6fb7dabda3bf
	srcDocs
	// srcDocsLTS: Barcode Reader 8.0-8.5's error-code pages,
	// https://github.com/dynamsoft-docs/barcode-reader-docs/blob/ac3f9d5453b09e5144a6e7e4a4d77aebe15d2e24/parameters/enum/error-code-v8.4.0.md
	// and the page's history before 604100932514b6ba09c9f6cda77a023f163b731d (2021-07-14)
	srcDocsLTS
	// srcJS11: the browser edition of Barcode Reader 11.4 (license client
	// 4.4.20), measured in Chromium: npm dynamsoft-barcode-reader-bundle@11.4.2001
	srcJS11
	// srcJS9: the browser edition of Barcode Reader 9.6, measured in
	// Chromium: npm dynamsoft-javascript-barcode@9.6.42
	srcJS9
	// srcJS10: the browser edition of Barcode Reader 10.4, measured in
	// Chromium: npm dynamsoft-barcode-reader@10.4.31, with the packages it
	// loads, dynamsoft-license@3.4.31, dynamsoft-core@3.4.31,
	// dynamsoft-capture-vision-router@2.4.33
	srcJS10
	// srcCV3: Capture Vision's browser bundle, npm dynamsoft-capture-vision-bundle@3.0.6001
	srcCV3
	// srcDDV: Document Viewer, npm dynamsoft-document-viewer@3.2.1
	srcDDV
	// srcDDS: Document Scanner, npm dynamsoft-document-scanner@1.4.2
	srcDDS
	// srcDWT: Dynamic Web TWAIN's JavaScript, npm dwt@19.3.3 (dist/*.js)
	srcDWT
	// srcDWTService: Dynamic Web TWAIN Service 19.3 for Linux, the .deb in
	// npm dwt@19.3.3: its libraries, and its REST API's answers (measured)
	srcDWTService
	// srcRN: npm dynamsoft-capture-vision-react-native@3.4.1100
	srcRN
)

// The license server's codes, one constant each; the doc comment quotes the
// specification's message (or, for codes added in 2024, the revised one).
const (
	// ServiceRefused (100) is "The standby DLS refuses to provide service while
	// the main DLS is working." Its second row, "DLS refuses to provide service
	// while under construction.", has its own sentinel, ErrUnderConstruction.
	ServiceRefused Code = 100
	// HandshakeCodeNotFound (101) is "The handshake code you are using does not
	// exist on the Dynamsoft License Server."
	HandshakeCodeNotFound Code = 101
	// SessionPasswordIncorrect (102) is "Session password is incorrect."
	SessionPasswordIncorrect Code = 102
	// HandshakeAppDomainMismatch (103) is "AppDomain for handshake is not matched."
	HandshakeAppDomainMismatch Code = 103
	// NoItemMatched (104) is "No item matched. Please check your handshake and
	// client settings."
	NoItemMatched Code = 104
	// LicenseItemNotFound (105) is "License item does not exist." The revised
	// list reuses 105 for "Provided handShakeId is not compliant with version
	// 1.5.", matched on its own by ErrHandshakeIDNotCompliant.
	LicenseItemNotFound Code = 105
	// ProductMismatch (106) is "Product is not matched."
	ProductMismatch Code = 106
	// VersionMismatch (107) is "Version mismatch."
	VersionMismatch Code = 107
	// DeploymentTypeMismatch (108) is "DeploymentType is not matched."
	DeploymentTypeMismatch Code = 108
	// EditionMismatch (109) is "Edition is not matched."
	EditionMismatch Code = 109
	// LicenseExpired (111) is "License has expired." Its second row, "License
	// for this ip has expired.", has its own sentinel, ErrIPLicenseExpired.
	LicenseExpired Code = 111
	// LicenseNotYetEffective (112) is "License has not yet taken effect."
	LicenseNotYetEffective Code = 112
	// LicenseItemInvalid (113) is `This license item "+item.getLicenseItemId()+"
	// has been invalid.`; servers fill in the item id (see Error.LicenseItem).
	LicenseItemInvalid Code = 113
	// LicenseItemAppDomainMismatch (114) is "AppDomain for licenseItem is not
	// matched."
	LicenseItemAppDomainMismatch Code = 114
	// LicenseItemChargeWayMismatch (115) is "ChargeWay for licenseItem is not
	// matched."
	LicenseItemChargeWayMismatch Code = 115
	// LimitExceeded (120) is "License has exceeded its limit."
	LimitExceeded Code = 120
	// OrganizationNotFound (121, revised list) is "Organization ID does not
	// exist or lacks a configured default handshake."
	OrganizationNotFound Code = 121
	// HandshakeOrganizationMismatch (122, revised list) is "Handshake Code and
	// Organization ID mismatch."
	HandshakeOrganizationMismatch Code = 122
	// HandshakeOrOrganizationMissing (123, revised list) is "No specified
	// handshake or organization."
	HandshakeOrOrganizationMissing Code = 123
	// LicenseItemDependencyMissing (124, revised list) is "Missing licenseItem
	// dependency in handshake."
	LicenseItemDependencyMissing Code = 124
	// RequestQuotaExceeded (130, revised list) is "License quota exceeded by
	// request count."
	RequestQuotaExceeded Code = 130
	// ClonedDevice (151) is "Cloned device detected."
	ClonedDevice Code = 151
)

// The SDK's own license codes: each constant's value is the SDK's number,
// and its name the vendor's constant (EC_, DMERR_ or DBRERR_) in CamelCase,
// where the server's codes are named for their messages. So DomainNotMatch
// and DeviceNotMatch keep the vendor's NOT_MATCH where the server's say
// Mismatch (ProductMismatch). Three names differ from the vendor's, where
// its name would be unclear: LicenseKeyExpired (EC_LICENSE_EXPIRED, which
// would read as the server's 111), LicenseRequestFailed (EC_REQUEST_FAILED)
// and LicenseKeyPartlyInvalid (EC_LICENSE_WARNING, named for what it warns
// of). The doc comment quotes Capture Vision 3's text, or Barcode Reader
// 9's for codes Capture Vision does not have.
const (
	// LicenseInvalid (-10003, EC_LICENSE_INVALID) is "The license is invalid."
	LicenseInvalid Code = -10003
	// LicenseKeyExpired (-10004, EC_LICENSE_EXPIRED) is "The license has
	// expired.": the license of the key, where LicenseExpired (111) is the
	// license server's.
	LicenseKeyExpired Code = -10004
	// DomainNotMatch (-10039, EC_DOMAIN_NOT_MATCH) is "The domain of your
	// current site does not match the domain bound in the current product key."
	DomainNotMatch Code = -10039
	// ReservedInfoNotMatch (-10040, EC_RESERVED_INFO_NOT_MATCH) is "The
	// reserved info does not match the reserved info bound in the current
	// product key."
	ReservedInfoNotMatch Code = -10040
	// LicenseDLLMissing (-10042, DBRERR_LICENSE_DLL_MISSING, Barcode Reader
	// 7-9 only) is "The License DLL is missing."
	LicenseDLLMissing Code = -10042
	// LicenseKeyNotMatch (-10043, EC_LICENSE_KEY_NOT_MATCH) is "The license
	// key does not match the license content."
	LicenseKeyNotMatch Code = -10043
	// LicenseRequestFailed (-10044, EC_REQUEST_FAILED) is "Failed to request
	// the license content."
	LicenseRequestFailed Code = -10044
	// LicenseInitFailed (-10045, EC_LICENSE_INIT_FAILED) is "Failed to init
	// the license."
	LicenseInitFailed Code = -10045
	// LicenseContentInvalid (-10052, EC_LICENSE_CONTENT_INVALID) is "The
	// license content is invalid."
	LicenseContentInvalid Code = -10052
	// LicenseKeyInvalid (-10053, EC_LICENSE_KEY_INVALID) is "The license key
	// is invalid."
	LicenseKeyInvalid Code = -10053
	// LicenseDeviceRunsOut (-10054, EC_LICENSE_DEVICE_RUNS_OUT) is "The
	// license key has no remaining quota."
	LicenseDeviceRunsOut Code = -10054
	// LicenseKeyPartlyInvalid (-10076, EC_LICENSE_WARNING) is "The license is
	// initialized successfully but detected invalid content in your key.": a
	// warning, named for what it warns of.
	LicenseKeyPartlyInvalid Code = -10076
	// NoLicense (-20000, EC_NO_LICENSE) is "No license."
	NoLicense Code = -20000
	// HandshakeCodeInvalid (-20001, EC_HANDSHAKE_CODE_INVALID) is "The
	// handshake code is invalid."
	HandshakeCodeInvalid Code = -20001
	// LicenseBufferFailed (-20002, EC_LICENSE_BUFFER_FAILED) is "Failed to
	// read or write license buffer."
	LicenseBufferFailed Code = -20002
	// LicenseSyncFailed (-20003, EC_LICENSE_SYNC_FAILED) is "Failed to
	// synchronize license info with license server."
	LicenseSyncFailed Code = -20003
	// DeviceNotMatch (-20004, EC_DEVICE_NOT_MATCH) is "Device does not match
	// with buffer."
	DeviceNotMatch Code = -20004
	// BindDeviceFailed (-20005, EC_BIND_DEVICE_FAILED) is "Failed to bind
	// device."
	BindDeviceFailed Code = -20005
	// LicenseInterfaceConflict (-20006, DMERR_LICENSE_INTERFACE_CONFLICT,
	// Barcode Reader 8-9 only) is "Interface InitLicenseFromDLS can not be
	// used together with other license initiation interfaces."
	LicenseInterfaceConflict Code = -20006
	// LicenseClientDLLMissing (-20007, EC_LICENSE_CLIENT_DLL_MISSING) is
	// "License Client dll is missing."
	LicenseClientDLLMissing Code = -20007
	// InstanceCountOverLimit (-20008, EC_INSTANCE_COUNT_OVER_LIMIT) is
	// "Instance count is over limit."
	InstanceCountOverLimit Code = -20008
	// LicenseInitSequenceFailed (-20009, EC_LICENSE_INIT_SEQUENCE_FAILED) is
	// "Interface InitLicense has to be called before creating any SDK
	// objects."
	LicenseInitSequenceFailed Code = -20009
	// TrialLicense (-20010, EC_TRIAL_LICENSE) is "Trial License."
	TrialLicense Code = -20010
	// LicenseVersionNotMatch (-20011, EC_LICENSE_VERSION_NOT_MATCH) is "The
	// license is not valid for the current version."
	LicenseVersionNotMatch Code = -20011
	// LicenseCacheUsed (-20012, EC_LICENSE_CACHE_USED) is "Online license
	// validation failed due to network issues.Using cached license information
	// for validation." (sic, no space after the first period).
	LicenseCacheUsed Code = -20012
	// LicenseAuthQuotaExceeded (-20013, EC_LICENSE_AUTH_QUOTA_EXCEEDED) is
	// "License authentication failed: quota exceeded."
	LicenseAuthQuotaExceeded Code = -20013
	// LicenseResultsLimitExceeded (-20014, EC_LICENSE_RESULTS_LIMIT_EXCEEDED)
	// is "License restriction: the number of results has exceeded the allowed
	// limit."
	LicenseResultsLimitExceeded Code = -20014
	// FailedToReachDLS (-20200, EC_FAILED_TO_REACH_DLS) is "Failed to reach
	// License Server."
	FailedToReachDLS Code = -20200
)

// The SDKs' per-module license codes, which a decode or capture returns when
// the license lacks a module or is missing altogether. Barcode Reader 7-9
// numbered the barcode formats' codes -100xx (DBRERR_*, named here with a DBR
// prefix); Capture Vision 3 and Barcode Reader 10 and later number them
// -300xx (EC_*, named without one). Each constant's value is the SDK's number
// and its name the vendor's constant in CamelCase (1D is OneD, as a Go name
// cannot start with a digit); the doc comment quotes the runtime text.
const (
	// DBRQRLicenseInvalid (-10016, DBRERR_QR_LICENSE_INVALID) is "The license
	// for the QR Code module is invalid." Capture Vision's is
	// QRLicenseInvalid.
	DBRQRLicenseInvalid Code = -10016
	// DBROneDLicenseInvalid (-10017, DBRERR_1D_LICENSE_INVALID) is "The
	// license for the 1D Barcode module is invalid." Capture Vision's is
	// OneDLicenseInvalid.
	DBROneDLicenseInvalid Code = -10017
	// DBRPDF417LicenseInvalid (-10019, DBRERR_PDF417_LICENSE_INVALID) is "The
	// license for the PDF417 module is invalid." Capture Vision's is
	// PDF417LicenseInvalid.
	DBRPDF417LicenseInvalid Code = -10019
	// DBRDataMatrixLicenseInvalid (-10020, DBRERR_DATAMATRIX_LICENSE_INVALID)
	// is "The license for the DATAMATRIX module is invalid." Capture Vision's
	// is DataMatrixLicenseInvalid.
	DBRDataMatrixLicenseInvalid Code = -10020
	// DBRAztecLicenseInvalid (-10041, DBRERR_AZTEC_LICENSE_INVALID) is "The
	// license for the AZTEC module is invalid." Capture Vision's is
	// AztecLicenseInvalid.
	DBRAztecLicenseInvalid Code = -10041
	// DBRPatchcodeLicenseInvalid (-10046, DBRERR_PATCHCODE_LICENSE_INVALID)
	// is "The license for the Patchcode module is invalid." Capture Vision's
	// is PatchcodeLicenseInvalid.
	DBRPatchcodeLicenseInvalid Code = -10046
	// DBRPostalCodeLicenseInvalid (-10047, DBRERR_POSTALCODE_LICENSE_INVALID)
	// is "The license for the Postal code module is invalid." Capture
	// Vision's is PostalCodeLicenseInvalid.
	DBRPostalCodeLicenseInvalid Code = -10047
	// DBRDPMLicenseInvalid (-10048, DBRERR_DPM_LICENSE_INVALID) is "The
	// license for the DPM module is invalid." Capture Vision's is
	// DPMLicenseInvalid.
	DBRDPMLicenseInvalid Code = -10048
	// IRTLicenseInvalid (-10056, EC_IRT_LICENSE_INVALID, Barcode Reader 9's
	// DBRERR_IRT_LICENSE_INVALID) is "The Intermediate Result Types license
	// is invalid." in Capture Vision 3 and "The license for the Intermediate
	// Result module is invalid." in Barcode Reader 9.
	IRTLicenseInvalid Code = -10056
	// DBRMaxicodeLicenseInvalid (-10057, DBRERR_MAXICODE_LICENSE_INVALID) is
	// "The license for the Maxicode module is invalid." Capture Vision's is
	// MaxicodeLicenseInvalid.
	DBRMaxicodeLicenseInvalid Code = -10057
	// DBRGS1DatabarLicenseInvalid (-10058,
	// DBRERR_GS1_DATABAR_LICENSE_INVALID) is "The license for the GS1 Databar
	// module is invalid." Capture Vision's is GS1DatabarLicenseInvalid.
	// Capture Vision 3 gives the number another meaning (see FromProduct).
	DBRGS1DatabarLicenseInvalid Code = -10058
	// DBRGS1CompositeLicenseInvalid (-10059,
	// DBRERR_GS1_COMPOSITE_LICENSE_INVALID) is "The license for the GS1
	// Composite code module is invalid." Capture Vision's is
	// GS1CompositeLicenseInvalid. Capture Vision 3 gives the number another
	// meaning (see FromProduct).
	DBRGS1CompositeLicenseInvalid Code = -10059
	// DBRPanoramaLicenseInvalid (-10060, DBRERR_PANORAMA_LICENSE_INVALID) is
	// "The license for the panorama module is invalid." Capture Vision's is
	// PanoramaLicenseInvalid. Capture Vision 3 gives the number another
	// meaning (see FromProduct).
	DBRPanoramaLicenseInvalid Code = -10060
	// DBRDotCodeLicenseInvalid (-10061, DBRERR_DOTCODE_LICENSE_INVALID) is
	// "The license for the DotCode module is invalid." Capture Vision's is
	// DotCodeLicenseInvalid. Capture Vision 3 gives the number another
	// meaning (see FromProduct).
	DBRDotCodeLicenseInvalid Code = -10061
	// DBRPharmacodeLicenseInvalid (-10062, DBRERR_PHARMACODE_LICENSE_INVALID)
	// is "The license for the PharmaCode module is invalid." Capture Vision's
	// is PharmacodeLicenseInvalid. Capture Vision 3 gives the number another
	// meaning (see FromProduct).
	DBRPharmacodeLicenseInvalid Code = -10062
	// PDFLicenseNotFound (-10079, EC_PDF_LICENSE_NOT_FOUND) is "[PDF] No
	// license found."
	PDFLicenseNotFound Code = -10079
	// QRLicenseInvalid (-30016, EC_QR_LICENSE_INVALID) is "The QR Code
	// license is invalid." Barcode Reader 7-9's is DBRQRLicenseInvalid.
	QRLicenseInvalid Code = -30016
	// OneDLicenseInvalid (-30017, EC_1D_LICENSE_INVALID) is "The 1D Barcode
	// license is invalid." Barcode Reader 7-9's is DBROneDLicenseInvalid.
	OneDLicenseInvalid Code = -30017
	// PDF417LicenseInvalid (-30019, EC_PDF417_LICENSE_INVALID) is "The PDF417
	// license is invalid." Barcode Reader 7-9's is DBRPDF417LicenseInvalid.
	PDF417LicenseInvalid Code = -30019
	// DataMatrixLicenseInvalid (-30020, EC_DATAMATRIX_LICENSE_INVALID) is
	// "The DATAMATRIX license is invalid." Barcode Reader 7-9's is
	// DBRDataMatrixLicenseInvalid.
	DataMatrixLicenseInvalid Code = -30020
	// AztecLicenseInvalid (-30041, EC_AZTEC_LICENSE_INVALID) is "The AZTEC
	// license is invalid." Barcode Reader 7-9's is DBRAztecLicenseInvalid.
	AztecLicenseInvalid Code = -30041
	// PatchcodeLicenseInvalid (-30046, EC_PATCHCODE_LICENSE_INVALID) is "The
	// Patchcode license is invalid." Barcode Reader 7-9's is
	// DBRPatchcodeLicenseInvalid.
	PatchcodeLicenseInvalid Code = -30046
	// PostalCodeLicenseInvalid (-30047, EC_POSTALCODE_LICENSE_INVALID) is
	// "The Postal code license is invalid." Barcode Reader 7-9's is
	// DBRPostalCodeLicenseInvalid.
	PostalCodeLicenseInvalid Code = -30047
	// DPMLicenseInvalid (-30048, EC_DPM_LICENSE_INVALID) is "The DPM license
	// is invalid." Barcode Reader 7-9's is DBRDPMLicenseInvalid.
	DPMLicenseInvalid Code = -30048
	// MaxicodeLicenseInvalid (-30057, EC_MAXICODE_LICENSE_INVALID) is "The
	// Maxicode license is invalid." Barcode Reader 7-9's is
	// DBRMaxicodeLicenseInvalid.
	MaxicodeLicenseInvalid Code = -30057
	// GS1DatabarLicenseInvalid (-30058, EC_GS1_DATABAR_LICENSE_INVALID) is
	// "The GS1 Databar license is invalid." Barcode Reader 7-9's is
	// DBRGS1DatabarLicenseInvalid.
	GS1DatabarLicenseInvalid Code = -30058
	// GS1CompositeLicenseInvalid (-30059, EC_GS1_COMPOSITE_LICENSE_INVALID)
	// is "The GS1 Composite code license is invalid." Barcode Reader 7-9's is
	// DBRGS1CompositeLicenseInvalid.
	GS1CompositeLicenseInvalid Code = -30059
	// DotCodeLicenseInvalid (-30061, EC_DOTCODE_LICENSE_INVALID) is "The
	// DotCode license is invalid." Barcode Reader 7-9's is
	// DBRDotCodeLicenseInvalid.
	DotCodeLicenseInvalid Code = -30061
	// PharmacodeLicenseInvalid (-30062, EC_PHARMACODE_LICENSE_INVALID) is
	// "The Pharmacode license is invalid." Barcode Reader 7-9's is
	// DBRPharmacodeLicenseInvalid.
	PharmacodeLicenseInvalid Code = -30062
	// BarcodeReaderLicenseNotFound (-30063,
	// EC_BARCODE_READER_LICENSE_NOT_FOUND) is "[Barcode Reader] No license
	// found."
	BarcodeReaderLicenseNotFound Code = -30063
	// LabelRecognizerLicenseNotFound (-40103,
	// EC_LABEL_RECOGNIZER_LICENSE_NOT_FOUND) is "[Label Recognizer] No
	// license found."
	LabelRecognizerLicenseNotFound Code = -40103
	// DocumentNormalizerLicenseNotFound (-50058,
	// EC_DOCUMENT_NORMALIZER_LICENSE_NOT_FOUND) is "[Document Normalizer] No
	// license found."
	DocumentNormalizerLicenseNotFound Code = -50058
	// PanoramaLicenseInvalid (-70060, EC_PANORAMA_LICENSE_INVALID) is "The
	// panorama license is invalid." Barcode Reader 7-9's is
	// DBRPanoramaLicenseInvalid.
	PanoramaLicenseInvalid Code = -70060
	// ZADLLicenseInvalid (-90006, EC_ZA_DL_LICENSE_INVALID) is "The license
	// for parsing South Africa Driver License is invalid."
	ZADLLicenseInvalid Code = -90006
	// AAMVADLIDLicenseInvalid (-90007, EC_AAMVA_DL_ID_LICENSE_INVALID) is
	// "The license for parsing North America DL/ID is invalid."
	AAMVADLIDLicenseInvalid Code = -90007
	// AadhaarLicenseInvalid (-90008, EC_AADHAAR_LICENSE_INVALID) is "The
	// license for parsing Aadhaar is invalid."
	AadhaarLicenseInvalid Code = -90008
	// MRTDLicenseInvalid (-90009, EC_MRTD_LICENSE_INVALID) is "The license
	// for parsing Machine Readable Travel Documents is invalid."
	MRTDLicenseInvalid Code = -90009
	// VINLicenseInvalid (-90010, EC_VIN_LICENSE_INVALID) is "The license for
	// parsing Vehicle Identification Number is invalid."
	VINLicenseInvalid Code = -90010
	// CustomizedCodeTypeLicenseInvalid (-90011,
	// EC_CUSTOMIZED_CODE_TYPE_LICENSE_INVALID) is "The license for parsing
	// customized code type is invalid."
	CustomizedCodeTypeLicenseInvalid Code = -90011
	// CodeParserLicenseNotFound (-90012, EC_CODE_PARSER_LICENSE_NOT_FOUND) is
	// "[Code Parser] No license found."
	CodeParserLicenseNotFound Code = -90012
)

// Other products' own license codes, as their JavaScript exports them:
// Dynamic Web TWAIN's EnumDWT_LicenseErrorCode, and Document Viewer's
// license errors (LIC_*). Each constant's value is the product's number,
// and its name the product's and the vendor's constant's, in CamelCase; the
// doc comment quotes its text. Two of their numbers come with another
// code's text and read as that code (aliases). Their other numbers (a
// browser or an OS the key does not cover, a module's license) come with
// texts that say so: a service reads them with FromProductMessage, and the
// text decides.
const (
	// WebTWAINLicenseInvalid (-2325, EnumDWT_LicenseErrorCode.LicenseInvalid)
	// is "The current product key is empty or invalid." for a product key;
	// for a license server's license, Web TWAIN says "The license is
	// invalid.".
	WebTWAINLicenseInvalid Code = -2325
	// WebTWAINLicenseExpired (-2326, EnumDWT_LicenseErrorCode.LicenseExpired)
	// is "The Dynamic Web TWAIN license expired{}. Please contact the website
	// developer for further assistance.", {} the expiry date after " on ",
	// or nothing; and its wordings for a product key and for the document
	// scanning SDK.
	WebTWAINLicenseExpired Code = -2326
	// WebTWAINLicenseIsFuture (-2396, EnumDWT_LicenseErrorCode.LicenseIsFuture)
	// is "The current product key is invalid.": every date of the license is
	// still to come.
	WebTWAINLicenseIsFuture Code = -2396
	// WebTWAINLicenseVersionNotCurrent (-2539,
	// EnumDWT_LicenseErrorCode.LicenseVersionNotCurrent) is "The current
	// product key is not for version {}.", {} Web TWAIN's version.
	WebTWAINLicenseVersionNotCurrent Code = -2539
	// WebTWAINLicenseExpiredForDLS (-2808,
	// EnumDWT_LicenseErrorCode.LicenseExpiredForDLS) is "The license for v19
	// Service Core Module has expired." (19, the major version); Web TWAIN
	// also gives it with the license server's 111 and its text.
	WebTWAINLicenseExpiredForDLS Code = -2808
	// WebTWAINLicenseNoCoreForDLS (-2809,
	// EnumDWT_LicenseErrorCode.LicenseNoCoreForDLS) is "The license for v19
	// Service Core Module is not found."; Web TWAIN also gives it with the
	// license server's 106 or 108 and its text.
	WebTWAINLicenseNoCoreForDLS Code = -2809
	// WebTWAINLicenseNoCore (-2810, EnumDWT_LicenseErrorCode.LicenseNoCore) is
	// "The product key for the current operating system is missing the
	// Service Core license."
	WebTWAINLicenseNoCore Code = -2810
	// DocumentViewerLicenseInvalid (-80001, LIC_INVALID) is "License string
	// is invalid."; Document Viewer gives it also with the license client's
	// own failures (a server out of reach) and the server's 106 and 108,
	// each with its text.
	DocumentViewerLicenseInvalid Code = -80001
	// DocumentViewerLicenseExpired (-80002, LIC_EXPIRED) is "XXX module
	// license has expired." (XXX as written, or a module's name); also with
	// the license server's 111 and its text.
	DocumentViewerLicenseExpired Code = -80002
	// DocumentViewerLicenseMissModule (-80003, LIC_MISS_MODULE) is "XXX module
	// license is missing."
	DocumentViewerLicenseMissModule Code = -80003
	// DocumentViewerLicenseVersionNotMatched (-80004, LIC_VER_NOT_MATCHED) is
	// "XXX module license version does not match."
	DocumentViewerLicenseVersionNotMatched Code = -80004
	// DocumentViewerLicenseDomainNotMatched (-80005, LIC_DOMAIN_NOT_MATCHED)
	// is "Domain does not match the domain bound to the XXX module license."
	DocumentViewerLicenseDomainNotMatched Code = -80005
)

// aliases are the numbers of those lists that come with another code's
// text: each reads as that code, its Product the product's number.
var aliases = [...]struct {
	number  int
	meaning string
}{
	{-2546, "LicenseInvalid"}, // EnumDWT_LicenseErrorCode.LicenseParseFailed, "The license is invalid."
	{-80000, "NoLicense"},     // LIC_EMPTY, "No license."
}

// meanings is what the package knows an error is: one row for each code,
// named as its constant, with its class; one for each later row of a code
// that only its wording tells apart (the second rows of 100 and 111, the
// revised 105, which the server reused for another meaning), named as its
// sentinel; and one for each text of the browser client that comes without
// a number, which no number reads as. A code's rows follow it. Codes lists
// the codes in this order.
var meanings = [...]struct {
	code  Code // 0 for a text without a number
	name  string
	class Class
}{
	{ServiceRefused, "ServiceRefused", ClassUnavailable},
	{ServiceRefused, "UnderConstruction", ClassUnavailable},
	{HandshakeCodeNotFound, "HandshakeCodeNotFound", ClassHandshake},
	{SessionPasswordIncorrect, "SessionPasswordIncorrect", ClassHandshake},
	{HandshakeAppDomainMismatch, "HandshakeAppDomainMismatch", ClassHandshake},
	{NoItemMatched, "NoItemMatched", ClassMismatch},
	{LicenseItemNotFound, "LicenseItemNotFound", ClassLicense},
	{LicenseItemNotFound, "HandshakeIDNotCompliant", ClassHandshake},
	{ProductMismatch, "ProductMismatch", ClassMismatch},
	{VersionMismatch, "VersionMismatch", ClassMismatch},
	{DeploymentTypeMismatch, "DeploymentTypeMismatch", ClassMismatch},
	{EditionMismatch, "EditionMismatch", ClassMismatch},
	{LicenseExpired, "LicenseExpired", ClassLicense},
	{LicenseExpired, "IPLicenseExpired", ClassLicense},
	{LicenseNotYetEffective, "LicenseNotYetEffective", ClassLicense},
	{LicenseItemInvalid, "LicenseItemInvalid", ClassLicense},
	{LicenseItemAppDomainMismatch, "LicenseItemAppDomainMismatch", ClassMismatch},
	{LicenseItemChargeWayMismatch, "LicenseItemChargeWayMismatch", ClassMismatch},
	{LimitExceeded, "LimitExceeded", ClassQuota},
	{OrganizationNotFound, "OrganizationNotFound", ClassHandshake},
	{HandshakeOrganizationMismatch, "HandshakeOrganizationMismatch", ClassHandshake},
	{HandshakeOrOrganizationMissing, "HandshakeOrOrganizationMissing", ClassHandshake},
	{LicenseItemDependencyMissing, "LicenseItemDependencyMissing", ClassHandshake},
	{RequestQuotaExceeded, "RequestQuotaExceeded", ClassQuota},
	{ClonedDevice, "ClonedDevice", ClassSecurity},

	{LicenseInvalid, "LicenseInvalid", ClassLicense},
	{LicenseKeyExpired, "LicenseKeyExpired", ClassLicense},
	{DBRQRLicenseInvalid, "DBRQRLicenseInvalid", ClassLicense},
	{DBROneDLicenseInvalid, "DBROneDLicenseInvalid", ClassLicense},
	{DBRPDF417LicenseInvalid, "DBRPDF417LicenseInvalid", ClassLicense},
	{DBRDataMatrixLicenseInvalid, "DBRDataMatrixLicenseInvalid", ClassLicense},
	{DomainNotMatch, "DomainNotMatch", ClassMismatch},
	{ReservedInfoNotMatch, "ReservedInfoNotMatch", ClassMismatch},
	{DBRAztecLicenseInvalid, "DBRAztecLicenseInvalid", ClassLicense},
	{LicenseDLLMissing, "LicenseDLLMissing", ClassInstallation},
	{LicenseKeyNotMatch, "LicenseKeyNotMatch", ClassLicense},
	{LicenseRequestFailed, "LicenseRequestFailed", ClassUnavailable},
	{LicenseInitFailed, "LicenseInitFailed", ClassLicense},
	{DBRPatchcodeLicenseInvalid, "DBRPatchcodeLicenseInvalid", ClassLicense},
	{DBRPostalCodeLicenseInvalid, "DBRPostalCodeLicenseInvalid", ClassLicense},
	{DBRDPMLicenseInvalid, "DBRDPMLicenseInvalid", ClassLicense},
	{LicenseContentInvalid, "LicenseContentInvalid", ClassLicense},
	{LicenseKeyInvalid, "LicenseKeyInvalid", ClassLicense},
	{LicenseDeviceRunsOut, "LicenseDeviceRunsOut", ClassQuota},
	{IRTLicenseInvalid, "IRTLicenseInvalid", ClassLicense},
	{DBRMaxicodeLicenseInvalid, "DBRMaxicodeLicenseInvalid", ClassLicense},
	{DBRGS1DatabarLicenseInvalid, "DBRGS1DatabarLicenseInvalid", ClassLicense},
	{DBRGS1CompositeLicenseInvalid, "DBRGS1CompositeLicenseInvalid", ClassLicense},
	{DBRPanoramaLicenseInvalid, "DBRPanoramaLicenseInvalid", ClassLicense},
	{DBRDotCodeLicenseInvalid, "DBRDotCodeLicenseInvalid", ClassLicense},
	{DBRPharmacodeLicenseInvalid, "DBRPharmacodeLicenseInvalid", ClassLicense},
	{LicenseKeyPartlyInvalid, "LicenseKeyPartlyInvalid", ClassWarning},
	{PDFLicenseNotFound, "PDFLicenseNotFound", ClassLicense},
	{NoLicense, "NoLicense", ClassLicense},
	{HandshakeCodeInvalid, "HandshakeCodeInvalid", ClassHandshake},
	{LicenseBufferFailed, "LicenseBufferFailed", ClassInstallation},
	{LicenseSyncFailed, "LicenseSyncFailed", ClassUnavailable},
	{DeviceNotMatch, "DeviceNotMatch", ClassInstallation},
	{BindDeviceFailed, "BindDeviceFailed", ClassInstallation},
	{LicenseInterfaceConflict, "LicenseInterfaceConflict", ClassUsage},
	{LicenseClientDLLMissing, "LicenseClientDLLMissing", ClassInstallation},
	{InstanceCountOverLimit, "InstanceCountOverLimit", ClassQuota},
	{LicenseInitSequenceFailed, "LicenseInitSequenceFailed", ClassUsage},
	{TrialLicense, "TrialLicense", ClassWarning},
	{LicenseVersionNotMatch, "LicenseVersionNotMatch", ClassMismatch},
	{LicenseCacheUsed, "LicenseCacheUsed", ClassWarning},
	{LicenseAuthQuotaExceeded, "LicenseAuthQuotaExceeded", ClassQuota},
	{LicenseResultsLimitExceeded, "LicenseResultsLimitExceeded", ClassQuota},
	{FailedToReachDLS, "FailedToReachDLS", ClassUnavailable},
	{QRLicenseInvalid, "QRLicenseInvalid", ClassLicense},
	{OneDLicenseInvalid, "OneDLicenseInvalid", ClassLicense},
	{PDF417LicenseInvalid, "PDF417LicenseInvalid", ClassLicense},
	{DataMatrixLicenseInvalid, "DataMatrixLicenseInvalid", ClassLicense},
	{AztecLicenseInvalid, "AztecLicenseInvalid", ClassLicense},
	{PatchcodeLicenseInvalid, "PatchcodeLicenseInvalid", ClassLicense},
	{PostalCodeLicenseInvalid, "PostalCodeLicenseInvalid", ClassLicense},
	{DPMLicenseInvalid, "DPMLicenseInvalid", ClassLicense},
	{MaxicodeLicenseInvalid, "MaxicodeLicenseInvalid", ClassLicense},
	{GS1DatabarLicenseInvalid, "GS1DatabarLicenseInvalid", ClassLicense},
	{GS1CompositeLicenseInvalid, "GS1CompositeLicenseInvalid", ClassLicense},
	{DotCodeLicenseInvalid, "DotCodeLicenseInvalid", ClassLicense},
	{PharmacodeLicenseInvalid, "PharmacodeLicenseInvalid", ClassLicense},
	{BarcodeReaderLicenseNotFound, "BarcodeReaderLicenseNotFound", ClassLicense},
	{LabelRecognizerLicenseNotFound, "LabelRecognizerLicenseNotFound", ClassLicense},
	{DocumentNormalizerLicenseNotFound, "DocumentNormalizerLicenseNotFound", ClassLicense},
	{PanoramaLicenseInvalid, "PanoramaLicenseInvalid", ClassLicense},
	{ZADLLicenseInvalid, "ZADLLicenseInvalid", ClassLicense},
	{AAMVADLIDLicenseInvalid, "AAMVADLIDLicenseInvalid", ClassLicense},
	{AadhaarLicenseInvalid, "AadhaarLicenseInvalid", ClassLicense},
	{MRTDLicenseInvalid, "MRTDLicenseInvalid", ClassLicense},
	{VINLicenseInvalid, "VINLicenseInvalid", ClassLicense},
	{CustomizedCodeTypeLicenseInvalid, "CustomizedCodeTypeLicenseInvalid", ClassLicense},
	{CodeParserLicenseNotFound, "CodeParserLicenseNotFound", ClassLicense},

	{WebTWAINLicenseInvalid, "WebTWAINLicenseInvalid", ClassLicense},
	{WebTWAINLicenseExpired, "WebTWAINLicenseExpired", ClassLicense},
	{WebTWAINLicenseIsFuture, "WebTWAINLicenseIsFuture", ClassLicense},
	{WebTWAINLicenseVersionNotCurrent, "WebTWAINLicenseVersionNotCurrent", ClassMismatch},
	{WebTWAINLicenseExpiredForDLS, "WebTWAINLicenseExpiredForDLS", ClassLicense},
	{WebTWAINLicenseNoCoreForDLS, "WebTWAINLicenseNoCoreForDLS", ClassLicense},
	{WebTWAINLicenseNoCore, "WebTWAINLicenseNoCore", ClassLicense},
	{DocumentViewerLicenseInvalid, "DocumentViewerLicenseInvalid", ClassLicense},
	{DocumentViewerLicenseExpired, "DocumentViewerLicenseExpired", ClassLicense},
	{DocumentViewerLicenseMissModule, "DocumentViewerLicenseMissModule", ClassLicense},
	{DocumentViewerLicenseVersionNotMatched, "DocumentViewerLicenseVersionNotMatched", ClassMismatch},
	{DocumentViewerLicenseDomainNotMatched, "DocumentViewerLicenseDomainNotMatched", ClassMismatch},

	{0, "LicenseMismatch", ClassMismatch},
	{0, "SystemClockChanged", ClassInstallation},
	{0, "BrowserUnsupported", ClassInstallation},
	{0, "HTTPSRequired", ClassUsage},
	{0, "EnhancedFeaturesLicenseNotFound", ClassWarning},
	{0, "PlatformNotLicensed", ClassMismatch},
	{0, "ModuleNotLicensed", ClassLicense},
}

// The sentinels. ErrX matches, through [errors.Is], every error whose code
// is X, whatever its wording or row and however deeply it is wrapped; a
// later row's sentinel, and a text's without a number, only that meaning.
// Each is a [Error] declared as error, as the standard library declares its
// sentinels; its text is the canonical message in the comment after it. The
// lookups return them for known codes and texts without allocating.
var (
	ErrServiceRefused = sentinel("ServiceRefused") // "The standby DLS refuses to provide service while the main DLS is working."
	// ErrUnderConstruction matches only code 100's second row, "DLS refuses to
	// provide service while under construction." and its other wordings. A
	// bare code 100 cannot tell the rows apart: FromOriginal(100) is
	// ErrServiceRefused and does not match it.
	ErrUnderConstruction          = sentinel("UnderConstruction")          // "DLS refuses to provide service while under construction."
	ErrHandshakeCodeNotFound      = sentinel("HandshakeCodeNotFound")      // "The handshake code you are using does not exist on the Dynamsoft License Server."
	ErrSessionPasswordIncorrect   = sentinel("SessionPasswordIncorrect")   // "Session password is incorrect."
	ErrHandshakeAppDomainMismatch = sentinel("HandshakeAppDomainMismatch") // "AppDomain for handshake is not matched."
	ErrNoItemMatched              = sentinel("NoItemMatched")              // "No item matched. Please check your handshake and client settings."
	ErrLicenseItemNotFound        = sentinel("LicenseItemNotFound")        // "License item does not exist."
	// ErrHandshakeIDNotCompliant matches only the revised list's 105,
	// "Provided handShakeId is not compliant with version 1.5.", a meaning
	// unrelated to the first 105's that only its wording reveals. Its class
	// is ClassHandshake: the fix is in the client's handshake settings.
	ErrHandshakeIDNotCompliant = sentinel("HandshakeIDNotCompliant") // "Provided handShakeId is not compliant with version 1.5."
	ErrProductMismatch         = sentinel("ProductMismatch")         // "Product is not matched."
	ErrVersionMismatch         = sentinel("VersionMismatch")         // "Version mismatch."
	ErrDeploymentTypeMismatch  = sentinel("DeploymentTypeMismatch")  // "DeploymentType is not matched."
	ErrEditionMismatch         = sentinel("EditionMismatch")         // "Edition is not matched."
	ErrLicenseExpired          = sentinel("LicenseExpired")          // "License has expired."
	// ErrIPLicenseExpired matches only code 111's second row, "License for
	// this ip has expired." and its revised wording.
	ErrIPLicenseExpired       = sentinel("IPLicenseExpired")       // "License for this ip has expired."
	ErrLicenseNotYetEffective = sentinel("LicenseNotYetEffective") // "License has not yet taken effect."
	// ErrLicenseItemInvalid matches every error of code 113, whatever license
	// item id the server filled in (see [Error.LicenseItem]).
	ErrLicenseItemInvalid             = sentinel("LicenseItemInvalid")             // `This license item "+item.getLicenseItemId()+" has been invalid.`
	ErrLicenseItemAppDomainMismatch   = sentinel("LicenseItemAppDomainMismatch")   // "AppDomain for licenseItem is not matched."
	ErrLicenseItemChargeWayMismatch   = sentinel("LicenseItemChargeWayMismatch")   // "ChargeWay for licenseItem is not matched."
	ErrLimitExceeded                  = sentinel("LimitExceeded")                  // "License has exceeded its limit."
	ErrOrganizationNotFound           = sentinel("OrganizationNotFound")           // "Organization ID does not exist or lacks a configured default handshake."
	ErrHandshakeOrganizationMismatch  = sentinel("HandshakeOrganizationMismatch")  // "Handshake Code and Organization ID mismatch."
	ErrHandshakeOrOrganizationMissing = sentinel("HandshakeOrOrganizationMissing") // "No specified handshake or organization."
	ErrLicenseItemDependencyMissing   = sentinel("LicenseItemDependencyMissing")   // "Missing licenseItem dependency in handshake."
	ErrRequestQuotaExceeded           = sentinel("RequestQuotaExceeded")           // "License quota exceeded by request count."
	ErrClonedDevice                   = sentinel("ClonedDevice")                   // "Cloned device detected."

	ErrLicenseInvalid                    = sentinel("LicenseInvalid")                    // "The license is invalid."
	ErrLicenseKeyExpired                 = sentinel("LicenseKeyExpired")                 // "The license has expired."
	ErrDBRQRLicenseInvalid               = sentinel("DBRQRLicenseInvalid")               // "The license for the QR Code module is invalid."
	ErrDBROneDLicenseInvalid             = sentinel("DBROneDLicenseInvalid")             // "The license for the 1D Barcode module is invalid."
	ErrDBRPDF417LicenseInvalid           = sentinel("DBRPDF417LicenseInvalid")           // "The license for the PDF417 module is invalid."
	ErrDBRDataMatrixLicenseInvalid       = sentinel("DBRDataMatrixLicenseInvalid")       // "The license for the DATAMATRIX module is invalid."
	ErrDomainNotMatch                    = sentinel("DomainNotMatch")                    // "The domain of your current site does not match the domain bound in the current product key."
	ErrReservedInfoNotMatch              = sentinel("ReservedInfoNotMatch")              // "The reserved info does not match the reserved info bound in the current product key."
	ErrDBRAztecLicenseInvalid            = sentinel("DBRAztecLicenseInvalid")            // "The license for the AZTEC module is invalid."
	ErrLicenseDLLMissing                 = sentinel("LicenseDLLMissing")                 // "The License DLL is missing."
	ErrLicenseKeyNotMatch                = sentinel("LicenseKeyNotMatch")                // "The license key does not match the license content."
	ErrLicenseRequestFailed              = sentinel("LicenseRequestFailed")              // "Failed to request the license content."
	ErrLicenseInitFailed                 = sentinel("LicenseInitFailed")                 // "Failed to init the license."
	ErrDBRPatchcodeLicenseInvalid        = sentinel("DBRPatchcodeLicenseInvalid")        // "The license for the Patchcode module is invalid."
	ErrDBRPostalCodeLicenseInvalid       = sentinel("DBRPostalCodeLicenseInvalid")       // "The license for the Postal code module is invalid."
	ErrDBRDPMLicenseInvalid              = sentinel("DBRDPMLicenseInvalid")              // "The license for the DPM module is invalid."
	ErrLicenseContentInvalid             = sentinel("LicenseContentInvalid")             // "The license content is invalid."
	ErrLicenseKeyInvalid                 = sentinel("LicenseKeyInvalid")                 // "The license key is invalid."
	ErrLicenseDeviceRunsOut              = sentinel("LicenseDeviceRunsOut")              // "The license key has no remaining quota."
	ErrIRTLicenseInvalid                 = sentinel("IRTLicenseInvalid")                 // "The Intermediate Result Types license is invalid."
	ErrDBRMaxicodeLicenseInvalid         = sentinel("DBRMaxicodeLicenseInvalid")         // "The license for the Maxicode module is invalid."
	ErrDBRGS1DatabarLicenseInvalid       = sentinel("DBRGS1DatabarLicenseInvalid")       // "The license for the GS1 Databar module is invalid."
	ErrDBRGS1CompositeLicenseInvalid     = sentinel("DBRGS1CompositeLicenseInvalid")     // "The license for the GS1 Composite code module is invalid."
	ErrDBRPanoramaLicenseInvalid         = sentinel("DBRPanoramaLicenseInvalid")         // "The license for the panorama module is invalid."
	ErrDBRDotCodeLicenseInvalid          = sentinel("DBRDotCodeLicenseInvalid")          // "The license for the DotCode module is invalid."
	ErrDBRPharmacodeLicenseInvalid       = sentinel("DBRPharmacodeLicenseInvalid")       // "The license for the PharmaCode module is invalid."
	ErrLicenseKeyPartlyInvalid           = sentinel("LicenseKeyPartlyInvalid")           // "The license is initialized successfully but detected invalid content in your key."
	ErrPDFLicenseNotFound                = sentinel("PDFLicenseNotFound")                // "[PDF] No license found."
	ErrNoLicense                         = sentinel("NoLicense")                         // "No license."
	ErrHandshakeCodeInvalid              = sentinel("HandshakeCodeInvalid")              // "The handshake code is invalid."
	ErrLicenseBufferFailed               = sentinel("LicenseBufferFailed")               // "Failed to read or write license buffer."
	ErrLicenseSyncFailed                 = sentinel("LicenseSyncFailed")                 // "Failed to synchronize license info with license server."
	ErrDeviceNotMatch                    = sentinel("DeviceNotMatch")                    // "Device does not match with buffer."
	ErrBindDeviceFailed                  = sentinel("BindDeviceFailed")                  // "Failed to bind device."
	ErrLicenseInterfaceConflict          = sentinel("LicenseInterfaceConflict")          // "Interface InitLicenseFromDLS can not be used together with other license initiation interfaces."
	ErrLicenseClientDLLMissing           = sentinel("LicenseClientDLLMissing")           // "License Client dll is missing."
	ErrInstanceCountOverLimit            = sentinel("InstanceCountOverLimit")            // "Instance count is over limit."
	ErrLicenseInitSequenceFailed         = sentinel("LicenseInitSequenceFailed")         // "Interface InitLicense has to be called before creating any SDK objects."
	ErrTrialLicense                      = sentinel("TrialLicense")                      // "Trial License."
	ErrLicenseVersionNotMatch            = sentinel("LicenseVersionNotMatch")            // "The license is not valid for the current version."
	ErrLicenseCacheUsed                  = sentinel("LicenseCacheUsed")                  // "Online license validation failed due to network issues.Using cached license information for validation."
	ErrLicenseAuthQuotaExceeded          = sentinel("LicenseAuthQuotaExceeded")          // "License authentication failed: quota exceeded."
	ErrLicenseResultsLimitExceeded       = sentinel("LicenseResultsLimitExceeded")       // "License restriction: the number of results has exceeded the allowed limit."
	ErrFailedToReachDLS                  = sentinel("FailedToReachDLS")                  // "Failed to reach License Server."
	ErrQRLicenseInvalid                  = sentinel("QRLicenseInvalid")                  // "The QR Code license is invalid."
	ErrOneDLicenseInvalid                = sentinel("OneDLicenseInvalid")                // "The 1D Barcode license is invalid."
	ErrPDF417LicenseInvalid              = sentinel("PDF417LicenseInvalid")              // "The PDF417 license is invalid."
	ErrDataMatrixLicenseInvalid          = sentinel("DataMatrixLicenseInvalid")          // "The DATAMATRIX license is invalid."
	ErrAztecLicenseInvalid               = sentinel("AztecLicenseInvalid")               // "The AZTEC license is invalid."
	ErrPatchcodeLicenseInvalid           = sentinel("PatchcodeLicenseInvalid")           // "The Patchcode license is invalid."
	ErrPostalCodeLicenseInvalid          = sentinel("PostalCodeLicenseInvalid")          // "The Postal code license is invalid."
	ErrDPMLicenseInvalid                 = sentinel("DPMLicenseInvalid")                 // "The DPM license is invalid."
	ErrMaxicodeLicenseInvalid            = sentinel("MaxicodeLicenseInvalid")            // "The Maxicode license is invalid."
	ErrGS1DatabarLicenseInvalid          = sentinel("GS1DatabarLicenseInvalid")          // "The GS1 Databar license is invalid."
	ErrGS1CompositeLicenseInvalid        = sentinel("GS1CompositeLicenseInvalid")        // "The GS1 Composite code license is invalid."
	ErrDotCodeLicenseInvalid             = sentinel("DotCodeLicenseInvalid")             // "The DotCode license is invalid."
	ErrPharmacodeLicenseInvalid          = sentinel("PharmacodeLicenseInvalid")          // "The Pharmacode license is invalid."
	ErrBarcodeReaderLicenseNotFound      = sentinel("BarcodeReaderLicenseNotFound")      // "[Barcode Reader] No license found."
	ErrLabelRecognizerLicenseNotFound    = sentinel("LabelRecognizerLicenseNotFound")    // "[Label Recognizer] No license found."
	ErrDocumentNormalizerLicenseNotFound = sentinel("DocumentNormalizerLicenseNotFound") // "[Document Normalizer] No license found."
	ErrPanoramaLicenseInvalid            = sentinel("PanoramaLicenseInvalid")            // "The panorama license is invalid."
	ErrZADLLicenseInvalid                = sentinel("ZADLLicenseInvalid")                // "The license for parsing South Africa Driver License is invalid."
	ErrAAMVADLIDLicenseInvalid           = sentinel("AAMVADLIDLicenseInvalid")           // "The license for parsing North America DL/ID is invalid."
	ErrAadhaarLicenseInvalid             = sentinel("AadhaarLicenseInvalid")             // "The license for parsing Aadhaar is invalid."
	ErrMRTDLicenseInvalid                = sentinel("MRTDLicenseInvalid")                // "The license for parsing Machine Readable Travel Documents is invalid."
	ErrVINLicenseInvalid                 = sentinel("VINLicenseInvalid")                 // "The license for parsing Vehicle Identification Number is invalid."
	ErrCustomizedCodeTypeLicenseInvalid  = sentinel("CustomizedCodeTypeLicenseInvalid")  // "The license for parsing customized code type is invalid."
	ErrCodeParserLicenseNotFound         = sentinel("CodeParserLicenseNotFound")         // "[Code Parser] No license found."

	ErrWebTWAINLicenseInvalid                 = sentinel("WebTWAINLicenseInvalid")                 // "The current product key is empty or invalid."
	ErrWebTWAINLicenseExpired                 = sentinel("WebTWAINLicenseExpired")                 // "The Dynamic Web TWAIN license expired{}. Please contact the website developer for further assistance."
	ErrWebTWAINLicenseIsFuture                = sentinel("WebTWAINLicenseIsFuture")                // "The current product key is invalid."
	ErrWebTWAINLicenseVersionNotCurrent       = sentinel("WebTWAINLicenseVersionNotCurrent")       // "The current product key is not for version {}."
	ErrWebTWAINLicenseExpiredForDLS           = sentinel("WebTWAINLicenseExpiredForDLS")           // "The license for v19 Service Core Module has expired."
	ErrWebTWAINLicenseNoCoreForDLS            = sentinel("WebTWAINLicenseNoCoreForDLS")            // "The license for v19 Service Core Module is not found."
	ErrWebTWAINLicenseNoCore                  = sentinel("WebTWAINLicenseNoCore")                  // "The product key for the current operating system is missing the Service Core license."
	ErrDocumentViewerLicenseInvalid           = sentinel("DocumentViewerLicenseInvalid")           // "License string is invalid."
	ErrDocumentViewerLicenseExpired           = sentinel("DocumentViewerLicenseExpired")           // "XXX module license has expired."
	ErrDocumentViewerLicenseMissModule        = sentinel("DocumentViewerLicenseMissModule")        // "XXX module license is missing."
	ErrDocumentViewerLicenseVersionNotMatched = sentinel("DocumentViewerLicenseVersionNotMatched") // "XXX module license version does not match."
	ErrDocumentViewerLicenseDomainNotMatched  = sentinel("DocumentViewerLicenseDomainNotMatched")  // "Domain does not match the domain bound to the XXX module license."

	// ErrLicenseMismatch and the four after it match texts of the browser
	// client that come without a number: no number reads as them, and their
	// errors' Code is 0. ErrLicenseMismatch is "License mismatch: " and what
	// did not match.
	ErrLicenseMismatch                 = sentinel("LicenseMismatch")                 // "License mismatch:"
	ErrSystemClockChanged              = sentinel("SystemClockChanged")              // "Your system date and time appear to have been changed, causing the license to fail. Please correct the system date and time, then try again."
	ErrBrowserUnsupported              = sentinel("BrowserUnsupported")              // "Please upgrade your browser to support online key."
	ErrHTTPSRequired                   = sentinel("HTTPSRequired")                   // "Require https to use online key in this browser."
	ErrEnhancedFeaturesLicenseNotFound = sentinel("EnhancedFeaturesLicenseNotFound") // "Warning: The license required for Enhanced Features was not found."
	// ErrPlatformNotLicensed and ErrModuleNotLicensed match the texts in
	// which a product key or a license says it does not cover this
	// platform (a browser, an operating system, a deployment) or a module
	// (OCR, a webcam, the PDF rasterizer, ...): Web TWAIN and Document Viewer
	// give them numbers of their own, or none.
	ErrPlatformNotLicensed = sentinel("PlatformNotLicensed") // "The current product key does not support Android OS, please contact the site administrator."
	ErrModuleNotLicensed   = sentinel("ModuleNotLicensed")   // "Please set a license containing the DCE module."

	// ErrUnknown matches every error that the package cannot read at all: a
	// number no table has, with no message or one it does not read; -10058
	// to -10062 without the text that tells which SDK's they are; a message
	// alone that no table has. It never matches an error that matches
	// [ErrNotLicense] or another sentinel.
	ErrUnknown error = Error{&unknown}
	// ErrNotLicense matches every error that the SDKs' own error tables say
	// is not about the license: a bad file or image, a wrong parameter or
	// template, no memory, a timeout (the numbers of notLicense, measured).
	// Handle them as the SDK's own errors. [ClassOf] gives ClassNotLicense.
	ErrNotLicense error = Error{&notLicenseErr}
)

// wordings is every license text ever published or returned, one row each,
// with the meaning it is (a name of meanings) and its sources. A meaning's
// first text is the one its sentinel carries.
var wordings = [...]struct {
	meaning string
	src     uint32
	msg     string
}{
	{"ServiceRefused", srcDLS, "The standby DLS refuses to provide service while the main DLS is working."},
	{"ServiceRefused", srcLTS, "The standby LTS refuses to provide service while the main LTS is working."},
	{"ServiceRefused", srcRevised, "Service unavailable from standby DLS while primary DLS is operational."},
	{"UnderConstruction", srcDLS, "DLS refuses to provide service while under construction."},
	{"UnderConstruction", srcLTS, "LTS refuses to provide service while under construction."},
	{"UnderConstruction", srcRevised, "DLS cannot provide service during construction phase."},
	{"HandshakeCodeNotFound", srcDLS, "The handshake code you are using does not exist on the Dynamsoft License Server."},
	{"HandshakeCodeNotFound", srcLTS, "The handshake code you are using does not exist on the License Tracking Server."},
	{"HandshakeCodeNotFound", srcRevised, "Non-existent handshake code on Dynamsoft License Server."},
	{"SessionPasswordIncorrect", srcLTS | srcDLS, "Session password is incorrect."},
	{"SessionPasswordIncorrect", srcRevised, "Incorrect session password."},
	{"HandshakeAppDomainMismatch", srcLTS | srcDLS, "AppDomain for handshake is not matched."},
	{"HandshakeAppDomainMismatch", srcRevised, "Mismatch in AppDomain for handshake."},
	{"NoItemMatched", srcLTS | srcDLS, "No item matched. Please check your handshake and client settings."},
	{"NoItemMatched", srcRevised, "No matched license found. Verify handshake and client settings."},
	{"LicenseItemNotFound", srcLTS | srcDLS, "License item does not exist."},
	{"HandshakeIDNotCompliant", srcRevised, "Provided handShakeId is not compliant with version 1.5."},
	{"ProductMismatch", srcLTS | srcDLS, "Product is not matched."},
	{"ProductMismatch", srcRevised, "Product mismatch detected."},
	{"VersionMismatch", srcLTS | srcDLS, "Version mismatch."},
	{"VersionMismatch", srcRevised, "Incompatible version."},
	{"DeploymentTypeMismatch", srcLTS | srcDLS, "DeploymentType is not matched."},
	{"DeploymentTypeMismatch", srcRevised, "License unsuitable for the current context."}, // until 2025-02-26
	{"DeploymentTypeMismatch", srcRevised, "Deployment type mismatch identified."},        // since 2025-02-26
	{"EditionMismatch", srcLTS | srcDLS, "Edition is not matched."},
	{"EditionMismatch", srcRevised, "Edition mismatch identified."},
	{"LicenseExpired", srcLTS | srcDLS, "License has expired."},
	{"LicenseExpired", srcRevised, "License expired."},
	{"IPLicenseExpired", srcLTS | srcDLS, "License for this ip has expired."},
	{"IPLicenseExpired", srcRevised, "License expired for this IP address."},
	{"LicenseNotYetEffective", srcLTS | srcDLS, "License has not yet taken effect."},
	{"LicenseNotYetEffective", srcRevised, "License not yet effective."},
	{"LicenseItemInvalid", srcLTS | srcDLS, `This license item "+item.getLicenseItemId()+" has been invalid.`},
	{"LicenseItemInvalid", srcRevised, "License item invalid or revoked."},
	{"LicenseItemAppDomainMismatch", srcLTS | srcDLS, "AppDomain for licenseItem is not matched."},
	{"LicenseItemAppDomainMismatch", srcRevised, "License validation field mismatch with configuration."},
	{"LicenseItemChargeWayMismatch", srcLTS | srcDLS, "ChargeWay for licenseItem is not matched."},
	{"LicenseItemChargeWayMismatch", srcRevised, "Incompatible ChargeWay for licenseItem."},
	{"LimitExceeded", srcLTS | srcDLS, "License has exceeded its limit."},
	{"LimitExceeded", srcRevised, "License usage exceeded its limit."},
	{"OrganizationNotFound", srcRevised, "Organization ID does not exist or lacks a configured default handshake."},
	{"HandshakeOrganizationMismatch", srcRevised, "Handshake Code and Organization ID mismatch."},
	{"HandshakeOrOrganizationMissing", srcRevised, "No specified handshake or organization."},
	{"LicenseItemDependencyMissing", srcRevised, "Missing licenseItem dependency in handshake."},
	{"RequestQuotaExceeded", srcRevised, "License quota exceeded by request count."},
	{"ClonedDevice", srcLTS | srcDLS, "Cloned device detected."},
	{"ClonedDevice", srcRevised, "Unauthorized device clone detected."},

	{"LicenseInvalid", srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS | srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDV | srcDWT | srcDWTService, "The license is invalid."},
	{"LicenseKeyExpired", srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS | srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDV | srcDWTService, "The license has expired."},
	{"DBRQRLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the QR Code module is invalid."},
	{"DBROneDLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the 1D Barcode module is invalid."},
	{"DBRPDF417LicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the PDF417 module is invalid."},
	{"DBRDataMatrixLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the DATAMATRIX module is invalid."},
	{"DomainNotMatch", srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS | srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDWT | srcDWTService, "The domain of your current site does not match the domain bound in the current product key."},
	{"ReservedInfoNotMatch", srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS | srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDWTService, "The reserved info does not match the reserved info bound in the current product key."},
	{"DBRAztecLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the AZTEC module is invalid."},
	{"LicenseDLLMissing", srcDBR9 | srcDocs | srcDocsLTS | srcJS9 | srcDWTService, "The License DLL is missing."},
	{"LicenseKeyNotMatch", srcDCV3 | srcDocs | srcDocsLTS | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The license key does not match the license content."},
	{"LicenseKeyNotMatch", srcDBR9 | srcJS9 | srcDWTService, "The license key does not match the license file."},
	{"LicenseRequestFailed", srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS | srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDWTService, "Failed to request the license content."},
	{"LicenseInitFailed", srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS | srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDWTService, "Failed to init the license."},
	{"DBRPatchcodeLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the Patchcode module is invalid."},
	{"DBRPostalCodeLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the Postal code module is invalid."},
	{"DBRDPMLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the DPM module is invalid."},
	{"LicenseContentInvalid", srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS | srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDWTService, "The license content is invalid."},
	{"LicenseKeyInvalid", srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS | srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDWTService, "The license key is invalid."},
	{"LicenseDeviceRunsOut", srcDCV3 | srcDocs | srcDocsLTS | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The license key has no remaining quota."},
	{"LicenseDeviceRunsOut", srcDBR9 | srcDocsLTS | srcJS9 | srcDWTService, "The device number in the license key runs out."},
	{"IRTLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The Intermediate Result Types license is invalid."},
	{"IRTLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the Intermediate Result module is invalid."},
	{"DBRMaxicodeLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the Maxicode module is invalid."},
	{"DBRGS1DatabarLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the GS1 Databar module is invalid."},
	{"DBRGS1CompositeLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the GS1 Composite code module is invalid."},
	{"DBRPanoramaLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the panorama module is invalid."},
	{"DBRDotCodeLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the DotCode module is invalid."},
	{"DBRPharmacodeLicenseInvalid", srcDBR9 | srcJS9 | srcDWTService, "The license for the PharmaCode module is invalid."},
	{"LicenseKeyPartlyInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The license is initialized successfully but detected invalid content in your key."},
	{"PDFLicenseNotFound", srcDCV3 | srcJS11 | srcCV3 | srcDWTService, "[PDF] No license found."},
	{"NoLicense", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDDV | srcDWTService, "No license."},
	{"NoLicense", srcDBR9 | srcDocs | srcDocsLTS | srcJS9 | srcDWTService, "No license specified."},
	{"HandshakeCodeInvalid", srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS | srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDWTService, "The handshake code is invalid."},
	{"LicenseBufferFailed", srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS | srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDWTService, "Failed to read or write license buffer."},
	{"LicenseSyncFailed", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "Failed to synchronize license info with license server."},
	{"LicenseSyncFailed", srcDBR9 | srcJS9 | srcDWTService, "Failed to synchronize license info with the License Server."},
	{"LicenseSyncFailed", srcDocs, "Failed to synchronize license info with License Server."},
	{"LicenseSyncFailed", srcDocsLTS, "Failed to synchronize license info with license tracking server."},
	{"DeviceNotMatch", srcDCV3, "Device does not match with buffer."},
	{"DeviceNotMatch", srcDBR9 | srcDBR10, "Device dose not match with buffer."},
	{"DeviceNotMatch", srcDocs | srcDocsLTS, "Device does not match with license buffer."},
	{"BindDeviceFailed", srcDCV3 | srcDocs | srcDocsLTS, "Failed to bind device."},
	{"BindDeviceFailed", srcDBR9 | srcJS9 | srcDWTService, "Failed to bind the device to the license."},
	{"LicenseInterfaceConflict", srcDBR9 | srcDocs | srcJS9 | srcDWTService, "Interface InitLicenseFromDLS can not be used together with other license initiation interfaces."},
	{"LicenseInterfaceConflict", srcDocsLTS, "Interface InitLicenseFromLTS can not be used together with other license initiation interfaces."},
	{"LicenseClientDLLMissing", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "License Client dll is missing."},
	{"LicenseClientDLLMissing", srcDBR9 | srcJS9 | srcDWTService, "The license client DLL is missing."},
	{"LicenseClientDLLMissing", srcDocs | srcDocsLTS, "The license client dll is missing."},
	{"InstanceCountOverLimit", srcDCV3, "Instance count is over limit."},
	{"InstanceCountOverLimit", srcDBR9 | srcDocs | srcDocsLTS, "The number of instances used has exceeded the limit."},
	{"InstanceCountOverLimit", srcDBR10, "Instance count is over limited."},
	{"InstanceCountOverLimit", srcDocsLTS, "The instance count is over limited."},
	{"LicenseInitSequenceFailed", srcDCV3 | srcDBR9 | srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDWTService, "Interface InitLicense has to be called before creating any SDK objects."},
	{"LicenseInitSequenceFailed", srcDocs, "Interface InitLicenseFromDLS has to be called before creating any SDK objects."},
	{"LicenseInitSequenceFailed", srcDocsLTS, "Interface InitLicenseFromLTS has to be called before creating any SDK objects."},
	{"TrialLicense", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "Trial License."},
	{"TrialLicense", srcDBR9 | srcDocs | srcDocsLTS | srcJS9 | srcDWTService, "Using a trial license."},
	{"LicenseVersionNotMatch", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The license is not valid for the current version."},
	{"LicenseVersionNotMatch", srcDBR10, "The license is not valid for current version."},
	{"LicenseCacheUsed", srcDCV3 | srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDWTService, "Online license validation failed due to network issues.Using cached license information for validation."},
	{"LicenseCacheUsed", srcDocs, "Online license validation failed due to network issues. Using cached license information for validation."},
	{"LicenseAuthQuotaExceeded", srcDCV3 | srcJS11 | srcCV3 | srcDWTService, "License authentication failed: quota exceeded."},
	{"LicenseResultsLimitExceeded", srcDCV3 | srcJS11 | srcCV3 | srcDWTService, "License restriction: the number of results has exceeded the allowed limit."},
	{"FailedToReachDLS", srcDCV3 | srcDocs | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "Failed to reach License Server."},
	{"FailedToReachDLS", srcDBR9 | srcJS9 | srcDWTService, "Cannot connect to the License Server."},
	{"QRLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The QR Code license is invalid."},
	{"OneDLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The 1D Barcode license is invalid."},
	{"PDF417LicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The PDF417 license is invalid."},
	{"DataMatrixLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The DATAMATRIX license is invalid."},
	{"AztecLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The AZTEC license is invalid."},
	{"PatchcodeLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The Patchcode license is invalid."},
	{"PostalCodeLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The Postal code license is invalid."},
	{"DPMLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The DPM license is invalid."},
	{"MaxicodeLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The Maxicode license is invalid."},
	{"GS1DatabarLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The GS1 Databar license is invalid."},
	{"GS1CompositeLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The GS1 Composite code license is invalid."},
	{"DotCodeLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The DotCode license is invalid."},
	{"PharmacodeLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The Pharmacode license is invalid."},
	{"BarcodeReaderLicenseNotFound", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "[Barcode Reader] No license found."},
	{"LabelRecognizerLicenseNotFound", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "[Label Recognizer] No license found."},
	{"DocumentNormalizerLicenseNotFound", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "[Document Normalizer] No license found."},
	{"PanoramaLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The panorama license is invalid."},
	{"ZADLLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The license for parsing South Africa Driver License is invalid."},
	{"AAMVADLIDLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The license for parsing North America DL/ID is invalid."},
	{"AadhaarLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The license for parsing Aadhaar is invalid."},
	{"MRTDLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The license for parsing Machine Readable Travel Documents is invalid."},
	{"VINLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The license for parsing Vehicle Identification Number is invalid."},
	{"CustomizedCodeTypeLicenseInvalid", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The license for parsing customized code type is invalid."},
	{"CodeParserLicenseNotFound", srcDCV3 | srcJS11 | srcJS10 | srcCV3 | srcDWTService, "[Code Parser] No license found."},

	// The browser client's texts, which come without a number (sdk-web.md
	// §1): where a native SDK returns a code in the same situation, that code.
	{"FailedToReachDLS", srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDV | srcDWT, "Failed to connect to the Dynamsoft License Server: network connection error. Check your Internet connection or contact the site administrator for more information."},                             // measured: closed ports, 503
	{"FailedToReachDLS", srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDV | srcDWT, "Failed to connect to the Dynamsoft License Server: network connection error. Check your Internet connection or contact Dynamsoft Support (support@dynamsoft.com) to acquire an offline license."}, // measured, a trial key
	{"FailedToReachDLS", srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDV | srcDWT, "Failed to connect to the Dynamsoft License Server: network timed out. Check your Internet connection or contact the site administrator for more information."},                                    // measured: no answer in 15 s
	{"FailedToReachDLS", srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDV | srcDWT, "Failed to connect to the Dynamsoft License Server: network timed out. Check your Internet connection or contact Dynamsoft Support (support@dynamsoft.com) to acquire an offline license."},        // measured, a trial key
	{"FailedToReachDLS", srcJS11 | srcJS9 | srcJS10 | srcCV3, "Failed to connect to the Dynamsoft License Server: The cached license has expired. Please get connected to the network as soon as possible or contact the site administrator for more information."},
	{"LicenseKeyInvalid", srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDV | srcDDS | srcDWT, "Format Error: The license string you specified is invalid, please check to make sure it is correct."}, // measured: a malformed key, which native Capture Vision answers with -10053
	{"LicenseKeyExpired", srcJS11 | srcJS9 | srcJS10 | srcCV3, "The DLS2 Offline license has expired. Please contact the site administrator for more information."},
	{"LicenseKeyExpired", srcJS11 | srcJS10 | srcCV3 | srcDWTService, "The trial period expired. Please extend the trial or purchase a full license to continue;"}, // wasm, ";" and all
	{"LicenseBufferFailed", srcJS11 | srcJS9 | srcJS10 | srcCV3, "Failed to open indexedDB: Timeout."},                                                             // the browser's license cache
	{"LicenseContentInvalid", srcJS11 | srcCV3, "Json value for CodeTypeLicenseModule is invalid."},                                                                // wasm
	{"LicenseContentInvalid", srcJS11 | srcCV3, "CodeTypeLicenseModule number is out of limit."},                                                                   // wasm
	{"DomainNotMatch", srcJS11 | srcJS9 | srcJS10 | srcCV3, "Domain not matched."},                                                                                 // wasm, beside -10039's text
	{"TrialLicense", srcJS11, "Applying for a public trial license ..."},                                                                                           // measured: console.warn, no key
	{"TrialLicense", srcJS9 | srcDWTService, "Using a public trial license."},                                                                                      // wasm, beside -20010's text
	{"TrialLicense", srcJS9 | srcDWTService, "Using a private trial license."},                                                                                     // wasm, beside -20010's text
	{"LicenseMismatch", srcJS11, "License mismatch:"}, // a prefix: see templates
	{"SystemClockChanged", srcJS11 | srcJS10 | srcCV3 | srcDWT, "Your system date and time appear to have been changed, causing the license to fail. Please correct the system date and time, then try again."},
	{"SystemClockChanged", srcJS9 | srcDDV, "Your system date and time appear to have been changed, causing the license to fail. Please correct the system data and time and try again."},
	{"BrowserUnsupported", srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDV | srcDDS, "Please upgrade your browser to support online key."},
	{"HTTPSRequired", srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDV | srcDDS, "Require https to use online key in this browser."},
	{"EnhancedFeaturesLicenseNotFound", srcJS11, "Warning: The license required for Enhanced Features was not found."},

	// The other web products' texts (testdata/webtexts' texts.golden). A text
	// with {} is a template: each {} is a part that the product fills in.
	{"EditionMismatch", srcDDV | srcDWTService, "The current product key is not for full version, please contact the site administrator."},
	{"EditionMismatch", srcDDV | srcDWTService, "The current product key is not for trial version, please contact the site administrator."},
	{"LicenseInvalid", srcDWTService, "Invalid license."},
	{"LicenseInvalid", srcCV3 | srcDDS, "License is not verified, or license is invalid."},
	{"LicenseInvalid", srcDDV | srcDWTService, "The current product key {}, please contact the site administrator."},
	{"LicenseKeyExpired", srcDWTService, "The current product key expired on {}, please contact the site administrator."},
	{"LicenseKeyExpired", srcDDV, "The current product key has expired on {}, please contact the site administrator."},
	{"LicenseKeyExpired", srcDDV | srcDWTService, "The current product key has expired on {}/{}/{}, please contact the site administrator."},
	{"LicenseKeyExpired", srcDWTService, "license in licensefile is expired"},
	{"DBRQRLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the QR Code module."},
	{"DBROneDLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the 1D Barcode module."},
	{"DBRPDF417LicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the PDF417 module."},
	{"DBRDataMatrixLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the DATAMATRIX module."},
	{"DomainNotMatch", srcDWTService, "Check domain failed."},
	{"DomainNotMatch", srcDWTService, "Domain Match Failed."},
	{"DomainNotMatch", srcDWTService, "The current product key does not match the domain."},
	{"DomainNotMatch", srcDDV | srcDWTService, "The domain of your current site does not match the domain bound in the current product key, please contact the site administrator."},
	{"DomainNotMatch", srcDWT, "The domain of your current site does not match the domain bound in the current product key. Please contact the site administrator."},
	{"DBRAztecLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the AZTEC module."},
	{"LicenseKeyNotMatch", srcDWTService, "Licensekey input is not match the licensekey in licensefile"},
	{"LicenseInitFailed", srcRN, "InitLicense failed."},
	{"DBRPatchcodeLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the Patchcode module."},
	{"DBRPostalCodeLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the Postal code module."},
	{"DBRDPMLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the DPM module."},
	{"LicenseContentInvalid", srcDWTService, "Licensefile input is invalid"},
	{"LicenseKeyInvalid", srcDWTService, "Parse license string failed: base64"},
	{"LicenseKeyInvalid", srcDWTService, "Parse license string failed:aes_gcm_decrypt"},
	{"LicenseKeyInvalid", srcDDV | srcDWTService, "The current product key is empty or invalid, please contact the site administrator."},
	{"LicenseKeyInvalid", srcDWT | srcDWTService, "You have used a full license with a trial license which is not permitted. Please check and update Dynamsoft.DWT.ProductKey."},
	{"LicenseKeyInvalid", srcDDV, "You have used a full license with a trial license which is not permitted. Please check and update Dynamsoft.WebTwainEnv.ProductKey."},
	{"LicenseKeyInvalid", srcDWTService, "no license exist in string."},
	{"LicenseKeyInvalid", srcDWTService, "parse license string failed."},
	{"IRTLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the Intermediate Result module."},
	{"IRTLicenseInvalid", srcJS11 | srcJS10 | srcCV3 | srcDDS, "The current license does not support the use of intermediate results."},
	{"DBRMaxicodeLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the Maxicode module."},
	{"DBRGS1DatabarLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the GS1 Databar module."},
	{"DBRGS1CompositeLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the GS1 Composite code module."},
	{"DBRPanoramaLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the panorama module."},
	{"DBRDotCodeLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the DotCode module."},
	{"DBRPharmacodeLicenseInvalid", srcDWTService, "The Handshake Code does not contain a license for the pharmaCode module."},
	{"NoLicense", srcJS10, "No license found."},
	{"NoLicense", srcDWTService, "not found valid license item"},
	{"LicenseBufferFailed", srcDWTService, "The authorization file cache failed to write."},
	{"LicenseSyncFailed", srcDWT, "License server response data error."},
	{"DeviceNotMatch", srcDDV | srcDWTService, "The local device does not match the device bound in the current product key, please contact the site administrator."},
	{"BindDeviceFailed", srcDWT, "Failed to generate an ID for your device to license it: not enough permission."},
	{"LicenseInterfaceConflict", srcDWT, "A license can only be specified once and has already been set using the ProductKey API."},
	{"LicenseClientDLLMissing", srcJS10 | srcCV3 | srcDDS, "Module `license` is not existed."},
	{"LicenseClientDLLMissing", srcJS11 | srcCV3 | srcDDS, "The `license` module cannot be found."},
	{"LicenseInitSequenceFailed", srcDWT, "After initialization, the product key cannot be changed."},
	{"LicenseInitSequenceFailed", srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDV | srcDDS, "Can't preprocess license again is not allowed to change after `createInstance` or `loadWasm` is called."},
	{"LicenseInitSequenceFailed", srcCV3 | srcDDS, "License is not set."},
	{"LicenseInitSequenceFailed", srcDWT, "LicenseChecker cannot be empty."},
	{"LicenseInitSequenceFailed", srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDS, "`deviceFriendlyName` is not allowed to change after `createInstance` or `loadWasm` is called."},
	{"LicenseInitSequenceFailed", srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDS, "`licenseServer` is not allowed to change after `createInstance` or `loadWasm` is called."},
	{"LicenseInitSequenceFailed", srcJS11 | srcJS9 | srcJS10 | srcCV3 | srcDDS, "`license` is not allowed to change after `createInstance` or `loadWasm` is called."},
	{"LicenseInitSequenceFailed", srcJS9, "`sessionPassword` is not allowed to change after `createInstance` or `loadWasm` is called."},
	{"TrialLicense", srcJS9, "Using a temporary license. [Register for a 30-day trial license >>>](https://www.dynamsoft.com/customer/license/trialLicense?product=dbr&deploymenttype=browser)"},
	{"LicenseVersionNotMatch", srcDWT, "The current product key is invalid because it's generated with the licenses of a different major version."},
	{"LicenseVersionNotMatch", srcDDV | srcDWTService, "The current product key is not for version {}, please contact the site administrator."},
	{"LicenseCacheUsed", srcDWT, `Warning: You are seeing this dialog because Dynamic Web TWAIN has failed to connect to the License Tracking Server. A cached authorization is being used, and you can continue to use the software as usual. Please get connected to the network as soon as possible. <a class="dynamsoft-major-color" href="https://www.dynamsoft.com/company/contact/">Contact Dynamsoft</a> for more information.`},
	{"LicenseCacheUsed", srcDWT, "Warning: You are seeing this dialog because Dynamic Web TWAIN has failed to connect to the License Tracking Server. A cached authorization is being used, and you can continue to use the software as usual. Please get connected to the network as soon as possible. Contact the site administrator for more information."},
	{"FailedToReachDLS", srcDWT, "Cannot connect to the LicenseChecker, please check and make sure it's set correctly."},
	{"FailedToReachDLS", srcDDV | srcDWT, "Failed to connect to the Dynamsoft License Server. The cached license has expired. Please get connected to the network as soon as possible or contact the site administrator for more information."},
	{"WebTWAINLicenseInvalid", srcDWT, "The current product key is empty or invalid."},
	{"WebTWAINLicenseExpired", srcDWT, "The Dynamic Web TWAIN license expired{}. Please contact the website developer for further assistance."},
	{"WebTWAINLicenseExpired", srcDWT, "The Dynamic Web TWAIN product key expired{}. Please contact the website developer for further assistance."},
	{"WebTWAINLicenseExpired", srcDWT, "The document scanning SDK license expired{}. Please contact the website developer for further assistance."},
	{"WebTWAINLicenseExpired", srcDWT, "The document scanning SDK product key expired{}. Please contact the website developer for further assistance."},
	{"WebTWAINLicenseIsFuture", srcDWT, "The current product key is invalid."},
	{"WebTWAINLicenseIsFuture", srcDWT, "The current product key is invalid. Please contact the site administrator."},
	{"WebTWAINLicenseVersionNotCurrent", srcDWT, "The current product key is not for version {}."},
	{"WebTWAINLicenseVersionNotCurrent", srcDWT, "The current product key is not for version {}. Please contact the site administrator."},
	{"WebTWAINLicenseExpiredForDLS", srcDWT, "The license for v19 Service Core Module has expired."},
	{"WebTWAINLicenseNoCoreForDLS", srcDWT, "The license for v19 Service Core Module is not found."},
	{"WebTWAINLicenseNoCore", srcDWT, "The product key for the current operating system is missing the Service Core license."},
	{"WebTWAINLicenseNoCore", srcDWT, "The product key for the current operating system is missing the Service Core license. Please contact the site administrator."},
	{"DocumentViewerLicenseInvalid", srcDDV, "License string is invalid."},
	{"DocumentViewerLicenseExpired", srcDDV, "XXX module license has expired."},
	{"DocumentViewerLicenseMissModule", srcDDV, "XXX module license is missing."},
	{"DocumentViewerLicenseVersionNotMatched", srcDDV, "XXX module license version does not match."},
	{"DocumentViewerLicenseDomainNotMatched", srcDDV, "Domain does not match the domain bound to the XXX module license."},
	{"DocumentViewerLicenseDomainNotMatched", srcDDV, "Domain does not match the domain bound to the {} module license."},
	{"DocumentViewerLicenseExpired", srcDDV, "{} module license has expired."}, // the wasm's, where the JavaScript has XXX
	{"DocumentViewerLicenseMissModule", srcDDV, "{} module license is missing."},
	{"DocumentViewerLicenseVersionNotMatched", srcDDV, "{} module license version does not match."},
	{"PlatformNotLicensed", srcDDV | srcDWTService, "The current product key does not support Android OS, please contact the site administrator."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support Chrome."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support Chrome. Please contact the site administrator."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support Edge."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support Edge. Please contact the site administrator."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support Firefox."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support Firefox. Please contact the site administrator."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support IE."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support IE. Please contact the site administrator."},
	{"PlatformNotLicensed", srcDDV | srcDWTService, "The current product key does not support Linux OS, please contact the site administrator."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support Linux OS."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support Linux OS. Please contact the site administrator."},
	{"PlatformNotLicensed", srcDDV | srcDWTService, "The current product key does not support MAC OS, please contact the site administrator."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support MAC OS."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support MAC OS. Please contact the site administrator."},
	{"PlatformNotLicensed", srcDWTService, "The current product key does not support REST Call, please contact the site administrator."},
	{"PlatformNotLicensed", srcDWTService, "The current product key does not support Remote Scan, please contact the site administrator."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support Safari."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support Safari. Please contact the site administrator."},
	{"PlatformNotLicensed", srcDDV | srcDWTService, "The current product key does not support WASM, please contact the site administrator."},
	{"PlatformNotLicensed", srcDDV | srcDWTService, "The current product key does not support Windows OS, please contact the site administrator."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support Windows OS."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support Windows OS. Please contact the site administrator."},
	{"PlatformNotLicensed", srcDDV | srcDWTService, "The current product key does not support current OS for embed device, please contact the site administrator."},
	{"PlatformNotLicensed", srcDDV | srcDWTService, "The current product key does not support current OS, please contact the site administrator."},
	{"PlatformNotLicensed", srcDDV | srcDWTService, "The current product key does not support iOS, please contact the site administrator."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support your OS."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support your OS. Please contact the site administrator."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support your browser."},
	{"PlatformNotLicensed", srcDWT, "The current product key does not support your browser. Please contact the site administrator."},
	{"PlatformNotLicensed", srcDWTService, "The current product key only supports REST Call, please contact the site administrator."},
	{"ModuleNotLicensed", srcCV3 | srcDDS, "Please set a license containing the DCE module."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support Camera Addon."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support Camera Addon. Please contact the site administrator."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support OCR Kit."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support OCR Kit. Please contact the site administrator."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support OCR pro."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support OCR pro. Please contact the site administrator."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support OCR."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support OCR. Please contact the site administrator."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support Pdf Rasterizer Wasm."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support Pdf Rasterizer Wasm. Please contact the site administrator."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support Webcam."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support Webcam. Please contact the site administrator."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support pdf rasterizer."},
	{"ModuleNotLicensed", srcDWT, "The current product key does not support pdf rasterizer. Please contact the site administrator."},
	{"ModuleNotLicensed", srcDWT, "The license for the Barcode module is invalid."},
	{"ModuleNotLicensed", srcDWT, "The license for the Camera Addon is not found or has expired."},
	{"ModuleNotLicensed", srcDWT, "The license for the module OCR Kit is not found or has expired."},
	{"ModuleNotLicensed", srcDWT, "The license for the module OCR is not found or has expired."},
	{"ModuleNotLicensed", srcDWT, "The license for the module OCR pro is not found or has expired."},
	{"ModuleNotLicensed", srcDWT, "The license for the module direct show is not found or has expired."},
	{"ModuleNotLicensed", srcDWT, "The license for the module pdf rasterizer is not found or has expired."},
	{"ModuleNotLicensed", srcDWTService, "This PDF file is not supported by the Core module. You may need to activate your PDF Rasterizer license to support this PDF file. Please contact support for further information."},
}

// notLicense is every text of the two measured GetErrorString tables
// (testdata/realclient's error-strings.golden) that is not about the license,
// with its number: 66 numbers, 93 texts of the two tables in 75 lines, one
// line for a text both SDKs return for one number. Each number's first line is the text an error of
// the number alone carries. -10058 to -10062 are license codes in Barcode
// Reader 9 (in wordings) and these texts in Capture Vision 3.2.
var notLicense = [...]struct {
	number int
	src    uint32
	msg    string
}{
	{-10001, srcDCV3 | srcDBR9, "Not enough memory to perform operation."},
	{-10002, srcDCV3 | srcDBR9, "Null pointer."},
	{-10005, srcDCV3 | srcDBR9, "The file is not found."},
	{-10006, srcDCV3 | srcDBR9, "The file type is not supported."},
	{-10007, srcDCV3 | srcDBR9, "The BPP(Bits per pixel) is not supported."},
	{-10008, srcDCV3 | srcDBR9, "The index is invalid."},
	{-10009, srcDBR9, "The barcode format is invalid."},
	{-10010, srcDCV3 | srcDBR9, "The input region value parameter is invalid."},
	{-10011, srcDBR9, "The maximum barcode number is invalid."},
	{-10012, srcDCV3 | srcDBR9, "Failed to read the image."},
	{-10013, srcDCV3 | srcDBR9, "Failed to read the TIFF image."},
	{-10018, srcDCV3 | srcDBR9, "The DIB(Device-independent bitmaps) buffer is invalid."},
	{-10021, srcDCV3, "Failed to read the PDF image."},
	{-10021, srcDBR9, "Failed to read the PDF file."},
	{-10022, srcDCV3 | srcDBR9, "The PDF DLL is missing."},
	{-10023, srcDCV3 | srcDBR9, "The page number is invalid."},
	{-10024, srcDCV3 | srcDBR9, "The custom size is invalid."},
	{-10025, srcDBR9, "The custom module size is invalid."},
	{-10026, srcDCV3, "Operation timeout."},
	{-10026, srcDBR9, "Recognition timeout."},
	{-10030, srcDCV3, "Json parse failed."},
	{-10030, srcDBR9, "Failed to parse json string."},
	{-10031, srcDCV3, "Json type invalid."},
	{-10031, srcDBR9, "The value type is invalid."},
	{-10032, srcDCV3, "Json key invalid."},
	{-10032, srcDBR9, "The key is invalid."},
	{-10033, srcDCV3, "Json value invalid or value out of range."},
	{-10033, srcDBR9, "The value is invalid or out of range."},
	{-10034, srcDCV3 | srcDBR9, "The mandatory key \"Name\" is missing."},
	{-10035, srcDCV3 | srcDBR9, "The value of the key \"Name\" is duplicated."},
	{-10036, srcDCV3, "The template name invalid."},
	{-10036, srcDBR9, "The template name is invalid."},
	{-10037, srcDCV3 | srcDBR9, "The name reference is invalid."},
	{-10038, srcDCV3, "The parameter value invalid or out of range."},
	{-10038, srcDBR9, "The parameter value is invalid or out of range."},
	{-10049, srcDBR9, "The frame decoding thread is already existed."},
	{-10050, srcDBR9, "Failed to stop the frame decoding thread."},
	{-10051, srcDCV3 | srcDBR9, "Failed to set mode's argument."},
	{-10055, srcDCV3 | srcDBR9, "Failed to get mode's argument."},
	{-10058, srcDCV3, "Failed to save the file."},
	{-10059, srcDCV3, "The Stage type is invalid."},
	{-10060, srcDCV3, "The image orientation is invalid."},
	{-10061, srcDCV3, "Complex template can't be converted to simplified settings."},
	{-10062, srcDCV3, "Failed to call the function while capturing in progress."},
	{-10063, srcDCV3, "The input image source was not found."},
	{-10063, srcDBR9, "The Orientation for Image is Invalid."},
	{-10064, srcDCV3, "Failed to read directory."},
	{-10065, srcDCV3, "The module was not found."},
	{-10066, srcDCV3, "The api does not support multi-page files.Please use CaptureMultiPages instead."},
	{-10067, srcDCV3, "The file already exists but overwriting is disabled."},
	{-10068, srcDCV3, "The file path does not exist but cannot be created, or the file cannot be created for any other reason."},
	{-10069, srcDCV3, "The input ImageData object contains invalid parameter(s)."},
	{-10070, srcDCV3, "The size of the input image does not meet the requirements."},
	{-10071, srcDCV3, "The pixel format of the input image does not meet the requirements."},
	{-10072, srcDCV3, "The section level result is irreplaceable."},
	{-10073, srcDCV3, "The axis definition is incorrect."},
	{-10074, srcDCV3, "The result is not replaceable due to type mismatch."},
	{-10075, srcDCV3, "Failed to load the PDF library."},
	{-10077, srcDCV3, "One or more unsupported JSON keys were encountered and ignored from the template."},
	{-10078, srcDCV3, "Model file is not found."},
	{-10080, srcDCV3, "The rectangle is invalid."},
	{-10081, srcDCV3, "The template version is incompatible. Please use a compatible template."},
	{-30009, srcDCV3, "The barcode format is invalid."},
	{-30025, srcDCV3, "The custom module size is invalid."},
	{-30049, srcDCV3, "The frame decoding thread already exists."},
	{-30050, srcDCV3, "Failed to stop the frame decoding thread."},
	{-40100, srcDCV3, "Character Model file is not found."},
	{-40101, srcDCV3, "There is a conflict in the layout of TextLineGroup."},
	{-40102, srcDCV3, "There is a conflict in the regex of TextLineGroup."},
	{-50057, srcDCV3, "The quadrilateral is invalid."},
	{-90001, srcDCV3, "The resource path does not exist."},
	{-90002, srcDCV3, "Failed to load resource."},
	{-90003, srcDCV3, "The code specification is not found."},
	{-90004, srcDCV3, "The source string is empty."},
	{-90005, srcDCV3, "Failed to preprocess the full code string."},
}

// reasons are the reasons the SDKs were measured to write in their transport
// report (see Transport), in Capture Vision's form and in Barcode Reader 9's,
// each with the code the SDK returned with it (testdata/realclient's
// initlicense.golden): a report that comes without a number has that code. A
// report with any other reason is read only with a number.
var reasons = [...]struct {
	dbr9   bool // Barcode Reader 9's form, ".-ErrorCode:N-HttpCode:N-ReponseStr:"
	reason string
	code   Code
}{
	{false, "DLS Connect Error", FailedToReachDLS},       // a closed port, no answer, a cut body
	{false, "Unknown Network Error", FailedToReachDLS},   // an HTTP error status
	{false, "Invalid License String", LicenseSyncFailed}, // a 200 without a license
	{false, "Get license error", LicenseSyncFailed},      // a refusal with code 100, the body as it came (verdict.golden)
	{true, "DLS Connect Error", LicenseSyncFailed},
	{true, "Unknow Error", LicenseSyncFailed},
	{true, "Invalid License", LicenseSyncFailed},
}

// templates are the texts with parts that their sender fills in, as
// literal parts between which any text may stand: the license server's 113,
// whose list shows the Java expression that does it, and the browser
// client's license mismatch, a prefix. A wording with {} is a template too,
// a part at each {}. A part between two literals may be empty; a part at
// an end may not, or the text would be the literal alone.
var templates = [...]struct {
	meaning string
	parts   []string
}{
	{"LicenseItemInvalid", []string{`This license item "`, `" has been invalid.`}},
	{"LicenseMismatch", []string{"License mismatch: ", ""}},
}

// wrappers are what the browser clients put around a text: the
// authorization template around a message of the license server's list
// (every browser client, with one of two endings, the second for a trial
// key); Barcode Reader 9.6's advice after a text (measured in JS 9.6 after
// "No license specified."; its table of five holds the fourth too, and Web
// TWAIN's service's copy of the library the fourth); Document Scanner's two
// prefixes before what its start-up threw. Web TWAIN's "Please contact the
// site administrator." is no wrapper: its files compose each text with it,
// and wordings has them. A wrapped text is read as the text alone, where it is
// what the wrapper admits: the client wraps only those.
var wrappers = [...]struct {
	prefix, suffix string
	admits         admits
}{
	{"An error occurred during authorization: ", " Contact the site administrator for more information.", serverMessage},
	{"An error occurred during authorization: ", " [Contact Dynamsoft](https://www.dynamsoft.com/company/contact/) for more information.", serverMessage},
	{"", " Visit https://www.dynamsoft.com/customer/license/trialLicense to acquire a license or email support@dynamsoft.com.", tableText},
	{"", " Check the Handshake Code in the customer portal or the portal of your self-hosting License Server. Email support@dynamsoft.com for more information.", tableText},
	{"", ` Email trial@dynamsoft.com to acquire a 30-day trial license, make sure to include the word "privateTrial" in the email title.`, tableText},
	{"", " Contact the site administrator for more information.", tableText},
	{"Initialization Failed: ", "", anyReading},
	{"Resource Initialization Failed: ", "", anyReading},
}

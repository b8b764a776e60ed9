package dlserr

// This file is the package's data: every code and every text, byte for byte
// from the vendor, typos included (dlserr.go holds no line per code).
// Servers and SDKs in the field still send every generation, so no text is
// ever removed, and 113's leaked Java concatenation is data too.
//
// # How to change this file
//
// A new code is: its constant, in the block of its kind, with a doc comment
// that quotes its text and names the vendor's constant; one line in the
// sentinel block, with its text in the trailing comment; one line in
// codeTable (name, class); and one line in wordings for each of its texts,
// with the sources that publish it. Another text of a known code is one line
// in wordings; a text of the SDKs' tables that is not about the license, one
// line in notLicense. Then README.md's Reference and the test's own copy of
// the source (codes_test.go's contract and verbatim tables), which the tests
// hold the tables to, both ways: `go test ./...` names what is missing.
//
// If init panics that numberSlots or wordMul "no longer gives every key a
// slot of its own", put the size or multiplier the message names in its
// place in dlserr.go; if it names no multiplier, add a bit to wordBits.
//
// The runtimes' texts are re-measured with `go run ./testdata/realclient
// -out testdata/realclient` (the native SDKs) and `go run ./testdata/webclient
// -out testdata/webclient` (the browser's), which rewrite the goldens that
// the tests read.

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

// The browser client's failures that no SDK gives a number: dlserr's own
// codes. They have neither an original nor a product number (Original and
// Product are 0, and Error writes none), and no number a server or an SDK
// sends reads as one of them: their values lie in -20199 to -20100, which
// every lookup by number reads as the license server's codes as an SDK
// reports them (-20199 is 199). Each doc comment quotes the text and names
// the build it comes from (dynamsoft-barcode-reader-bundle 11.4.2001,
// license client 4.4.20: "JS 11.4"); where a native code means the same, the
// text is that code's instead (README's Reference has the table).
const (
	// LicenseMismatch is "License mismatch: " followed by what did
	// not match, a prefix that JS 11.4's license module (license.wasm) and
	// the native license library since Barcode Reader 10.4.20 hold.
	LicenseMismatch Code = -20199
	// SystemClockChanged is "Your system date and time appear to
	// have been changed, causing the license to fail. Please correct the
	// system date and time, then try again." (JS 11.4; JS 9.6 writes
	// "system data and time and try again"): the machine's clock is wrong.
	SystemClockChanged Code = -20198
	// BrowserUnsupported is "Please upgrade your browser to support
	// online key." (JS 11.4): the browser cannot run the license client.
	BrowserUnsupported Code = -20197
	// HTTPSRequired is "Require https to use online key in this
	// browser." (JS 11.4): the page must be served over https.
	HTTPSRequired Code = -20196
	// EnhancedFeaturesLicenseNotFound is "Warning: The license
	// required for Enhanced Features was not found." (JS 11.4): a warning,
	// the SDK runs licensed without those features.
	EnhancedFeaturesLicenseNotFound Code = -20195
)

// The sentinels, one for each code. ErrX matches, through [errors.Is], every
// error whose code is X, whatever its wording or row and however deeply it is
// wrapped; its own text is the code's canonical message, in the comment after
// it. Each is an [*Error], declared as error as the standard library declares
// its sentinels, so that no caller writes through one by its name; [errors.As]
// with an *Error target reaches it, and must not be written through either
// (see [Error]). The lookups return them for known codes without allocating.
var (
	ErrServiceRefused             = sentinel(ServiceRefused, 0)             // "The standby DLS refuses to provide service while the main DLS is working."
	ErrHandshakeCodeNotFound      = sentinel(HandshakeCodeNotFound, 0)      // "The handshake code you are using does not exist on the Dynamsoft License Server."
	ErrSessionPasswordIncorrect   = sentinel(SessionPasswordIncorrect, 0)   // "Session password is incorrect."
	ErrHandshakeAppDomainMismatch = sentinel(HandshakeAppDomainMismatch, 0) // "AppDomain for handshake is not matched."
	ErrNoItemMatched              = sentinel(NoItemMatched, 0)              // "No item matched. Please check your handshake and client settings."
	ErrLicenseItemNotFound        = sentinel(LicenseItemNotFound, 0)        // "License item does not exist."
	ErrProductMismatch            = sentinel(ProductMismatch, 0)            // "Product is not matched."
	ErrVersionMismatch            = sentinel(VersionMismatch, 0)            // "Version mismatch."
	ErrDeploymentTypeMismatch     = sentinel(DeploymentTypeMismatch, 0)     // "DeploymentType is not matched."
	ErrEditionMismatch            = sentinel(EditionMismatch, 0)            // "Edition is not matched."
	ErrLicenseExpired             = sentinel(LicenseExpired, 0)             // "License has expired."
	ErrLicenseNotYetEffective     = sentinel(LicenseNotYetEffective, 0)     // "License has not yet taken effect."
	// ErrLicenseItemInvalid matches every error of code 113, whatever license
	// item id the server filled in (see [Error.LicenseItem]).
	ErrLicenseItemInvalid             = sentinel(LicenseItemInvalid, 0)             // `This license item "+item.getLicenseItemId()+" has been invalid.`
	ErrLicenseItemAppDomainMismatch   = sentinel(LicenseItemAppDomainMismatch, 0)   // "AppDomain for licenseItem is not matched."
	ErrLicenseItemChargeWayMismatch   = sentinel(LicenseItemChargeWayMismatch, 0)   // "ChargeWay for licenseItem is not matched."
	ErrLimitExceeded                  = sentinel(LimitExceeded, 0)                  // "License has exceeded its limit."
	ErrOrganizationNotFound           = sentinel(OrganizationNotFound, 0)           // "Organization ID does not exist or lacks a configured default handshake."
	ErrHandshakeOrganizationMismatch  = sentinel(HandshakeOrganizationMismatch, 0)  // "Handshake Code and Organization ID mismatch."
	ErrHandshakeOrOrganizationMissing = sentinel(HandshakeOrOrganizationMissing, 0) // "No specified handshake or organization."
	ErrLicenseItemDependencyMissing   = sentinel(LicenseItemDependencyMissing, 0)   // "Missing licenseItem dependency in handshake."
	ErrRequestQuotaExceeded           = sentinel(RequestQuotaExceeded, 0)           // "License quota exceeded by request count."
	ErrClonedDevice                   = sentinel(ClonedDevice, 0)                   // "Cloned device detected."

	ErrLicenseInvalid    = sentinel(LicenseInvalid, 0)    // "The license is invalid."
	ErrLicenseKeyExpired = sentinel(LicenseKeyExpired, 0) // "The license has expired."

	ErrDBRQRLicenseInvalid               = sentinel(DBRQRLicenseInvalid, 0)               // "The license for the QR Code module is invalid."
	ErrDBROneDLicenseInvalid             = sentinel(DBROneDLicenseInvalid, 0)             // "The license for the 1D Barcode module is invalid."
	ErrDBRPDF417LicenseInvalid           = sentinel(DBRPDF417LicenseInvalid, 0)           // "The license for the PDF417 module is invalid."
	ErrDBRDataMatrixLicenseInvalid       = sentinel(DBRDataMatrixLicenseInvalid, 0)       // "The license for the DATAMATRIX module is invalid."
	ErrDomainNotMatch                    = sentinel(DomainNotMatch, 0)                    // "The domain of your current site does not match the domain bound in the current product key."
	ErrReservedInfoNotMatch              = sentinel(ReservedInfoNotMatch, 0)              // "The reserved info does not match the reserved info bound in the current product key."
	ErrDBRAztecLicenseInvalid            = sentinel(DBRAztecLicenseInvalid, 0)            // "The license for the AZTEC module is invalid."
	ErrLicenseDLLMissing                 = sentinel(LicenseDLLMissing, 0)                 // "The License DLL is missing."
	ErrLicenseKeyNotMatch                = sentinel(LicenseKeyNotMatch, 0)                // "The license key does not match the license content."
	ErrLicenseRequestFailed              = sentinel(LicenseRequestFailed, 0)              // "Failed to request the license content."
	ErrLicenseInitFailed                 = sentinel(LicenseInitFailed, 0)                 // "Failed to init the license."
	ErrDBRPatchcodeLicenseInvalid        = sentinel(DBRPatchcodeLicenseInvalid, 0)        // "The license for the Patchcode module is invalid."
	ErrDBRPostalCodeLicenseInvalid       = sentinel(DBRPostalCodeLicenseInvalid, 0)       // "The license for the Postal code module is invalid."
	ErrDBRDPMLicenseInvalid              = sentinel(DBRDPMLicenseInvalid, 0)              // "The license for the DPM module is invalid."
	ErrLicenseContentInvalid             = sentinel(LicenseContentInvalid, 0)             // "The license content is invalid."
	ErrLicenseKeyInvalid                 = sentinel(LicenseKeyInvalid, 0)                 // "The license key is invalid."
	ErrLicenseDeviceRunsOut              = sentinel(LicenseDeviceRunsOut, 0)              // "The license key has no remaining quota."
	ErrIRTLicenseInvalid                 = sentinel(IRTLicenseInvalid, 0)                 // "The Intermediate Result Types license is invalid."
	ErrDBRMaxicodeLicenseInvalid         = sentinel(DBRMaxicodeLicenseInvalid, 0)         // "The license for the Maxicode module is invalid."
	ErrDBRGS1DatabarLicenseInvalid       = sentinel(DBRGS1DatabarLicenseInvalid, 0)       // "The license for the GS1 Databar module is invalid."
	ErrDBRGS1CompositeLicenseInvalid     = sentinel(DBRGS1CompositeLicenseInvalid, 0)     // "The license for the GS1 Composite code module is invalid."
	ErrDBRPanoramaLicenseInvalid         = sentinel(DBRPanoramaLicenseInvalid, 0)         // "The license for the panorama module is invalid."
	ErrDBRDotCodeLicenseInvalid          = sentinel(DBRDotCodeLicenseInvalid, 0)          // "The license for the DotCode module is invalid."
	ErrDBRPharmacodeLicenseInvalid       = sentinel(DBRPharmacodeLicenseInvalid, 0)       // "The license for the PharmaCode module is invalid."
	ErrLicenseKeyPartlyInvalid           = sentinel(LicenseKeyPartlyInvalid, 0)           // "The license is initialized successfully but detected invalid content in your key."
	ErrPDFLicenseNotFound                = sentinel(PDFLicenseNotFound, 0)                // "[PDF] No license found."
	ErrNoLicense                         = sentinel(NoLicense, 0)                         // "No license."
	ErrHandshakeCodeInvalid              = sentinel(HandshakeCodeInvalid, 0)              // "The handshake code is invalid."
	ErrLicenseBufferFailed               = sentinel(LicenseBufferFailed, 0)               // "Failed to read or write license buffer."
	ErrLicenseSyncFailed                 = sentinel(LicenseSyncFailed, 0)                 // "Failed to synchronize license info with license server."
	ErrDeviceNotMatch                    = sentinel(DeviceNotMatch, 0)                    // "Device does not match with buffer."
	ErrBindDeviceFailed                  = sentinel(BindDeviceFailed, 0)                  // "Failed to bind device."
	ErrLicenseInterfaceConflict          = sentinel(LicenseInterfaceConflict, 0)          // "Interface InitLicenseFromDLS can not be used together with other license initiation interfaces."
	ErrLicenseClientDLLMissing           = sentinel(LicenseClientDLLMissing, 0)           // "License Client dll is missing."
	ErrInstanceCountOverLimit            = sentinel(InstanceCountOverLimit, 0)            // "Instance count is over limit."
	ErrLicenseInitSequenceFailed         = sentinel(LicenseInitSequenceFailed, 0)         // "Interface InitLicense has to be called before creating any SDK objects."
	ErrTrialLicense                      = sentinel(TrialLicense, 0)                      // "Trial License."
	ErrLicenseVersionNotMatch            = sentinel(LicenseVersionNotMatch, 0)            // "The license is not valid for the current version."
	ErrLicenseCacheUsed                  = sentinel(LicenseCacheUsed, 0)                  // "Online license validation failed due to network issues.Using cached license information for validation."
	ErrLicenseAuthQuotaExceeded          = sentinel(LicenseAuthQuotaExceeded, 0)          // "License authentication failed: quota exceeded."
	ErrLicenseResultsLimitExceeded       = sentinel(LicenseResultsLimitExceeded, 0)       // "License restriction: the number of results has exceeded the allowed limit."
	ErrFailedToReachDLS                  = sentinel(FailedToReachDLS, 0)                  // "Failed to reach License Server."
	ErrQRLicenseInvalid                  = sentinel(QRLicenseInvalid, 0)                  // "The QR Code license is invalid."
	ErrOneDLicenseInvalid                = sentinel(OneDLicenseInvalid, 0)                // "The 1D Barcode license is invalid."
	ErrPDF417LicenseInvalid              = sentinel(PDF417LicenseInvalid, 0)              // "The PDF417 license is invalid."
	ErrDataMatrixLicenseInvalid          = sentinel(DataMatrixLicenseInvalid, 0)          // "The DATAMATRIX license is invalid."
	ErrAztecLicenseInvalid               = sentinel(AztecLicenseInvalid, 0)               // "The AZTEC license is invalid."
	ErrPatchcodeLicenseInvalid           = sentinel(PatchcodeLicenseInvalid, 0)           // "The Patchcode license is invalid."
	ErrPostalCodeLicenseInvalid          = sentinel(PostalCodeLicenseInvalid, 0)          // "The Postal code license is invalid."
	ErrDPMLicenseInvalid                 = sentinel(DPMLicenseInvalid, 0)                 // "The DPM license is invalid."
	ErrMaxicodeLicenseInvalid            = sentinel(MaxicodeLicenseInvalid, 0)            // "The Maxicode license is invalid."
	ErrGS1DatabarLicenseInvalid          = sentinel(GS1DatabarLicenseInvalid, 0)          // "The GS1 Databar license is invalid."
	ErrGS1CompositeLicenseInvalid        = sentinel(GS1CompositeLicenseInvalid, 0)        // "The GS1 Composite code license is invalid."
	ErrDotCodeLicenseInvalid             = sentinel(DotCodeLicenseInvalid, 0)             // "The DotCode license is invalid."
	ErrPharmacodeLicenseInvalid          = sentinel(PharmacodeLicenseInvalid, 0)          // "The Pharmacode license is invalid."
	ErrBarcodeReaderLicenseNotFound      = sentinel(BarcodeReaderLicenseNotFound, 0)      // "[Barcode Reader] No license found."
	ErrLabelRecognizerLicenseNotFound    = sentinel(LabelRecognizerLicenseNotFound, 0)    // "[Label Recognizer] No license found."
	ErrDocumentNormalizerLicenseNotFound = sentinel(DocumentNormalizerLicenseNotFound, 0) // "[Document Normalizer] No license found."
	ErrPanoramaLicenseInvalid            = sentinel(PanoramaLicenseInvalid, 0)            // "The panorama license is invalid."
	ErrZADLLicenseInvalid                = sentinel(ZADLLicenseInvalid, 0)                // "The license for parsing South Africa Driver License is invalid."
	ErrAAMVADLIDLicenseInvalid           = sentinel(AAMVADLIDLicenseInvalid, 0)           // "The license for parsing North America DL/ID is invalid."
	ErrAadhaarLicenseInvalid             = sentinel(AadhaarLicenseInvalid, 0)             // "The license for parsing Aadhaar is invalid."
	ErrMRTDLicenseInvalid                = sentinel(MRTDLicenseInvalid, 0)                // "The license for parsing Machine Readable Travel Documents is invalid."
	ErrVINLicenseInvalid                 = sentinel(VINLicenseInvalid, 0)                 // "The license for parsing Vehicle Identification Number is invalid."
	ErrCustomizedCodeTypeLicenseInvalid  = sentinel(CustomizedCodeTypeLicenseInvalid, 0)  // "The license for parsing customized code type is invalid."
	ErrCodeParserLicenseNotFound         = sentinel(CodeParserLicenseNotFound, 0)         // "[Code Parser] No license found."

	ErrLicenseMismatch                 = sentinel(LicenseMismatch, 0)                 // "License mismatch:"
	ErrSystemClockChanged              = sentinel(SystemClockChanged, 0)              // "Your system date and time appear to have been changed, causing the license to fail. Please correct the system date and time, then try again."
	ErrBrowserUnsupported              = sentinel(BrowserUnsupported, 0)              // "Please upgrade your browser to support online key."
	ErrHTTPSRequired                   = sentinel(HTTPSRequired, 0)                   // "Require https to use online key in this browser."
	ErrEnhancedFeaturesLicenseNotFound = sentinel(EnhancedFeaturesLicenseNotFound, 0) // "Warning: The license required for Enhanced Features was not found."
	// ErrUnderConstruction matches only code 100's second row, "DLS refuses to
	// provide service while under construction." (and its LTS and revised
	// wordings). A bare code 100 cannot tell the rows apart, so
	// FromOriginal(100) is ErrServiceRefused and does not match it.
	ErrUnderConstruction = sentinel(ServiceRefused, 1)
	// ErrHandshakeIDNotCompliant matches only the revised list's 105, "Provided
	// handShakeId is not compliant with version 1.5.", a meaning unrelated to
	// LicenseItemNotFound's that only its wording can reveal. Its code's
	// class is ClassLicense, as for every 105, but [ClassOf] says
	// ClassHandshake: the fix is in the client's handshake settings.
	ErrHandshakeIDNotCompliant = sentinel(LicenseItemNotFound, 1)
	// ErrIPLicenseExpired matches only code 111's second row, "License for
	// this ip has expired." (and its revised wording).
	ErrIPLicenseExpired = sentinel(LicenseExpired, 1)

	// ErrUnknown matches every error whose code is not known: a number no
	// table here has, one of -10058 to -10062 without a text that says which
	// SDK's it is, or a message that no table has (which is not a form this
	// package reads). An unknown number that came with a message the package
	// reads matches it too, and what the message says through its cause. It
	// never matches an error with a known code, nor one of [ErrNotLicense].
	ErrUnknown error = errUnknown
	// ErrNotLicense matches every error that the SDKs' own error tables say is
	// not about the license: a bad file or image, a wrong parameter or
	// template, no memory, a timeout (66 numbers of Capture Vision 3.2's and
	// Barcode Reader 9.6's tables, measured). They have no Code constant;
	// handle them as the SDK's own errors. [ClassOf] gives ClassNotLicense.
	ErrNotLicense error = errNotLicense
)

// codeTable holds what is known of each code: its name and what to do about
// it. Codes lists them in this order.
var codeTable = [...]struct {
	code  Code
	name  string
	class Class
}{
	{ServiceRefused, "ServiceRefused", ClassUnavailable},
	{HandshakeCodeNotFound, "HandshakeCodeNotFound", ClassHandshake},
	{SessionPasswordIncorrect, "SessionPasswordIncorrect", ClassHandshake},
	{HandshakeAppDomainMismatch, "HandshakeAppDomainMismatch", ClassHandshake},
	{NoItemMatched, "NoItemMatched", ClassMismatch},
	{LicenseItemNotFound, "LicenseItemNotFound", ClassLicense},
	{ProductMismatch, "ProductMismatch", ClassMismatch},
	{VersionMismatch, "VersionMismatch", ClassMismatch},
	{DeploymentTypeMismatch, "DeploymentTypeMismatch", ClassMismatch},
	{EditionMismatch, "EditionMismatch", ClassMismatch},
	{LicenseExpired, "LicenseExpired", ClassLicense},
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
	{LicenseMismatch, "LicenseMismatch", ClassMismatch},
	{SystemClockChanged, "SystemClockChanged", ClassInstallation},
	{BrowserUnsupported, "BrowserUnsupported", ClassInstallation},
	{HTTPSRequired, "HTTPSRequired", ClassUsage},
	{EnhancedFeaturesLicenseNotFound, "EnhancedFeaturesLicenseNotFound", ClassWarning},
}

// laterRows names the later rows of a code as their sentinels are named, for
// logs that must tell rows apart, and gives each row its class: the revised
// 105 is a handshake problem, whatever 105's first meaning is.
var laterRows = [...]laterRow{
	{ServiceRefused, 1, "UnderConstruction", ClassUnavailable},
	{LicenseItemNotFound, 1, "HandshakeIDNotCompliant", ClassHandshake},
	{LicenseExpired, 1, "IPLicenseExpired", ClassLicense},
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
	{true, "DLS Connect Error", LicenseSyncFailed},
	{true, "Unknow Error", LicenseSyncFailed},
	{true, "Invalid License", LicenseSyncFailed},
}

// templates are the texts with a part that the sender fills in: the license
// server's 113, whose list shows the Java expression that does it, and the
// browser client's license mismatch, a prefix.
var templates = [...]struct {
	code           Code
	prefix, suffix string
}{
	{LicenseItemInvalid, `This license item "`, `" has been invalid.`},
	{LicenseMismatch, "License mismatch: ", ""},
}

// What the browser client (JS 11.4 and JS 9.6, sdk-web.md) puts around a
// text: the authorization template around a message of the license server's
// list (with one of two endings, the second for a trial key), and 9.6.42's
// advice after a text (measured after "No license specified.").
const authorization = "An error occurred during authorization: "

var (
	authorizationEndings = [...]string{
		" Contact the site administrator for more information.",
		" [Contact Dynamsoft](https://www.dynamsoft.com/company/contact/) for more information.",
	}
	advice = [...]string{
		" Visit https://www.dynamsoft.com/customer/license/trialLicense to acquire a license or email support@dynamsoft.com.",
		" Check the Handshake Code in the customer portal or the portal of your self-hosting License Server. Email support@dynamsoft.com for more information.",
		` Email trial@dynamsoft.com to acquire a 30-day trial license, make sure to include the word "privateTrial" in the email title.`,
	}
)

// Where a text was published or returned, as a set: many texts have several
// sources. Each is pinned by a commit or a package version.
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
	// 4.4.20), measured in Chromium: npm dynamsoft-barcode-reader-bundle@11.4.2001;
	// its wasm's texts are also in dynamsoft-capture-vision-bundle@3.0.6001 and dynamsoft-license@3.4.31
	srcJS11
	// srcJS9: the browser edition of Barcode Reader 9.6, measured in
	// Chromium: npm dynamsoft-javascript-barcode@9.6.42
	srcJS9
)

// wordings is every license text ever published or returned, one line each.
// Row tells apart the rows of a code that mean different things (0 is the
// first, canonical row); the first text of each code and row is the one its
// sentinel carries.
var wordings = [...]struct {
	code Code
	row  uint8
	src  uint16
	msg  string
}{
	{ServiceRefused, 0, srcDLS, "The standby DLS refuses to provide service while the main DLS is working."},
	{ServiceRefused, 0, srcLTS, "The standby LTS refuses to provide service while the main LTS is working."},
	{ServiceRefused, 0, srcRevised, "Service unavailable from standby DLS while primary DLS is operational."},
	{ServiceRefused, 1, srcDLS, "DLS refuses to provide service while under construction."},
	{ServiceRefused, 1, srcLTS, "LTS refuses to provide service while under construction."},
	{ServiceRefused, 1, srcRevised, "DLS cannot provide service during construction phase."},
	{HandshakeCodeNotFound, 0, srcDLS, "The handshake code you are using does not exist on the Dynamsoft License Server."},
	{HandshakeCodeNotFound, 0, srcLTS, "The handshake code you are using does not exist on the License Tracking Server."},
	{HandshakeCodeNotFound, 0, srcRevised, "Non-existent handshake code on Dynamsoft License Server."},
	{SessionPasswordIncorrect, 0, srcLTS | srcDLS, "Session password is incorrect."},
	{SessionPasswordIncorrect, 0, srcRevised, "Incorrect session password."},
	{HandshakeAppDomainMismatch, 0, srcLTS | srcDLS, "AppDomain for handshake is not matched."},
	{HandshakeAppDomainMismatch, 0, srcRevised, "Mismatch in AppDomain for handshake."},
	{NoItemMatched, 0, srcLTS | srcDLS, "No item matched. Please check your handshake and client settings."},
	{NoItemMatched, 0, srcRevised, "No matched license found. Verify handshake and client settings."},
	{LicenseItemNotFound, 0, srcLTS | srcDLS, "License item does not exist."},
	{LicenseItemNotFound, 1, srcRevised, "Provided handShakeId is not compliant with version 1.5."},
	{ProductMismatch, 0, srcLTS | srcDLS, "Product is not matched."},
	{ProductMismatch, 0, srcRevised, "Product mismatch detected."},
	{VersionMismatch, 0, srcLTS | srcDLS, "Version mismatch."},
	{VersionMismatch, 0, srcRevised, "Incompatible version."},
	{DeploymentTypeMismatch, 0, srcLTS | srcDLS, "DeploymentType is not matched."},
	{DeploymentTypeMismatch, 0, srcRevised, "License unsuitable for the current context."}, // until 2025-02-26
	{DeploymentTypeMismatch, 0, srcRevised, "Deployment type mismatch identified."},        // since 2025-02-26
	{EditionMismatch, 0, srcLTS | srcDLS, "Edition is not matched."},
	{EditionMismatch, 0, srcRevised, "Edition mismatch identified."},
	{LicenseExpired, 0, srcLTS | srcDLS, "License has expired."},
	{LicenseExpired, 0, srcRevised, "License expired."},
	{LicenseExpired, 1, srcLTS | srcDLS, "License for this ip has expired."},
	{LicenseExpired, 1, srcRevised, "License expired for this IP address."},
	{LicenseNotYetEffective, 0, srcLTS | srcDLS, "License has not yet taken effect."},
	{LicenseNotYetEffective, 0, srcRevised, "License not yet effective."},
	{LicenseItemInvalid, 0, srcLTS | srcDLS, `This license item "+item.getLicenseItemId()+" has been invalid.`},
	{LicenseItemInvalid, 0, srcRevised, "License item invalid or revoked."},
	{LicenseItemAppDomainMismatch, 0, srcLTS | srcDLS, "AppDomain for licenseItem is not matched."},
	{LicenseItemAppDomainMismatch, 0, srcRevised, "License validation field mismatch with configuration."},
	{LicenseItemChargeWayMismatch, 0, srcLTS | srcDLS, "ChargeWay for licenseItem is not matched."},
	{LicenseItemChargeWayMismatch, 0, srcRevised, "Incompatible ChargeWay for licenseItem."},
	{LimitExceeded, 0, srcLTS | srcDLS, "License has exceeded its limit."},
	{LimitExceeded, 0, srcRevised, "License usage exceeded its limit."},
	{OrganizationNotFound, 0, srcRevised, "Organization ID does not exist or lacks a configured default handshake."},
	{HandshakeOrganizationMismatch, 0, srcRevised, "Handshake Code and Organization ID mismatch."},
	{HandshakeOrOrganizationMissing, 0, srcRevised, "No specified handshake or organization."},
	{LicenseItemDependencyMissing, 0, srcRevised, "Missing licenseItem dependency in handshake."},
	{RequestQuotaExceeded, 0, srcRevised, "License quota exceeded by request count."},
	{ClonedDevice, 0, srcLTS | srcDLS, "Cloned device detected."},
	{ClonedDevice, 0, srcRevised, "Unauthorized device clone detected."},

	{LicenseInvalid, 0, srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS, "The license is invalid."},
	{LicenseKeyExpired, 0, srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS, "The license has expired."},
	{DBRQRLicenseInvalid, 0, srcDBR9, "The license for the QR Code module is invalid."},
	{DBROneDLicenseInvalid, 0, srcDBR9, "The license for the 1D Barcode module is invalid."},
	{DBRPDF417LicenseInvalid, 0, srcDBR9, "The license for the PDF417 module is invalid."},
	{DBRDataMatrixLicenseInvalid, 0, srcDBR9, "The license for the DATAMATRIX module is invalid."},
	{DomainNotMatch, 0, srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS, "The domain of your current site does not match the domain bound in the current product key."},
	{ReservedInfoNotMatch, 0, srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS, "The reserved info does not match the reserved info bound in the current product key."},
	{DBRAztecLicenseInvalid, 0, srcDBR9, "The license for the AZTEC module is invalid."},
	{LicenseDLLMissing, 0, srcDBR9 | srcDocs | srcDocsLTS, "The License DLL is missing."},
	{LicenseKeyNotMatch, 0, srcDCV3 | srcDocs | srcDocsLTS, "The license key does not match the license content."},
	{LicenseKeyNotMatch, 0, srcDBR9, "The license key does not match the license file."},
	{LicenseRequestFailed, 0, srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS, "Failed to request the license content."},
	{LicenseInitFailed, 0, srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS, "Failed to init the license."},
	{DBRPatchcodeLicenseInvalid, 0, srcDBR9, "The license for the Patchcode module is invalid."},
	{DBRPostalCodeLicenseInvalid, 0, srcDBR9, "The license for the Postal code module is invalid."},
	{DBRDPMLicenseInvalid, 0, srcDBR9, "The license for the DPM module is invalid."},
	{LicenseContentInvalid, 0, srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS, "The license content is invalid."},
	{LicenseKeyInvalid, 0, srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS, "The license key is invalid."},
	{LicenseDeviceRunsOut, 0, srcDCV3 | srcDocs | srcDocsLTS, "The license key has no remaining quota."},
	{LicenseDeviceRunsOut, 0, srcDBR9 | srcDocsLTS, "The device number in the license key runs out."},
	{IRTLicenseInvalid, 0, srcDCV3, "The Intermediate Result Types license is invalid."},
	{IRTLicenseInvalid, 0, srcDBR9, "The license for the Intermediate Result module is invalid."},
	{DBRMaxicodeLicenseInvalid, 0, srcDBR9, "The license for the Maxicode module is invalid."},
	{DBRGS1DatabarLicenseInvalid, 0, srcDBR9, "The license for the GS1 Databar module is invalid."},
	{DBRGS1CompositeLicenseInvalid, 0, srcDBR9, "The license for the GS1 Composite code module is invalid."},
	{DBRPanoramaLicenseInvalid, 0, srcDBR9, "The license for the panorama module is invalid."},
	{DBRDotCodeLicenseInvalid, 0, srcDBR9, "The license for the DotCode module is invalid."},
	{DBRPharmacodeLicenseInvalid, 0, srcDBR9, "The license for the PharmaCode module is invalid."},
	{LicenseKeyPartlyInvalid, 0, srcDCV3, "The license is initialized successfully but detected invalid content in your key."},
	{PDFLicenseNotFound, 0, srcDCV3, "[PDF] No license found."},
	{NoLicense, 0, srcDCV3, "No license."},
	{NoLicense, 0, srcDBR9 | srcDocs | srcDocsLTS, "No license specified."},
	{HandshakeCodeInvalid, 0, srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS, "The handshake code is invalid."},
	{LicenseBufferFailed, 0, srcDCV3 | srcDBR9 | srcDocs | srcDocsLTS, "Failed to read or write license buffer."},
	{LicenseSyncFailed, 0, srcDCV3, "Failed to synchronize license info with license server."},
	{LicenseSyncFailed, 0, srcDBR9, "Failed to synchronize license info with the License Server."},
	{LicenseSyncFailed, 0, srcDocs, "Failed to synchronize license info with License Server."},
	{LicenseSyncFailed, 0, srcDocsLTS, "Failed to synchronize license info with license tracking server."},
	{DeviceNotMatch, 0, srcDCV3, "Device does not match with buffer."},
	{DeviceNotMatch, 0, srcDBR9 | srcDBR10, "Device dose not match with buffer."},
	{DeviceNotMatch, 0, srcDocs | srcDocsLTS, "Device does not match with license buffer."},
	{BindDeviceFailed, 0, srcDCV3 | srcDocs | srcDocsLTS, "Failed to bind device."},
	{BindDeviceFailed, 0, srcDBR9, "Failed to bind the device to the license."},
	{LicenseInterfaceConflict, 0, srcDBR9 | srcDocs, "Interface InitLicenseFromDLS can not be used together with other license initiation interfaces."},
	{LicenseInterfaceConflict, 0, srcDocsLTS, "Interface InitLicenseFromLTS can not be used together with other license initiation interfaces."},
	{LicenseClientDLLMissing, 0, srcDCV3, "License Client dll is missing."},
	{LicenseClientDLLMissing, 0, srcDBR9, "The license client DLL is missing."},
	{LicenseClientDLLMissing, 0, srcDocs | srcDocsLTS, "The license client dll is missing."},
	{InstanceCountOverLimit, 0, srcDCV3, "Instance count is over limit."},
	{InstanceCountOverLimit, 0, srcDBR9 | srcDocs | srcDocsLTS, "The number of instances used has exceeded the limit."},
	{InstanceCountOverLimit, 0, srcDBR10, "Instance count is over limited."},
	{InstanceCountOverLimit, 0, srcDocsLTS, "The instance count is over limited."},
	{LicenseInitSequenceFailed, 0, srcDCV3 | srcDBR9, "Interface InitLicense has to be called before creating any SDK objects."},
	{LicenseInitSequenceFailed, 0, srcDocs, "Interface InitLicenseFromDLS has to be called before creating any SDK objects."},
	{LicenseInitSequenceFailed, 0, srcDocsLTS, "Interface InitLicenseFromLTS has to be called before creating any SDK objects."},
	{TrialLicense, 0, srcDCV3, "Trial License."},
	{TrialLicense, 0, srcDBR9 | srcDocs | srcDocsLTS, "Using a trial license."},
	{LicenseVersionNotMatch, 0, srcDCV3, "The license is not valid for the current version."},
	{LicenseVersionNotMatch, 0, srcDBR10, "The license is not valid for current version."},
	{LicenseCacheUsed, 0, srcDCV3, "Online license validation failed due to network issues.Using cached license information for validation."},
	{LicenseCacheUsed, 0, srcDocs, "Online license validation failed due to network issues. Using cached license information for validation."},
	{LicenseAuthQuotaExceeded, 0, srcDCV3, "License authentication failed: quota exceeded."},
	{LicenseResultsLimitExceeded, 0, srcDCV3, "License restriction: the number of results has exceeded the allowed limit."},
	{FailedToReachDLS, 0, srcDCV3 | srcDocs, "Failed to reach License Server."},
	{FailedToReachDLS, 0, srcDBR9, "Cannot connect to the License Server."},
	{QRLicenseInvalid, 0, srcDCV3, "The QR Code license is invalid."},
	{OneDLicenseInvalid, 0, srcDCV3, "The 1D Barcode license is invalid."},
	{PDF417LicenseInvalid, 0, srcDCV3, "The PDF417 license is invalid."},
	{DataMatrixLicenseInvalid, 0, srcDCV3, "The DATAMATRIX license is invalid."},
	{AztecLicenseInvalid, 0, srcDCV3, "The AZTEC license is invalid."},
	{PatchcodeLicenseInvalid, 0, srcDCV3, "The Patchcode license is invalid."},
	{PostalCodeLicenseInvalid, 0, srcDCV3, "The Postal code license is invalid."},
	{DPMLicenseInvalid, 0, srcDCV3, "The DPM license is invalid."},
	{MaxicodeLicenseInvalid, 0, srcDCV3, "The Maxicode license is invalid."},
	{GS1DatabarLicenseInvalid, 0, srcDCV3, "The GS1 Databar license is invalid."},
	{GS1CompositeLicenseInvalid, 0, srcDCV3, "The GS1 Composite code license is invalid."},
	{DotCodeLicenseInvalid, 0, srcDCV3, "The DotCode license is invalid."},
	{PharmacodeLicenseInvalid, 0, srcDCV3, "The Pharmacode license is invalid."},
	{BarcodeReaderLicenseNotFound, 0, srcDCV3, "[Barcode Reader] No license found."},
	{LabelRecognizerLicenseNotFound, 0, srcDCV3, "[Label Recognizer] No license found."},
	{DocumentNormalizerLicenseNotFound, 0, srcDCV3, "[Document Normalizer] No license found."},
	{PanoramaLicenseInvalid, 0, srcDCV3, "The panorama license is invalid."},
	{ZADLLicenseInvalid, 0, srcDCV3, "The license for parsing South Africa Driver License is invalid."},
	{AAMVADLIDLicenseInvalid, 0, srcDCV3, "The license for parsing North America DL/ID is invalid."},
	{AadhaarLicenseInvalid, 0, srcDCV3, "The license for parsing Aadhaar is invalid."},
	{MRTDLicenseInvalid, 0, srcDCV3, "The license for parsing Machine Readable Travel Documents is invalid."},
	{VINLicenseInvalid, 0, srcDCV3, "The license for parsing Vehicle Identification Number is invalid."},
	{CustomizedCodeTypeLicenseInvalid, 0, srcDCV3, "The license for parsing customized code type is invalid."},
	{CodeParserLicenseNotFound, 0, srcDCV3, "[Code Parser] No license found."},

	// The browser client's texts, which come without a number (sdk-web.md
	// §1): where a native SDK returns a code in the same situation, that code.
	{FailedToReachDLS, 0, srcJS11 | srcJS9, "Failed to connect to the Dynamsoft License Server: network connection error. Check your Internet connection or contact the site administrator for more information."},                             // measured: closed ports, 503
	{FailedToReachDLS, 0, srcJS11 | srcJS9, "Failed to connect to the Dynamsoft License Server: network connection error. Check your Internet connection or contact Dynamsoft Support (support@dynamsoft.com) to acquire an offline license."}, // measured, a trial key
	{FailedToReachDLS, 0, srcJS11 | srcJS9, "Failed to connect to the Dynamsoft License Server: network timed out. Check your Internet connection or contact the site administrator for more information."},                                    // measured: no answer in 15 s
	{FailedToReachDLS, 0, srcJS11 | srcJS9, "Failed to connect to the Dynamsoft License Server: network timed out. Check your Internet connection or contact Dynamsoft Support (support@dynamsoft.com) to acquire an offline license."},        // measured, a trial key
	{FailedToReachDLS, 0, srcJS11, "Failed to connect to the Dynamsoft License Server: The cached license has expired. Please get connected to the network as soon as possible or contact the site administrator for more information."},
	{LicenseKeyInvalid, 0, srcJS11 | srcJS9, "Format Error: The license string you specified is invalid, please check to make sure it is correct."}, // measured: a malformed key, which native Capture Vision answers with -10053
	{LicenseKeyExpired, 0, srcJS11, "The DLS2 Offline license has expired. Please contact the site administrator for more information."},
	{LicenseKeyExpired, 0, srcJS11, "The trial period expired. Please extend the trial or purchase a full license to continue;"}, // wasm, ";" and all
	{LicenseBufferFailed, 0, srcJS11, "Failed to open indexedDB: Timeout."},                 // the browser's license cache
	{LicenseContentInvalid, 0, srcJS11, "Json value for CodeTypeLicenseModule is invalid."}, // wasm
	{LicenseContentInvalid, 0, srcJS11, "CodeTypeLicenseModule number is out of limit."},    // wasm
	{DomainNotMatch, 0, srcJS11, "Domain not matched."},                                     // wasm, beside -10039's text
	{TrialLicense, 0, srcJS11, "Applying for a public trial license ..."},                   // measured: console.warn, no key
	{TrialLicense, 0, srcJS9, "Using a public trial license."},                              // wasm, beside -20010's text
	{TrialLicense, 0, srcJS9, "Using a private trial license."},                             // wasm, beside -20010's text
	{LicenseMismatch, 0, srcJS11, "License mismatch:"},                                      // a prefix: see templates
	{SystemClockChanged, 0, srcJS11, "Your system date and time appear to have been changed, causing the license to fail. Please correct the system date and time, then try again."},
	{SystemClockChanged, 0, srcJS9, "Your system date and time appear to have been changed, causing the license to fail. Please correct the system data and time and try again."},
	{BrowserUnsupported, 0, srcJS11, "Please upgrade your browser to support online key."},
	{HTTPSRequired, 0, srcJS11, "Require https to use online key in this browser."},
	{EnhancedFeaturesLicenseNotFound, 0, srcJS11, "Warning: The license required for Enhanced Features was not found."},
}

// notLicense is every text of the two measured GetErrorString tables
// (testdata/realclient's error-strings.golden) that is not about the license,
// with its number: 66 numbers, 93 texts of the two tables in 75 lines, one
// line for a text both SDKs return for one number. Each number's first line is the text an error of
// the number alone carries. -10058 to -10062 are license codes in Barcode
// Reader 9 (in wordings) and these texts in Capture Vision 3.2.
var notLicense = [...]struct {
	number int
	src    uint16
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

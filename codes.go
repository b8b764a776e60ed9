package dlserr

// The tables below are data from the vendor, byte for byte, typos included.
//
// The license server's codes (100-199) are the "DLS Error List" of the
// public repository dynamsoft-docs/license-server-docs:
//
//   - common/errorList.md as published 2021-07 to 2024-01 (the "DLS" wording,
//     this package's specification, still served in the Dynamic Web TWAIN API
//     appendix) and its first form, 2021-03 to 2021-07 (the "LTS" wording);
//   - common-v2.2.19/errorList.md, the revised list of 2024-01-31 with the
//     108 change of 2025-02-26, which also added 121-124 and 130.
//
// The SDK's own license codes (-20000 to -20014, -20200 and the license-key
// codes of the -10000 family) and their texts come from:
//
//   - the runtime, measured: GetErrorString of Capture Vision 3.2
//     (npm dynamsoft-capture-vision-for-node-lib-linux-x64@3.2.5000,
//     libDynamsoftCore.so 4.2.50) and of Barcode Reader 9.6 (npm
//     barcode4nodejs@9.6.28); testdata/realclient re-measures both;
//   - older runtime strings of the Barcode Reader 10.0-10.4 libraries
//     committed to Dynamsoft/barcode-reader-c-cpp-samples;
//   - the Barcode Reader 8 and 9 error-code pages (dynamsoft-docs/
//     barcode-reader-docs parameters/enum/error-code.md and its history, and
//     barcode-reader-docs-server v9), before and after 8.6 renamed the
//     "License Tracking Server" the "License Server".
//
// The per-module license codes and their texts are every license code of
// the same two runtimes' GetErrorString tables, swept over -200000 to -1
// (testdata/realclient again); their names are Capture Vision's EC_*
// constants (its public DynamsoftCore.h) and Barcode Reader 9's DBRERR_*
// defines (DynamsoftBarcodeReader.h).
//
// Servers and SDKs in the field still send every generation, so every
// wording is data here, including the leaked Java concatenation in 113.

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
// but where that would be unclear. The doc comment quotes Capture Vision 3's
// text, or Barcode Reader 9's for codes Capture Vision does not have.
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

// The sentinels. Each Err<Code> matches every error of its code, whatever the
// wording; the three row sentinels match only errors of their own row.
var (
	// ErrServiceRefused matches every error with code ServiceRefused (100),
	// including those of ErrUnderConstruction's row.
	ErrServiceRefused = sentinel(ServiceRefused, 0)
	// ErrHandshakeCodeNotFound matches every error with code HandshakeCodeNotFound (101).
	ErrHandshakeCodeNotFound = sentinel(HandshakeCodeNotFound, 0)
	// ErrSessionPasswordIncorrect matches every error with code SessionPasswordIncorrect (102).
	ErrSessionPasswordIncorrect = sentinel(SessionPasswordIncorrect, 0)
	// ErrHandshakeAppDomainMismatch matches every error with code HandshakeAppDomainMismatch (103).
	ErrHandshakeAppDomainMismatch = sentinel(HandshakeAppDomainMismatch, 0)
	// ErrNoItemMatched matches every error with code NoItemMatched (104).
	ErrNoItemMatched = sentinel(NoItemMatched, 0)
	// ErrLicenseItemNotFound matches every error with code LicenseItemNotFound
	// (105), including those of ErrHandshakeIDNotCompliant's row.
	ErrLicenseItemNotFound = sentinel(LicenseItemNotFound, 0)
	// ErrProductMismatch matches every error with code ProductMismatch (106).
	ErrProductMismatch = sentinel(ProductMismatch, 0)
	// ErrVersionMismatch matches every error with code VersionMismatch (107).
	ErrVersionMismatch = sentinel(VersionMismatch, 0)
	// ErrDeploymentTypeMismatch matches every error with code DeploymentTypeMismatch (108).
	ErrDeploymentTypeMismatch = sentinel(DeploymentTypeMismatch, 0)
	// ErrEditionMismatch matches every error with code EditionMismatch (109).
	ErrEditionMismatch = sentinel(EditionMismatch, 0)
	// ErrLicenseExpired matches every error with code LicenseExpired (111),
	// including those of ErrIPLicenseExpired's row.
	ErrLicenseExpired = sentinel(LicenseExpired, 0)
	// ErrLicenseNotYetEffective matches every error with code LicenseNotYetEffective (112).
	ErrLicenseNotYetEffective = sentinel(LicenseNotYetEffective, 0)
	// ErrLicenseItemInvalid matches every error with code LicenseItemInvalid
	// (113), whatever license item id it names.
	ErrLicenseItemInvalid = sentinel(LicenseItemInvalid, 0)
	// ErrLicenseItemAppDomainMismatch matches every error with code LicenseItemAppDomainMismatch (114).
	ErrLicenseItemAppDomainMismatch = sentinel(LicenseItemAppDomainMismatch, 0)
	// ErrLicenseItemChargeWayMismatch matches every error with code LicenseItemChargeWayMismatch (115).
	ErrLicenseItemChargeWayMismatch = sentinel(LicenseItemChargeWayMismatch, 0)
	// ErrLimitExceeded matches every error with code LimitExceeded (120).
	ErrLimitExceeded = sentinel(LimitExceeded, 0)
	// ErrOrganizationNotFound matches every error with code OrganizationNotFound (121).
	ErrOrganizationNotFound = sentinel(OrganizationNotFound, 0)
	// ErrHandshakeOrganizationMismatch matches every error with code HandshakeOrganizationMismatch (122).
	ErrHandshakeOrganizationMismatch = sentinel(HandshakeOrganizationMismatch, 0)
	// ErrHandshakeOrOrganizationMissing matches every error with code HandshakeOrOrganizationMissing (123).
	ErrHandshakeOrOrganizationMissing = sentinel(HandshakeOrOrganizationMissing, 0)
	// ErrLicenseItemDependencyMissing matches every error with code LicenseItemDependencyMissing (124).
	ErrLicenseItemDependencyMissing = sentinel(LicenseItemDependencyMissing, 0)
	// ErrRequestQuotaExceeded matches every error with code RequestQuotaExceeded (130).
	ErrRequestQuotaExceeded = sentinel(RequestQuotaExceeded, 0)
	// ErrClonedDevice matches every error with code ClonedDevice (151).
	ErrClonedDevice = sentinel(ClonedDevice, 0)

	// ErrLicenseInvalid matches every error with code LicenseInvalid (-10003).
	ErrLicenseInvalid = sentinel(LicenseInvalid, 0)
	// ErrLicenseKeyExpired matches every error with code LicenseKeyExpired (-10004).
	ErrLicenseKeyExpired = sentinel(LicenseKeyExpired, 0)
	// ErrDomainNotMatch matches every error with code DomainNotMatch (-10039).
	ErrDomainNotMatch = sentinel(DomainNotMatch, 0)
	// ErrReservedInfoNotMatch matches every error with code ReservedInfoNotMatch (-10040).
	ErrReservedInfoNotMatch = sentinel(ReservedInfoNotMatch, 0)
	// ErrLicenseDLLMissing matches every error with code LicenseDLLMissing (-10042).
	ErrLicenseDLLMissing = sentinel(LicenseDLLMissing, 0)
	// ErrLicenseKeyNotMatch matches every error with code LicenseKeyNotMatch (-10043).
	ErrLicenseKeyNotMatch = sentinel(LicenseKeyNotMatch, 0)
	// ErrLicenseRequestFailed matches every error with code LicenseRequestFailed (-10044).
	ErrLicenseRequestFailed = sentinel(LicenseRequestFailed, 0)
	// ErrLicenseInitFailed matches every error with code LicenseInitFailed (-10045).
	ErrLicenseInitFailed = sentinel(LicenseInitFailed, 0)
	// ErrLicenseContentInvalid matches every error with code LicenseContentInvalid (-10052).
	ErrLicenseContentInvalid = sentinel(LicenseContentInvalid, 0)
	// ErrLicenseKeyInvalid matches every error with code LicenseKeyInvalid (-10053).
	ErrLicenseKeyInvalid = sentinel(LicenseKeyInvalid, 0)
	// ErrLicenseDeviceRunsOut matches every error with code LicenseDeviceRunsOut (-10054).
	ErrLicenseDeviceRunsOut = sentinel(LicenseDeviceRunsOut, 0)
	// ErrLicenseKeyPartlyInvalid matches every error with code LicenseKeyPartlyInvalid (-10076).
	ErrLicenseKeyPartlyInvalid = sentinel(LicenseKeyPartlyInvalid, 0)
	// ErrNoLicense matches every error with code NoLicense (-20000).
	ErrNoLicense = sentinel(NoLicense, 0)
	// ErrHandshakeCodeInvalid matches every error with code HandshakeCodeInvalid (-20001).
	ErrHandshakeCodeInvalid = sentinel(HandshakeCodeInvalid, 0)
	// ErrLicenseBufferFailed matches every error with code LicenseBufferFailed (-20002).
	ErrLicenseBufferFailed = sentinel(LicenseBufferFailed, 0)
	// ErrLicenseSyncFailed matches every error with code LicenseSyncFailed (-20003).
	ErrLicenseSyncFailed = sentinel(LicenseSyncFailed, 0)
	// ErrDeviceNotMatch matches every error with code DeviceNotMatch (-20004).
	ErrDeviceNotMatch = sentinel(DeviceNotMatch, 0)
	// ErrBindDeviceFailed matches every error with code BindDeviceFailed (-20005).
	ErrBindDeviceFailed = sentinel(BindDeviceFailed, 0)
	// ErrLicenseInterfaceConflict matches every error with code LicenseInterfaceConflict (-20006).
	ErrLicenseInterfaceConflict = sentinel(LicenseInterfaceConflict, 0)
	// ErrLicenseClientDLLMissing matches every error with code LicenseClientDLLMissing (-20007).
	ErrLicenseClientDLLMissing = sentinel(LicenseClientDLLMissing, 0)
	// ErrInstanceCountOverLimit matches every error with code InstanceCountOverLimit (-20008).
	ErrInstanceCountOverLimit = sentinel(InstanceCountOverLimit, 0)
	// ErrLicenseInitSequenceFailed matches every error with code LicenseInitSequenceFailed (-20009).
	ErrLicenseInitSequenceFailed = sentinel(LicenseInitSequenceFailed, 0)
	// ErrTrialLicense matches every error with code TrialLicense (-20010).
	ErrTrialLicense = sentinel(TrialLicense, 0)
	// ErrLicenseVersionNotMatch matches every error with code LicenseVersionNotMatch (-20011).
	ErrLicenseVersionNotMatch = sentinel(LicenseVersionNotMatch, 0)
	// ErrLicenseCacheUsed matches every error with code LicenseCacheUsed (-20012).
	ErrLicenseCacheUsed = sentinel(LicenseCacheUsed, 0)
	// ErrLicenseAuthQuotaExceeded matches every error with code LicenseAuthQuotaExceeded (-20013).
	ErrLicenseAuthQuotaExceeded = sentinel(LicenseAuthQuotaExceeded, 0)
	// ErrLicenseResultsLimitExceeded matches every error with code LicenseResultsLimitExceeded (-20014).
	ErrLicenseResultsLimitExceeded = sentinel(LicenseResultsLimitExceeded, 0)
	// ErrFailedToReachDLS matches every error with code FailedToReachDLS (-20200).
	ErrFailedToReachDLS = sentinel(FailedToReachDLS, 0)

	// ErrDBRQRLicenseInvalid matches every error with code DBRQRLicenseInvalid (-10016).
	ErrDBRQRLicenseInvalid = sentinel(DBRQRLicenseInvalid, 0)
	// ErrDBROneDLicenseInvalid matches every error with code DBROneDLicenseInvalid (-10017).
	ErrDBROneDLicenseInvalid = sentinel(DBROneDLicenseInvalid, 0)
	// ErrDBRPDF417LicenseInvalid matches every error with code DBRPDF417LicenseInvalid (-10019).
	ErrDBRPDF417LicenseInvalid = sentinel(DBRPDF417LicenseInvalid, 0)
	// ErrDBRDataMatrixLicenseInvalid matches every error with code DBRDataMatrixLicenseInvalid (-10020).
	ErrDBRDataMatrixLicenseInvalid = sentinel(DBRDataMatrixLicenseInvalid, 0)
	// ErrDBRAztecLicenseInvalid matches every error with code DBRAztecLicenseInvalid (-10041).
	ErrDBRAztecLicenseInvalid = sentinel(DBRAztecLicenseInvalid, 0)
	// ErrDBRPatchcodeLicenseInvalid matches every error with code DBRPatchcodeLicenseInvalid (-10046).
	ErrDBRPatchcodeLicenseInvalid = sentinel(DBRPatchcodeLicenseInvalid, 0)
	// ErrDBRPostalCodeLicenseInvalid matches every error with code DBRPostalCodeLicenseInvalid (-10047).
	ErrDBRPostalCodeLicenseInvalid = sentinel(DBRPostalCodeLicenseInvalid, 0)
	// ErrDBRDPMLicenseInvalid matches every error with code DBRDPMLicenseInvalid (-10048).
	ErrDBRDPMLicenseInvalid = sentinel(DBRDPMLicenseInvalid, 0)
	// ErrIRTLicenseInvalid matches every error with code IRTLicenseInvalid (-10056).
	ErrIRTLicenseInvalid = sentinel(IRTLicenseInvalid, 0)
	// ErrDBRMaxicodeLicenseInvalid matches every error with code DBRMaxicodeLicenseInvalid (-10057).
	ErrDBRMaxicodeLicenseInvalid = sentinel(DBRMaxicodeLicenseInvalid, 0)
	// ErrDBRGS1DatabarLicenseInvalid matches every error with code DBRGS1DatabarLicenseInvalid (-10058).
	ErrDBRGS1DatabarLicenseInvalid = sentinel(DBRGS1DatabarLicenseInvalid, 0)
	// ErrDBRGS1CompositeLicenseInvalid matches every error with code DBRGS1CompositeLicenseInvalid (-10059).
	ErrDBRGS1CompositeLicenseInvalid = sentinel(DBRGS1CompositeLicenseInvalid, 0)
	// ErrDBRPanoramaLicenseInvalid matches every error with code DBRPanoramaLicenseInvalid (-10060).
	ErrDBRPanoramaLicenseInvalid = sentinel(DBRPanoramaLicenseInvalid, 0)
	// ErrDBRDotCodeLicenseInvalid matches every error with code DBRDotCodeLicenseInvalid (-10061).
	ErrDBRDotCodeLicenseInvalid = sentinel(DBRDotCodeLicenseInvalid, 0)
	// ErrDBRPharmacodeLicenseInvalid matches every error with code DBRPharmacodeLicenseInvalid (-10062).
	ErrDBRPharmacodeLicenseInvalid = sentinel(DBRPharmacodeLicenseInvalid, 0)
	// ErrPDFLicenseNotFound matches every error with code PDFLicenseNotFound (-10079).
	ErrPDFLicenseNotFound = sentinel(PDFLicenseNotFound, 0)
	// ErrQRLicenseInvalid matches every error with code QRLicenseInvalid (-30016).
	ErrQRLicenseInvalid = sentinel(QRLicenseInvalid, 0)
	// ErrOneDLicenseInvalid matches every error with code OneDLicenseInvalid (-30017).
	ErrOneDLicenseInvalid = sentinel(OneDLicenseInvalid, 0)
	// ErrPDF417LicenseInvalid matches every error with code PDF417LicenseInvalid (-30019).
	ErrPDF417LicenseInvalid = sentinel(PDF417LicenseInvalid, 0)
	// ErrDataMatrixLicenseInvalid matches every error with code DataMatrixLicenseInvalid (-30020).
	ErrDataMatrixLicenseInvalid = sentinel(DataMatrixLicenseInvalid, 0)
	// ErrAztecLicenseInvalid matches every error with code AztecLicenseInvalid (-30041).
	ErrAztecLicenseInvalid = sentinel(AztecLicenseInvalid, 0)
	// ErrPatchcodeLicenseInvalid matches every error with code PatchcodeLicenseInvalid (-30046).
	ErrPatchcodeLicenseInvalid = sentinel(PatchcodeLicenseInvalid, 0)
	// ErrPostalCodeLicenseInvalid matches every error with code PostalCodeLicenseInvalid (-30047).
	ErrPostalCodeLicenseInvalid = sentinel(PostalCodeLicenseInvalid, 0)
	// ErrDPMLicenseInvalid matches every error with code DPMLicenseInvalid (-30048).
	ErrDPMLicenseInvalid = sentinel(DPMLicenseInvalid, 0)
	// ErrMaxicodeLicenseInvalid matches every error with code MaxicodeLicenseInvalid (-30057).
	ErrMaxicodeLicenseInvalid = sentinel(MaxicodeLicenseInvalid, 0)
	// ErrGS1DatabarLicenseInvalid matches every error with code GS1DatabarLicenseInvalid (-30058).
	ErrGS1DatabarLicenseInvalid = sentinel(GS1DatabarLicenseInvalid, 0)
	// ErrGS1CompositeLicenseInvalid matches every error with code GS1CompositeLicenseInvalid (-30059).
	ErrGS1CompositeLicenseInvalid = sentinel(GS1CompositeLicenseInvalid, 0)
	// ErrDotCodeLicenseInvalid matches every error with code DotCodeLicenseInvalid (-30061).
	ErrDotCodeLicenseInvalid = sentinel(DotCodeLicenseInvalid, 0)
	// ErrPharmacodeLicenseInvalid matches every error with code PharmacodeLicenseInvalid (-30062).
	ErrPharmacodeLicenseInvalid = sentinel(PharmacodeLicenseInvalid, 0)
	// ErrBarcodeReaderLicenseNotFound matches every error with code BarcodeReaderLicenseNotFound (-30063).
	ErrBarcodeReaderLicenseNotFound = sentinel(BarcodeReaderLicenseNotFound, 0)
	// ErrLabelRecognizerLicenseNotFound matches every error with code LabelRecognizerLicenseNotFound (-40103).
	ErrLabelRecognizerLicenseNotFound = sentinel(LabelRecognizerLicenseNotFound, 0)
	// ErrDocumentNormalizerLicenseNotFound matches every error with code DocumentNormalizerLicenseNotFound (-50058).
	ErrDocumentNormalizerLicenseNotFound = sentinel(DocumentNormalizerLicenseNotFound, 0)
	// ErrPanoramaLicenseInvalid matches every error with code PanoramaLicenseInvalid (-70060).
	ErrPanoramaLicenseInvalid = sentinel(PanoramaLicenseInvalid, 0)
	// ErrZADLLicenseInvalid matches every error with code ZADLLicenseInvalid (-90006).
	ErrZADLLicenseInvalid = sentinel(ZADLLicenseInvalid, 0)
	// ErrAAMVADLIDLicenseInvalid matches every error with code AAMVADLIDLicenseInvalid (-90007).
	ErrAAMVADLIDLicenseInvalid = sentinel(AAMVADLIDLicenseInvalid, 0)
	// ErrAadhaarLicenseInvalid matches every error with code AadhaarLicenseInvalid (-90008).
	ErrAadhaarLicenseInvalid = sentinel(AadhaarLicenseInvalid, 0)
	// ErrMRTDLicenseInvalid matches every error with code MRTDLicenseInvalid (-90009).
	ErrMRTDLicenseInvalid = sentinel(MRTDLicenseInvalid, 0)
	// ErrVINLicenseInvalid matches every error with code VINLicenseInvalid (-90010).
	ErrVINLicenseInvalid = sentinel(VINLicenseInvalid, 0)
	// ErrCustomizedCodeTypeLicenseInvalid matches every error with code CustomizedCodeTypeLicenseInvalid (-90011).
	ErrCustomizedCodeTypeLicenseInvalid = sentinel(CustomizedCodeTypeLicenseInvalid, 0)
	// ErrCodeParserLicenseNotFound matches every error with code CodeParserLicenseNotFound (-90012).
	ErrCodeParserLicenseNotFound = sentinel(CodeParserLicenseNotFound, 0)

	// ErrUnderConstruction matches only code 100's second row, "DLS refuses to
	// provide service while under construction." (and its LTS and revised
	// wordings). A bare code 100 cannot tell the rows apart, so
	// FromOriginal(100) is ErrServiceRefused and does not match it.
	ErrUnderConstruction = sentinel(ServiceRefused, 1)
	// ErrHandshakeIDNotCompliant matches only the revised list's 105, "Provided
	// handShakeId is not compliant with version 1.5.", a meaning unrelated to
	// LicenseItemNotFound's that only its wording can reveal. Its code's
	// Class is ClassLicense, as for every 105, but its row's is
	// ClassHandshake, as ClassOf says: the fix is in the client's handshake
	// settings.
	ErrHandshakeIDNotCompliant = sentinel(LicenseItemNotFound, 1)
	// ErrIPLicenseExpired matches only code 111's second row, "License for
	// this ip has expired." (and its revised wording).
	ErrIPLicenseExpired = sentinel(LicenseExpired, 1)

	// ErrUnknown matches every error whose code is not known: an unlisted
	// number, one of -10058 to -10062 without its Barcode Reader 9 text,
	// or a message that no list has published and that is not the SDK's
	// report of its exchange with the license server (see TransportOf). It
	// never matches an error with a known code.
	ErrUnknown = &Error{}
)

// codes holds what is known of each code: its name and what to do about it.
// Codes lists them in this order.
var codes = [...]struct {
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
}

// rows names the later rows of a code, as their sentinels are named, for
// logs that must tell rows apart, and gives each row its class: the revised
// 105 is a handshake problem, whatever 105's first meaning is.
var rows = [...]row{
	{ServiceRefused, 1, "UnderConstruction", ClassUnavailable},
	{LicenseItemNotFound, 1, "HandshakeIDNotCompliant", ClassHandshake},
	{LicenseExpired, 1, "IPLicenseExpired", ClassLicense},
}

// twoMeanings are the numbers that are a license code in Barcode Reader 9 and
// another error in Capture Vision 3.2 ("Failed to save the file.", "The Stage
// type is invalid.", "The image orientation is invalid.", "Complex template
// can't be converted to simplified settings.", "Failed to call the function
// while capturing in progress."): only the message tells which.
var twoMeanings = [...]Code{
	DBRGS1DatabarLicenseInvalid, DBRGS1CompositeLicenseInvalid, DBRPanoramaLicenseInvalid, DBRDotCodeLicenseInvalid, DBRPharmacodeLicenseInvalid,
}

// Where a wording was published, as a set: many wordings have several sources.
const (
	srcLTS     = 1 << iota // the DLS list, 2021-03 to 2021-07
	srcDLS                 // the DLS list, 2021-07 to 2024-01: the specification
	srcRevised             // the DLS list, 2024-01-31 on
	srcDCV3                // Capture Vision 3.2's runtime
	srcDBR9                // Barcode Reader 9.6's runtime
	srcDBR10               // Barcode Reader 10.0-10.4's runtime
	srcDocs                // Barcode Reader 8.6-9's error-code pages
	srcDocsLTS             // Barcode Reader 8.0-8.5's error-code pages
)

// wordings is every message ever published or returned, one line each. Row
// tells apart the rows of a code that mean different things (0 is the first,
// canonical row); the first wording of each code and row is the one its
// sentinel carries.
var wordings = [...]struct {
	code Code
	row  uint8
	src  uint8
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
	{LicenseItemInvalid, 0, srcLTS | srcDLS, item113Prefix + `+item.getLicenseItemId()+` + item113Suffix},
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
}

// What a 113 message is made of at run time: the server puts the license item
// id between these (the list shows the Java expression that does it).
const (
	item113Prefix = `This license item "`
	item113Suffix = `" has been invalid.`
)

package dlserr

// The list below is the vendor's "DLS Error List", from the public repository
// dynamsoft-docs/license-server-docs:
//
//   - common/errorList.md as published 2021-07 to 2024-01 (the "DLS" wording,
//     this package's specification, still served in the Dynamic Web TWAIN API
//     appendix) and its first form, 2021-03 to 2021-07 (the "LTS" wording);
//   - common-v2.2.19/errorList.md, the revised list of 2024-01-31 with the
//     108 change of 2025-02-26, which also added 121-124 and 130.
//
// Servers in the field still send every generation, so every wording is data
// here, byte for byte, including the leaked Java concatenation in 113.

// One constant per code; the doc comment quotes the specification's message
// (or, for codes added in 2024, the revised one).
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

	// ErrUnderConstruction matches only code 100's second row, "DLS refuses to
	// provide service while under construction." (and its LTS and revised
	// wordings). A bare code 100 cannot tell the rows apart, so
	// FromOriginal(100) is ErrServiceRefused and does not match it.
	ErrUnderConstruction = sentinel(ServiceRefused, 1)
	// ErrHandshakeIDNotCompliant matches only the revised list's 105, "Provided
	// handShakeId is not compliant with version 1.5.", a meaning unrelated to
	// LicenseItemNotFound's that only its wording can reveal. Its code's
	// Class is ClassLicense, as for every 105, but the fix is in the client's
	// handshake settings: match it before switching on the class.
	ErrHandshakeIDNotCompliant = sentinel(LicenseItemNotFound, 1)
	// ErrIPLicenseExpired matches only code 111's second row, "License for
	// this ip has expired." (and its revised wording).
	ErrIPLicenseExpired = sentinel(LicenseExpired, 1)

	// ErrUnknown matches every error whose code is not in the list: an
	// unlisted number, a product number outside the license server's range,
	// or a message no generation of the list has published. It never matches
	// an error with a known code.
	ErrUnknown = &Error{}
)

// codes holds what is known of each code: its name and what to do about it.
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
}

// Generations of the published list, as a set: many wordings span several.
const (
	genLTS     = 1 << iota // 2021-03 to 2021-07
	genDLS                 // 2021-07 to 2024-01: the specification
	genRevised             // 2024-01-31 on
)

// wordings is every message ever published, one line each. Row tells apart the
// rows of a code that mean different things (0 is the first, canonical row);
// the first wording of each code and row is the one its sentinel carries.
var wordings = [...]struct {
	code Code
	row  uint8
	gen  uint8
	msg  string
}{
	{ServiceRefused, 0, genDLS, "The standby DLS refuses to provide service while the main DLS is working."},
	{ServiceRefused, 0, genLTS, "The standby LTS refuses to provide service while the main LTS is working."},
	{ServiceRefused, 0, genRevised, "Service unavailable from standby DLS while primary DLS is operational."},
	{ServiceRefused, 1, genDLS, "DLS refuses to provide service while under construction."},
	{ServiceRefused, 1, genLTS, "LTS refuses to provide service while under construction."},
	{ServiceRefused, 1, genRevised, "DLS cannot provide service during construction phase."},
	{HandshakeCodeNotFound, 0, genDLS, "The handshake code you are using does not exist on the Dynamsoft License Server."},
	{HandshakeCodeNotFound, 0, genLTS, "The handshake code you are using does not exist on the License Tracking Server."},
	{HandshakeCodeNotFound, 0, genRevised, "Non-existent handshake code on Dynamsoft License Server."},
	{SessionPasswordIncorrect, 0, genLTS | genDLS, "Session password is incorrect."},
	{SessionPasswordIncorrect, 0, genRevised, "Incorrect session password."},
	{HandshakeAppDomainMismatch, 0, genLTS | genDLS, "AppDomain for handshake is not matched."},
	{HandshakeAppDomainMismatch, 0, genRevised, "Mismatch in AppDomain for handshake."},
	{NoItemMatched, 0, genLTS | genDLS, "No item matched. Please check your handshake and client settings."},
	{NoItemMatched, 0, genRevised, "No matched license found. Verify handshake and client settings."},
	{LicenseItemNotFound, 0, genLTS | genDLS, "License item does not exist."},
	{LicenseItemNotFound, 1, genRevised, "Provided handShakeId is not compliant with version 1.5."},
	{ProductMismatch, 0, genLTS | genDLS, "Product is not matched."},
	{ProductMismatch, 0, genRevised, "Product mismatch detected."},
	{VersionMismatch, 0, genLTS | genDLS, "Version mismatch."},
	{VersionMismatch, 0, genRevised, "Incompatible version."},
	{DeploymentTypeMismatch, 0, genLTS | genDLS, "DeploymentType is not matched."},
	{DeploymentTypeMismatch, 0, genRevised, "License unsuitable for the current context."}, // until 2025-02-26
	{DeploymentTypeMismatch, 0, genRevised, "Deployment type mismatch identified."},        // since 2025-02-26
	{EditionMismatch, 0, genLTS | genDLS, "Edition is not matched."},
	{EditionMismatch, 0, genRevised, "Edition mismatch identified."},
	{LicenseExpired, 0, genLTS | genDLS, "License has expired."},
	{LicenseExpired, 0, genRevised, "License expired."},
	{LicenseExpired, 1, genLTS | genDLS, "License for this ip has expired."},
	{LicenseExpired, 1, genRevised, "License expired for this IP address."},
	{LicenseNotYetEffective, 0, genLTS | genDLS, "License has not yet taken effect."},
	{LicenseNotYetEffective, 0, genRevised, "License not yet effective."},
	{LicenseItemInvalid, 0, genLTS | genDLS, item113Prefix + `+item.getLicenseItemId()+` + item113Suffix},
	{LicenseItemInvalid, 0, genRevised, "License item invalid or revoked."},
	{LicenseItemAppDomainMismatch, 0, genLTS | genDLS, "AppDomain for licenseItem is not matched."},
	{LicenseItemAppDomainMismatch, 0, genRevised, "License validation field mismatch with configuration."},
	{LicenseItemChargeWayMismatch, 0, genLTS | genDLS, "ChargeWay for licenseItem is not matched."},
	{LicenseItemChargeWayMismatch, 0, genRevised, "Incompatible ChargeWay for licenseItem."},
	{LimitExceeded, 0, genLTS | genDLS, "License has exceeded its limit."},
	{LimitExceeded, 0, genRevised, "License usage exceeded its limit."},
	{OrganizationNotFound, 0, genRevised, "Organization ID does not exist or lacks a configured default handshake."},
	{HandshakeOrganizationMismatch, 0, genRevised, "Handshake Code and Organization ID mismatch."},
	{HandshakeOrOrganizationMissing, 0, genRevised, "No specified handshake or organization."},
	{LicenseItemDependencyMissing, 0, genRevised, "Missing licenseItem dependency in handshake."},
	{RequestQuotaExceeded, 0, genRevised, "License quota exceeded by request count."},
	{ClonedDevice, 0, genLTS | genDLS, "Cloned device detected."},
	{ClonedDevice, 0, genRevised, "Unauthorized device clone detected."},
}

// What a 113 message is made of at run time: the server puts the license item
// id between these (the list shows the Java expression that does it).
const (
	item113Prefix = `This license item "`
	item113Suffix = `" has been invalid.`
)

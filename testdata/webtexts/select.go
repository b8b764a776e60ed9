package main

import (
	"regexp"
	"strings"
)

// keywords are the selection rule's first half: a text is about the
// license when its literal parts name one of these, in any case, or
// "trial" at the start of a word, the word "quota", or "DLS" (at the start
// of a word) and "LTS", in capitals: the license server's names.
var keywords = []string{"license", "licence", "product key", "productkey", "online key",
	"authoriz", "authoris", "expire", "domain", "handshake", "session password", "sessionpassword",
	"organization id", "organizationid"}

func hasKeyword(s string) bool {
	low := strings.ToLower(s)
	for _, k := range keywords {
		if strings.Contains(low, k) {
			return true
		}
	}
	return wordAt(low, "trial", false) || wordAt(low, "quota", true) || wordAt(s, "DLS", false) || wordAt(s, "LTS", true)
}

// wordAt says whether w is in s at the start of a word (and, if whole, at
// its end too).
func wordAt(s, w string, whole bool) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		startOK := j == 0 || !isWordByte(s[j-1])
		endOK := !whole || j+len(w) == len(s) || !isWordByte(s[j+len(w)])
		if startOK && endOK {
			return true
		}
		i = j + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// messageLike is the rule's second half: a text is a message, not a name,
// a key or a piece of code, when it has a space between two letters. A
// hole is no space: a URL built from parts is no message.
var messageLike = regexp.MustCompile(`\pL[^\pL]*\s[^\pL]*\pL`)

// codeLike marks a literal that is source code, markup or a list of names
// rather than a message. It reads the literal parts: a text may start with
// a hole.
var codeLike = regexp.MustCompile(`function\s*\(|=>|\);|\}\s*;|\{\s*return|^\s*[{<]|var |let |const |this\.|window\.|document\.`)

// selected says whether a composed text is one the golden lists (holes:
// what fills its holes, as the code writes it). The curated lists come
// first.
func selected(text string, holes []string) bool {
	if len(text) < minLen {
		return false
	}
	if c := curatedFor(text); c != nil && c.include {
		return c.holes == nil || c.holes.MatchString(strings.Join(holes, "\n"))
	}
	if skipped(text) {
		return false
	}
	if len(text) > 600 {
		return false
	}
	lits := literalParts(text)
	return hasKeyword(lits) && messageLike.MatchString(strings.ReplaceAll(text, "{}", "")) && !codeLike.MatchString(lits)
}

// literalParts is a rendered text without its holes.
func literalParts(text string) string {
	return strings.ReplaceAll(text, "{}", " ")
}

// kindOf says what a selected text is: text, template, form, usage, status
// or other.
func kindOf(text string) string {
	if k := curatedKind(text); k != "" {
		return k
	}
	if strings.Contains(text, "{}") {
		return "template"
	}
	return "text"
}

// curatedKind is the kind the curated lists give a text, "" if none.
func curatedKind(text string) string {
	if c := curatedFor(text); c != nil {
		return c.kind
	}
	return ""
}

func curatedFor(text string) *curation {
	for i := range curated {
		if curated[i].re.MatchString(text) {
			return &curated[i]
		}
	}
	return nil
}

// skipped says whether the curated list drops a text the keywords catch.
func skipped(text string) bool {
	for _, re := range skip {
		if re.MatchString(text) {
			return true
		}
	}
	return false
}

// curation gives the texts re matches a kind; include keeps them even
// where the keyword rule would not.
type curation struct {
	kind    string
	include bool
	re      *regexp.Regexp
	holes   *regexp.Regexp // if set, what fills the holes must match it too
}

// keep is a curation of texts the keyword rule misses.
func keep(kind, re string) curation { return curation{kind, true, regexp.MustCompile(re), nil} }

// keepIf is a keep whose holes the code must fill with what holes matches
// (their sources, one a line).
func keepIf(kind, re, holes string) curation {
	return curation{kind, true, regexp.MustCompile(re), regexp.MustCompile(holes)}
}

// cur is a curation of the kind of texts the keyword rule keeps.
func cur(kind, re string) curation { return curation{kind, false, regexp.MustCompile(re), nil} }

// curated keeps the texts that the keyword rule misses (keep) and gives a
// kind to those it would call a license text wrongly (cur). Each names
// whole texts; the first that matches a text decides.
var curated = []curation{
	// Wrappers around a text, and the parts the code joins to one.
	keepIf("form", `^\[\{\}\]( \[\{\}\])? \{\}$`, `(?s)(functionName|errorCode).*(message|errorString)`), // [function] [code] message, [function] message, [code] message
	keep("form", `^(Resource )?Initialization Failed: \{\}$`),                                            // Document Scanner around what it caught
	keep("form", `^code:\{\};message:\{\}$`),                                                             // Barcode Reader 9's console line
	keep("form", `^\[Attention\(exceptionCode:(\{\}\)\] )?$`),                                            // a masked result's mark
	keep("form", `^\[License\]( \[Key 1\] )?$|^ \[Key $|^\[Cache\] $`),                                   // the native client's tags
	keep("form", `^ (Main)?(ErrorCode|HttpCode|NetCode):$|^ ResponseStr:$`),                              // its transport report's fields
	keep("form", `^License mismatch: $`),                                                                 // a prefix to what did not match
	keep("form", `^ (Visit https://www\.dynamsoft\.com/customer/license/trialLicense|Check the Handshake Code|Email trial@dynamsoft\.com) |^ Contact the site administrator for more information\.$`), // advice after a text
	keep("form", `^is missing the core license$`), // what "The current product key {}, ..." says
	// License texts without a keyword.
	keep("text", `^Failed to open indexedDB: Timeout\.$`), // the browser's license cache
	keep("text", `^Unknown Network Error\.$|^\[Cache\] (Cache not found\.|Cache invalid\.|Using cache)$`),
	// Misuses of the license API.
	keep("usage", "^`deviceFriendlyName` is not allowed to change after `createInstance` or `loadWasm` is called\\.$"), // the license manager's too
	cur("usage", "is not allowed to change after `createInstance` or `loadWasm` is called\\.$"),
	cur("usage", `^A license can only be specified once and has already been set using the ProductKey API\.$`),
	cur("usage", `^After initialization, the product key cannot be changed\.$`),
	cur("usage", "^(Module `license` is not existed\\.|The `license` module cannot be found\\.)$"),
	keep("usage", `^DDV\.Core\.init\(\) has not been (set up yet|completed)\.$`), // Document Viewer's -80050, -80051
	// Progress.
	cur("status", `^(Checking Product Key format|Checking the license|Decoding the license|Parsing Product Key)\.\.\.$`),
	cur("status", `^Applying for a public trial license \.\.\.$|^init license success$`),
	// Logs, UI and notices.
	cur("other", `^(DLS init \d|failed to get dls method|failed to load dls module|free dls module|handle dls unhandled exception: \{\})$`),
	cur("other", `^(DLS License Type: \{\}\n|GetLicenseInfo Result:\{\}|InitLicenseFromDLSInfo ret: \{\}|License module error (code|message): \{\})$`),
	cur("other", `^SProductKeyInfo_|^check license (after capture|before capture|cost): \{\}$`),
	cur("other", `^Get license dialog fail\. `),
	cur("other", `^(Access domain is different|Current domain: |dwt_command filter: domain|dwt_http)`),
	cur("other", `^Token was expired in |^The Dynamic Web TWAIN Service SSL certificate has expired\.$`),
	cur("other", `^(Your trial license has expired\.|To extend the license, please contact|Your License Number is empty or it's invalid\.)$`), // the service's dialog
	cur("other", `^trial license$`),                                                        // what the client looks for in a server's message
	cur("other", `^false;\{\};.*;$`),                                                       // Web TWAIN's OCR add-on's response, split again before its callback
	cur("other", `^\{\} expired, lastRound: \{\}, curRound: \{\}$`),                        // JS 9.6's wasm log
	keep("other", `^Please make sure the Dynamic Web TWAIN Service has been installed\.$`), // Web TWAIN's -2800, which its service uses for license failures
}

// skip drops texts the keywords catch that are no message of the vendor's
// license client: the C library's error strings, TLS, HTTP and WebSocket
// libraries, a model runtime, banners.
var skip = []*regexp.Regexp{
	regexp.MustCompile(`^(Domain error|Quota exceeded|Key has expired)$`),
	regexp.MustCompile(`(?i)certificate|^CRL has expired$|NTLM|^handshake_0|^HS: ws upgrade|^TLS handshake$|^handshake failure$|^proxy handshake error$|^h2 ws handshake failed|^Failed to generate handshake for client|^handshake OK for protocol|^connect\+handshake|cookie|HANDSHAKE2: |^\{\}: (LRS_H1C_ISSUE_HANDSHAKE|tls handshake limit)`),
	regexp.MustCompile(`^DNS NXDOMAIN$|^Routing Domain Identifiers$|^user \+ domain \+ host name too big$|includeSubDomains|UNIX domain socket|^(\{\})?(Proxy-a|A)uthorization: |^ expire date: |^Expire date$|^Operation not authorized at current processing stage$`),
	regexp.MustCompile(`^Specified domain and type names combination|^opset import domain is null|^Created by Graeme W\. Gill|^//  and international treaty provisions|^status expired$|^Get Cert Expired Date Failed\.$`),
}

package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/dlserr/dlserr/testdata/harness"
)

// The key check is harness.CheckKey, shared with testdata/realclient. What
// is this program's own is checkMalformedKey's two checks, for the two keys
// that are broken on purpose, and checkServerList, for the client's
// licenseServer property.

// checkServerList is the rule for the licenseServer property, which both
// clients use instead of the key's servers when it is set (and instead of
// their built-in public servers when there is no key): exactly two servers,
// main and standby (a list of one makes the client ask that one twice), each
// as harness.CheckServer wants.
func checkServerList(servers []string) error {
	if len(servers) != 2 {
		return fmt.Errorf("licenseServer: %d servers, want main and standby", len(servers))
	}
	for _, s := range servers {
		if err := harness.CheckServer(s); err != nil {
			return fmt.Errorf("licenseServer: %v", err)
		}
	}
	return nil
}

// A malformed key cannot pass harness.CheckKey, by design, so the two this program
// uses pass checks of their own instead. The client must refuse them while
// it reads them (dbr.bundle.js and dbr.js: atob, then JSON.parse, else
// "Format Error: ..."), before it asks any server, and they must name no
// server but the stand-ins even if it did not:
//
//   - checkNotBase64Key: "DLS2" and text that atob refuses, so that nothing
//     in it is read;
//   - checkTruncatedKey: "DLS2" and strict standard base64 of a proper
//     prefix of a key's JSON text that harness.CheckKey accepts, which is no
//     JSON text.
//
// Neither may hold ':', '?' or ';': before it looks at "DLS2" the client
// drops what comes before a ':' and after a '?', so "x:DLS2..." or
// "DLS2!?..." could hide a key that reads.

// checkNotBase64Key accepts "DLS2" and text with a character that atob
// refuses: one outside the base64 alphabet, '=' and ASCII white space (the
// forgiving-base64 decode of the HTML standard, which atob uses).
func checkNotBase64Key(key string) error {
	b64, ok := strings.CutPrefix(key, "DLS2")
	switch {
	case !ok:
		return errors.New(`not "DLS2"`)
	case strings.ContainsAny(b64, ":?;"):
		return errors.New("holds ':', '?' or ';', where the client cuts keys")
	case strings.IndexFunc(b64, func(r rune) bool { return !strings.ContainsRune(forgivingBase64, r) }) < 0:
		return fmt.Errorf("atob reads %q", b64)
	}
	return nil
}

// forgivingBase64 is every character atob takes.
const forgivingBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \t\n\f\r"

// checkTruncatedKey accepts key if it is "DLS2" and strict standard base64
// of a proper prefix of whole's JSON text that is no JSON text, and whole
// passes harness.CheckKey.
func checkTruncatedKey(key, whole string) error {
	if err := harness.CheckKey(whole); err != nil {
		return fmt.Errorf("the whole key: %v", err)
	}
	b64, ok := strings.CutPrefix(key, "DLS2")
	if !ok {
		return errors.New(`not "DLS2"`)
	}
	text, err := harness.DecodeStrictBase64(b64)
	if err != nil {
		return err
	}
	full, _ := base64.StdEncoding.DecodeString(strings.TrimPrefix(whole, "DLS2"))
	switch {
	case len(text) == 0:
		return errors.New("no text")
	case json.Valid(text):
		return fmt.Errorf("a JSON text, which the client reads: %q", text)
	case len(text) >= len(full) || !bytes.HasPrefix(full, text):
		return fmt.Errorf("%q is not a proper prefix of %q", text, full)
	}
	return nil
}

// Organizations. The clients treat organization 200001 (or a handshake code
// "200001-...") as a request for a public trial license and word their
// errors for it ("[Contact Dynamsoft]", "Dynamsoft Support"); any other is
// a customer's own.
const (
	trialOrganization = "200001"
	ownOrganization   = "100001"
)

// keyJSON is the JSON text of a key as the clients take it.
func keyJSON(organization, mainURL, standbyURL string) string {
	return harness.KeyJSON(organization, mainURL, standbyURL, `"x"`)
}

func encodeKey(text string) string { return harness.EncodeKey(text) }

// makeKey is a well-formed key of organization naming the servers.
func makeKey(organization, mainURL, standbyURL string) string {
	return encodeKey(keyJSON(organization, mainURL, standbyURL))
}

// notBase64Key is the malformed key that atob refuses.
const notBase64Key = "DLS2!!!not-base64"

// truncatedKey is a key of organization naming the servers whose JSON text
// is cut before its last field's value ends, and the whole key it was cut
// from.
func truncatedKey(organization, mainURL, standbyURL string) (key, whole string) {
	text := keyJSON(organization, mainURL, standbyURL)
	cut := strings.LastIndex(text, `"sessionPassword":`)
	return encodeKey(text[:cut+len(`"sessionPassword":"`)]), encodeKey(text)
}

package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// The key check mirrors testdata/realclient/key.go (checkKey and its
// helpers, the same rules, word for word where it can be); it is copied, not
// imported, because realclient is a package main. What is new here is
// checkMalformedKey, for the two keys that are broken on purpose, and
// checkServerList, for the client's licenseServer property.

// keyFields is the whole of a key's JSON object as this program writes it.
// checkKey decodes a key into it with unknown fields disallowed: a field the
// client reads that this program does not know could name a server.
type keyFields struct {
	OrganizationID   string `json:"organizationID"`
	HandshakeCode    string `json:"handshakeCode"`
	MainServerURL    string `json:"mainServerURL"`
	StandbyServerURL string `json:"standbyServerURL"`
	SessionPassword  string `json:"sessionPassword"`
}

// serverFields are keyFields' fields that name a server. The web clients
// read both (dbr.bundle.js, dbr.js: t.mainServerURL, t.standbyServerURL).
var serverFields = map[string]bool{"mainServerURL": true, "standbyServerURL": true}

// keyField tells the exact names of keyFields, which encoding/json would
// also match in another case ("MAINSERVERURL").
var keyField = map[string]bool{
	"organizationID": true, "handshakeCode": true, "sessionPassword": true,
	"mainServerURL": true, "standbyServerURL": true,
}

var (
	// strictBase64 is standard base64 with its padding and nothing else:
	// encoding/base64 skips newlines even in strict mode.
	strictBase64 = regexp.MustCompile(`^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$`)
	// loopbackURL is the one form a server may take: no userinfo, no other
	// host, no path, a port without leading zeros. Only http: the stand-ins
	// speak no TLS.
	loopbackURL = regexp.MustCompile(`^http://127\.0\.0\.1:([1-9][0-9]{0,4})/$`)
)

// checkKey is the rule every well-formed key obeys before the browser gets
// it: a key that names no server makes the client call the vendor's public
// ones, and one that names another server calls that. Each ';'-separated part
// must be "DLS2" and strict standard base64 of one JSON object that
// keyFields holds whole, with mainServerURL and standbyServerURL, both
// http://127.0.0.1:PORT/ written out without escapes (a parser that reads
// escapes otherwise, or finds fields by their text, must see the same
// server), each field once, under its exact name, no URL in any other field,
// and nothing after the object.
func checkKey(key string) error {
	for i, part := range strings.Split(key, ";") {
		if err := checkKeyPart(part); err != nil {
			return fmt.Errorf("key part %d: %v", i+1, err)
		}
	}
	return nil
}

func checkKeyPart(part string) error {
	b64, ok := strings.CutPrefix(part, "DLS2")
	if !ok {
		return errors.New(`not "DLS2"`)
	}
	if !strictBase64.MatchString(b64) {
		return errors.New("not strict standard base64")
	}
	text, err := base64.StdEncoding.Strict().DecodeString(b64)
	if err != nil {
		return fmt.Errorf("not strict standard base64: %v", err)
	}

	var fields keyFields
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&fields); err != nil {
		return fmt.Errorf("not one JSON object of the fields this program writes: %v: %q", err, text)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("data after the JSON object: %q", text)
	}
	if err := checkKeyTokens(text); err != nil {
		return fmt.Errorf("%v: %q", err, text)
	}
	for _, f := range []struct{ name, url string }{{"mainServerURL", fields.MainServerURL}, {"standbyServerURL", fields.StandbyServerURL}} {
		if err := checkServer(f.url); err != nil {
			return fmt.Errorf("%s: %v", f.name, err)
		}
	}
	return nil
}

// checkKeyTokens walks the object's tokens, which Decode does not show:
// names must be exact and appear once, values must be strings, and the
// server fields' values must be written as they read.
func checkKeyTokens(text []byte) error {
	dec := json.NewDecoder(bytes.NewReader(text))
	raw := func(start int64) []byte { // the last token as written
		return bytes.TrimLeft(text[start:dec.InputOffset()], " \t\r\n,:")
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return errors.New("not a JSON object")
	}
	seen := map[string]bool{}
	for dec.More() {
		start := dec.InputOffset()
		t, err := dec.Token()
		if err != nil {
			return err
		}
		name, _ := t.(string)
		switch {
		case !keyField[name]:
			return fmt.Errorf("field %q is not one this program writes", t)
		case !bytes.Equal(raw(start), []byte(strconv.Quote(name))):
			return fmt.Errorf("field name %s is written with escapes", raw(start))
		case seen[name]:
			return fmt.Errorf("field %q appears twice", name)
		}
		seen[name] = true
		start = dec.InputOffset()
		if t, err = dec.Token(); err != nil {
			return err
		}
		value, ok := t.(string)
		switch {
		case !ok:
			return fmt.Errorf("field %q is not a string", name)
		case serverFields[name] && !bytes.Equal(raw(start), []byte(`"`+value+`"`)):
			return fmt.Errorf("field %q is written with escapes", name)
		case !serverFields[name] && strings.Contains(value, "://"):
			return fmt.Errorf("field %q, not a server's, holds a URL", name)
		}
	}
	for _, name := range []string{"mainServerURL", "standbyServerURL"} {
		if !seen[name] {
			return fmt.Errorf("no %s", name)
		}
	}
	return nil
}

// checkServer accepts http://127.0.0.1:PORT/, PORT 1 to 65535, only.
func checkServer(url string) error {
	m := loopbackURL.FindStringSubmatch(url)
	if m == nil {
		return fmt.Errorf("%q is not http://127.0.0.1:PORT/", url)
	}
	if port, err := strconv.Atoi(m[1]); err != nil || port > 65535 {
		return fmt.Errorf("%q: port out of range", url)
	}
	return nil
}

// checkServerList is the rule for the licenseServer property, which both
// clients use instead of the key's servers when it is set (and instead of
// their built-in public servers when there is no key): exactly two servers,
// main and standby (a list of one makes the client ask that one twice), each
// as checkServer wants.
func checkServerList(servers []string) error {
	if len(servers) != 2 {
		return fmt.Errorf("licenseServer: %d servers, want main and standby", len(servers))
	}
	for _, s := range servers {
		if err := checkServer(s); err != nil {
			return fmt.Errorf("licenseServer: %v", err)
		}
	}
	return nil
}

// A malformed key cannot pass checkKey, by design, so the two this program
// uses pass checks of their own instead. The client must refuse them while
// it reads them (dbr.bundle.js and dbr.js: atob, then JSON.parse, else
// "Format Error: ..."), before it asks any server, and they must name no
// server but the stand-ins even if it did not:
//
//   - checkNotBase64Key: "DLS2" and text that atob refuses, so that nothing
//     in it is read;
//   - checkTruncatedKey: "DLS2" and strict standard base64 of a proper
//     prefix of a key's JSON text that checkKey accepts, which is no JSON
//     text.
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
// passes checkKey.
func checkTruncatedKey(key, whole string) error {
	if err := checkKey(whole); err != nil {
		return fmt.Errorf("the whole key: %v", err)
	}
	b64, ok := strings.CutPrefix(key, "DLS2")
	if !ok || !strictBase64.MatchString(b64) {
		return errors.New(`not "DLS2" and strict standard base64`)
	}
	text, err := base64.StdEncoding.Strict().DecodeString(b64)
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
	return `{"organizationID":"` + organization + `","handshakeCode":"` + organization + `-1","mainServerURL":"` + mainURL +
		`","standbyServerURL":"` + standbyURL + `","sessionPassword":"x"}`
}

func encodeKey(text string) string {
	return "DLS2" + base64.StdEncoding.EncodeToString([]byte(text))
}

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

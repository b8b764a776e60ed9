package harness

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// keyFields is the whole of a key's JSON object as the programs write it.
// checkKeyPart decodes a key into it with unknown fields disallowed: a field
// the vendor's code reads that the programs do not know (an "ip", a
// "mainServer") could name a server.
type keyFields struct {
	OrganizationID   string `json:"organizationID"`
	HandshakeCode    string `json:"handshakeCode"`
	MainServerURL    string `json:"mainServerURL"`
	StandbyServerURL string `json:"standbyServerURL"`
	SessionPassword  string `json:"sessionPassword"`
}

// serverFields are keyFields' fields that name a server, in the order the
// checks report them. The native SDKs and the web clients read both.
var serverFields = []string{"mainServerURL", "standbyServerURL"}

// keyField tells the exact names of keyFields, which encoding/json would
// also match in another case ("MAINSERVERURL"); true for a server's.
var keyField = map[string]bool{
	"organizationID": false, "handshakeCode": false, "sessionPassword": false,
	"mainServerURL": true, "standbyServerURL": true,
}

var (
	// strictBase64 is standard base64 with its padding and nothing else:
	// encoding/base64 skips newlines even in strict mode.
	strictBase64 = regexp.MustCompile(`^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$`)
	// loopbackURL is the one form a server may take: plain http (the
	// stand-ins speak no TLS), no userinfo, no other host, a port without
	// leading zeros, the path "/" and nothing after it.
	loopbackURL = regexp.MustCompile(`^http://127\.0\.0\.1:([1-9][0-9]{0,4})/$`)
)

// CheckKey is the rule every key obeys before the vendor's code gets it: a
// key that names no server makes the code call the vendor's public one, and
// one that names another server calls that. Each ';'-separated part must be
// "DLS2" and strict standard base64 of one JSON object that keyFields holds
// whole, with mainServerURL and standbyServerURL, both as CheckServer wants
// and written out without escapes (a parser that reads escapes otherwise, or
// finds fields by their text, must see the same server), each field once,
// under its exact name, every value a string, no URL in any other field, and
// nothing after the object.
func CheckKey(key string) error {
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
	text, err := DecodeStrictBase64(b64)
	if err != nil {
		return err
	}
	var fields keyFields
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&fields); err != nil {
		return fmt.Errorf("not one JSON object of the fields the programs write: %v: %q", err, text)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("data after the JSON object: %q", text)
	}
	if err := checkKeyTokens(text); err != nil {
		return fmt.Errorf("%v: %q", err, text)
	}
	for _, f := range []struct{ name, url string }{{"mainServerURL", fields.MainServerURL}, {"standbyServerURL", fields.StandbyServerURL}} {
		if err := CheckServer(f.url); err != nil {
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
		server, known := keyField[name]
		switch {
		case !known:
			return fmt.Errorf("field %q is not one the programs write", t)
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
		case server && !bytes.Equal(raw(start), []byte(`"`+value+`"`)):
			return fmt.Errorf("field %q is written with escapes", name)
		case !server && strings.Contains(value, "://"):
			return fmt.Errorf("field %q, not a server's, holds a URL", name)
		}
	}
	for _, name := range serverFields {
		if !seen[name] {
			return fmt.Errorf("no %s", name)
		}
	}
	return nil
}

// CheckServer accepts exactly http://127.0.0.1:PORT/, PORT 1 to 65535
// written without leading zeros. It reads the URL twice, with a pattern and
// with net/url, and both must agree: a URL that some parser reads as another
// host or another path must fail.
func CheckServer(server string) error {
	m := loopbackURL.FindStringSubmatch(server)
	if m == nil {
		return fmt.Errorf("%q is not http://127.0.0.1:PORT/", server)
	}
	port, err := strconv.Atoi(m[1])
	if err != nil || port < 1 || port > 65535 {
		return fmt.Errorf("%q: port out of range", server)
	}
	u, err := url.Parse(server)
	if err != nil || u.Scheme != "http" || u.User != nil || u.Host != "127.0.0.1:"+m[1] || u.Hostname() != "127.0.0.1" ||
		u.Port() != m[1] || u.Path != "/" || u.RawPath != "" || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || u.Opaque != "" {
		return fmt.Errorf("%q: net/url reads it otherwise (%v)", server, err)
	}
	return nil
}

// DecodeStrictBase64 decodes strict standard base64 with its padding, and
// refuses anything else, the line breaks that encoding/base64 skips even in
// strict mode among them.
func DecodeStrictBase64(b64 string) ([]byte, error) {
	if !strictBase64.MatchString(b64) {
		return nil, errors.New("not strict standard base64")
	}
	text, err := base64.StdEncoding.Strict().DecodeString(b64)
	if err != nil {
		return nil, fmt.Errorf("not strict standard base64: %v", err)
	}
	return text, nil
}

// KeyJSON is the JSON text of a key as the vendor's code takes it: the
// organization, a handshake code of it, the servers given, and
// sessionPassword as raw JSON, so that a key can hold an escape.
func KeyJSON(organization, mainURL, standbyURL, sessionPassword string) string {
	return `{"organizationID":"` + organization + `","handshakeCode":"` + organization + `-1","mainServerURL":"` + mainURL +
		`","standbyServerURL":"` + standbyURL + `","sessionPassword":` + sessionPassword + `}`
}

// EncodeKey is the key of a JSON text: "DLS2" and its standard base64.
func EncodeKey(text string) string {
	return "DLS2" + base64.StdEncoding.EncodeToString([]byte(text))
}

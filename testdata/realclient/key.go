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

// keyFields is the whole of a key's JSON object as this program writes it.
// checkKey decodes a key into it with unknown fields disallowed: a field the
// SDK reads that this program does not know (an "ip", a "mainServer") could
// name a server.
type keyFields struct {
	OrganizationID   string `json:"organizationID"`
	HandshakeCode    string `json:"handshakeCode"`
	MainServerURL    string `json:"mainServerURL"`
	StandbyServerURL string `json:"standbyServerURL"`
	SessionPassword  string `json:"sessionPassword"`
}

// serverFields are keyFields' fields that name a server. The SDKs read both.
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
	// host, no path, a port without leading zeros.
	loopbackURL = regexp.MustCompile(`^https?://127\.0\.0\.1:([1-9][0-9]{0,4})/$`)
)

// checkKey is the rule every key obeys before an SDK gets it: a key that names
// no server makes the SDK call the vendor's public one, and one that names
// another server calls that. Each ';'-separated part must be "DLS2" and strict
// standard base64 of one JSON object that keyFields holds whole, with
// mainServerURL and standbyServerURL, both http:// or https://127.0.0.1:PORT/
// written out without escapes (a parser that reads escapes otherwise, or finds
// fields by their text, must see the same server), each field once, under its
// exact name, no URL in any other field, and nothing after the object.
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
	for name, url := range map[string]string{"mainServerURL": fields.MainServerURL, "standbyServerURL": fields.StandbyServerURL} {
		if err := checkServer(url); err != nil {
			return fmt.Errorf("%s: %v", name, err)
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
	for name := range serverFields {
		if !seen[name] {
			return fmt.Errorf("no %s", name)
		}
	}
	return nil
}

// checkServer accepts http://127.0.0.1:PORT/ and https://127.0.0.1:PORT/,
// PORT 1 to 65535, only.
func checkServer(url string) error {
	m := loopbackURL.FindStringSubmatch(url)
	if m == nil {
		return fmt.Errorf("%q is not http(s)://127.0.0.1:PORT/", url)
	}
	if port, err := strconv.Atoi(m[1]); err != nil || port > 65535 {
		return fmt.Errorf("%q: port out of range", url)
	}
	return nil
}

// keyJSON is the JSON text of a key as the SDKs take it, with the servers
// given; sessionPassword is raw JSON, so that a key can hold an escape.
func keyJSON(mainURL, standbyURL, sessionPassword string) string {
	return `{"organizationID":"200001","handshakeCode":"200001-1","mainServerURL":"` + mainURL +
		`","standbyServerURL":"` + standbyURL + `","sessionPassword":` + sessionPassword + `}`
}

// Keys, "DLS2" and base64 of a JSON text. A good key is well formed; a bogus
// one differs in its sessionPassword only, a lone UTF-16 surrogate escape:
// JSON's grammar allows it and encoding/json reads it (as U+FFFD), but both
// SDKs measured refuse the key with it before they contact any server.
func goodKey(mainURL, standbyURL string) string {
	return encodeKey(keyJSON(mainURL, standbyURL, `"x"`))
}

func bogusKey(mainURL, standbyURL string) string {
	return encodeKey(keyJSON(mainURL, standbyURL, `"\ud800"`))
}

func encodeKey(text string) string {
	return "DLS2" + base64.StdEncoding.EncodeToString([]byte(text))
}

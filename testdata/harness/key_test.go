package harness

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"
)

// The two servers every key of the table names unless it says otherwise.
const (
	mainURL    = "http://127.0.0.1:8080/"
	standbyURL = "http://127.0.0.1:65535/"
)

// withServers is a key's JSON text with fields before and after the servers.
func withServers(before, mainURL, standbyURL, after string) string {
	return `{` + before + `"mainServerURL":"` + mainURL + `","standbyServerURL":"` + standbyURL + `"` + after + `}`
}

// badServers are URLs that CheckServer must refuse, each a way a server
// other than a stand-in on 127.0.0.1 could be named, or one that some parser
// reads otherwise.
var badServers = map[string]string{
	"empty":                    "",
	"https":                    "https://127.0.0.1:443/",
	"https, the vendor's":      "https://mlts.dynamsoft.com/",
	"other host":               "http://dls.example.com:48080/",
	"other host by address":    "http://203.0.113.5:48080/",
	"127.0.0.1 as a subdomain": "http://127.0.0.1.evil:8080/",
	"127.0.0.1 as a prefix":    "http://127.0.0.1evil.com:8080/",
	"127.0.0.1, then a dot":    "http://127.0.0.1.:8080/",
	"other loopback address":   "http://127.0.0.2:8080/",
	"localhost":                "http://localhost:8080/",
	"IPv6 loopback":            "http://[::1]:8080/",
	"IPv4-mapped IPv6":         "http://[::ffff:127.0.0.1]:8080/",
	"IPv6 without a port":      "http://[::1]/",
	"userinfo":                 "http://user:pw@127.0.0.1:8080/",
	"user only":                "http://user@127.0.0.1:8080/",
	"empty userinfo":           "http://@127.0.0.1:8080/",
	"host after userinfo":      "http://127.0.0.1:8080@dls.example.com/",
	"path":                     "http://127.0.0.1:8080/auth/",
	"path without a slash":     "http://127.0.0.1:8080/auth",
	"two slashes":              "http://127.0.0.1:8080//",
	"dot segment":              "http://127.0.0.1:8080/./",
	"encoded slash":            "http://127.0.0.1:8080/%2F",
	"backslash":                `http://127.0.0.1:8080\`,
	"query":                    "http://127.0.0.1:8080/?x=1",
	"empty query":              "http://127.0.0.1:8080/?",
	"fragment":                 "http://127.0.0.1:8080/#x",
	"no trailing slash":        "http://127.0.0.1:8080",
	"no port":                  "http://127.0.0.1/",
	"empty port":               "http://127.0.0.1:/",
	"port 0":                   "http://127.0.0.1:0/",
	"port 65536":               "http://127.0.0.1:65536/",
	"port 99999":               "http://127.0.0.1:99999/",
	"port 100000":              "http://127.0.0.1:100000/",
	"port with a leading zero": "http://127.0.0.1:08080/",
	"negative port":            "http://127.0.0.1:-1/",
	"port with a sign":         "http://127.0.0.1:+80/",
	"two ports":                "http://127.0.0.1:80:81/",
	"other scheme":             "ftp://127.0.0.1:21/",
	"websocket":                "ws://127.0.0.1:8080/",
	"upper-case scheme":        "HTTP://127.0.0.1:8080/",
	"protocol-relative":        "//127.0.0.1:8080/",
	"one slash":                "http:/127.0.0.1:8080/",
	"no scheme":                "127.0.0.1:8080",
	"leading space":            " http://127.0.0.1:8080/",
	"trailing space":           "http://127.0.0.1:8080/ ",
	"trailing newline":         "http://127.0.0.1:8080/\n",
	"tab inside":               "http://127.0.0.1:80\t80/",
	"NUL":                      "http://127.0.0.1:8080/\x00",
	"decimal address":          "http://2130706433:8080/",
	"octal address":            "http://0177.0.0.1:8080/",
	"short address":            "http://127.1:8080/",
	"percent-encoded host":     "http://127.0.0.%31:8080/",
	"full-width digit":         "http://127.0.0.\uff11:8080/",
	"escaped slashes":          `http:\/\/127.0.0.1:8080\/`,
}

func TestCheckServer(t *testing.T) {
	for _, good := range []string{"http://127.0.0.1:1/", "http://127.0.0.1:80/", "http://127.0.0.1:8080/", "http://127.0.0.1:65535/"} {
		if err := CheckServer(good); err != nil {
			t.Errorf("CheckServer(%q) = %v", good, err)
		}
	}
	for name, bad := range badServers {
		if err := CheckServer(bad); err == nil {
			t.Errorf("%s: CheckServer(%q) accepted it", name, bad)
		}
	}
}

func TestCheckKey(t *testing.T) {
	good := withServers(`"organizationID":"200001",`, mainURL, standbyURL, `,"sessionPassword":"x"`)
	b64 := base64.StdEncoding.EncodeToString
	tests := []struct {
		name string
		key  string
		ok   bool
	}{
		// The keys the programs give the vendor's code.
		{"a good key", EncodeKey(KeyJSON("200001", "http://127.0.0.1:1/", "http://127.0.0.1:2/", `"x"`)), true},
		{"a bogus key (a lone surrogate escape)", EncodeKey(KeyJSON("200001", mainURL, standbyURL, `"\ud800"`)), true},
		{"own organization", EncodeKey(KeyJSON("100001", mainURL, standbyURL, `"x"`)), true},
		{"two keys", EncodeKey(KeyJSON("100001", mainURL, standbyURL, `"x"`)) + ";" + EncodeKey(KeyJSON("200001", mainURL, standbyURL, `"\ud800"`)), true},
		{"servers only", EncodeKey(withServers("", mainURL, standbyURL, "")), true},
		{"whitespace around the object and its tokens", EncodeKey(" \n{ \"mainServerURL\" : \"" + mainURL + "\" ,\t\"standbyServerURL\":\"" + standbyURL + "\" }\r\n"), true},
		{"escapes outside the servers", EncodeKey(withServers(`"organizationID":"\u0032\n",`, mainURL, standbyURL, `,"sessionPassword":"\"\\"`)), true},
		{"URL outside the servers", EncodeKey(withServers(`"sessionPassword":"http://dls.example.com/",`, mainURL, standbyURL, "")), false},
		{"escaped URL outside the servers", EncodeKey(withServers(`"sessionPassword":"http:\/\/dls.example.com\/",`, mainURL, standbyURL, "")), false},
		{"mainServer field", EncodeKey(withServers("", mainURL, standbyURL, `,"mainServer":"dls.example.com"`)), false},
		{"ip field", EncodeKey(withServers("", mainURL, standbyURL, `,"ip":"203.0.113.5:48080"`)), false},
		{"remark field", EncodeKey(withServers("", mainURL, standbyURL, `,"remark":"x"`)), false},
		{"field name with a trailing space", EncodeKey(withServers(`"mainServerURL ":"http://dls.example.com/",`, mainURL, standbyURL, "")), false},

		// Servers.
		{"no mainServerURL", EncodeKey(`{"standbyServerURL":"` + standbyURL + `"}`), false},
		{"no standbyServerURL", EncodeKey(`{"mainServerURL":"` + mainURL + `"}`), false},
		{"no server", EncodeKey(`{"organizationID":"200001","handshakeCode":"200001-1","sessionPassword":"x"}`), false},
		{"escaped letter", EncodeKey(withServers("", `\u0068ttp://127.0.0.1:8080/`, standbyURL, "")), false},
		{"escaped slash only", EncodeKey(withServers("", `http://127.0.0.1:8080\/`, standbyURL, "")), false},

		// The JSON text.
		{"duplicate field, second names another host", EncodeKey(withServers("", mainURL, standbyURL, `,"mainServerURL":"http://dls.example.com/"`)), false},
		{"duplicate field, first names another host", EncodeKey(withServers(`"mainServerURL":"http://dls.example.com/",`, mainURL, standbyURL, "")), false},
		{"duplicate field, both loopback", EncodeKey(withServers("", mainURL, standbyURL, `,"mainServerURL":"`+mainURL+`"`)), false},
		{"duplicate field, not a server", EncodeKey(withServers(`"organizationID":"1",`, mainURL, standbyURL, `,"organizationID":"2"`)), false},
		{"field name in another case", EncodeKey(withServers(`"MainServerURL":"http://dls.example.com/",`, mainURL, standbyURL, "")), false},
		{"field name with an escape", EncodeKey(withServers(`"organization\u0049D":"1",`, mainURL, standbyURL, "")), false},
		{"null value", EncodeKey(withServers(`"organizationID":null,`, mainURL, standbyURL, "")), false},
		{"number value", EncodeKey(withServers(`"organizationID":200001,`, mainURL, standbyURL, "")), false},
		{"object value", EncodeKey(withServers(`"organizationID":{"mainServerURL":"http://dls.example.com/"},`, mainURL, standbyURL, "")), false},
		{"two JSON objects", EncodeKey(good + good), false},
		{"object, then another host", EncodeKey(good + `{"mainServerURL":"http://dls.example.com/"}`), false},
		{"data after the object", EncodeKey(good + " x"), false},
		{"cut off", EncodeKey(`{"mainServerURL":"` + mainURL + `","standbyServerURL":"` + standbyURL + `","organizationID":`), false},
		{"array", EncodeKey("[" + good + "]"), false},
		{"comment", EncodeKey("/* */" + good), false},
		{"raw control character", EncodeKey(withServers("\"organizationID\":\"a\tb\",", mainURL, standbyURL, "")), false},
		{"byte order mark", EncodeKey("\ufeff" + good), false},
		{"empty text", "DLS2", false},

		// The key around the text.
		{"empty key", "", false},
		{"trial key", "t0000000000", false},
		{"lower-case prefix", "dls2" + b64([]byte(good)), false},
		{"DLS1", "DLS1" + b64([]byte(good)), false},
		{"a prefix before a colon", "x:" + EncodeKey(good), false},
		{"a query after the key", EncodeKey(good) + "?x", false},
		{"space before", " " + EncodeKey(good), false},
		{"space after", EncodeKey(good) + " ", false},
		{"space in the base64", func() string { k := EncodeKey(good); return k[:20] + " " + k[20:] }(), false},
		{"newline in the base64", func() string { k := EncodeKey(good); return k[:20] + "\n" + k[20:] }(), false},
		{"CR in the base64", func() string { k := EncodeKey(good); return k[:20] + "\r" + k[20:] }(), false},
		{"newline at the end", EncodeKey(good) + "\n", false},
		{"URL-safe base64", "DLS2" + base64.URLEncoding.EncodeToString([]byte(good+"??>")), false},
		{"base64 without padding", "DLS2" + base64.RawStdEncoding.EncodeToString([]byte(good+" ")), false},
		{"base64 with stray bits", "DLS2" + strayBits(good), false},
		{"good, then an empty part", EncodeKey(good) + ";", false},
		{"good, then a trial key", EncodeKey(good) + ";t0000000000", false},
		{"good, then another host", EncodeKey(good) + ";" + EncodeKey(withServers("", "http://dls.example.com/", standbyURL, "")), false},
		{"not base64", "DLS2!!!not-base64", false},
	}
	for name, bad := range badServers {
		tests = append(tests,
			struct {
				name string
				key  string
				ok   bool
			}{"main " + name, EncodeKey(withServers("", bad, standbyURL, "")), false},
			struct {
				name string
				key  string
				ok   bool
			}{"standby " + name, EncodeKey(withServers("", mainURL, bad, "")), false})
	}
	for _, tt := range tests {
		if err := CheckKey(tt.key); (err == nil) != tt.ok {
			t.Errorf("%s: CheckKey(%q) = %v, want ok=%v", tt.name, tt.key, err, tt.ok)
		}
	}
}

// TestKeyJSON checks the text the programs' keys are made of, byte for
// byte: the vendor's code reads it, and the goldens record what it said.
func TestKeyJSON(t *testing.T) {
	got := KeyJSON("200001", mainURL, standbyURL, `"\ud800"`)
	want := `{"organizationID":"200001","handshakeCode":"200001-1","mainServerURL":"http://127.0.0.1:8080/",` +
		`"standbyServerURL":"http://127.0.0.1:65535/","sessionPassword":"\ud800"}`
	if got != want {
		t.Errorf("KeyJSON = %s, want %s", got, want)
	}
	if key := EncodeKey("{}"); key != "DLS2e30=" {
		t.Errorf("EncodeKey({}) = %q", key)
	}
	if text, err := DecodeStrictBase64("e30="); err != nil || string(text) != "{}" {
		t.Errorf("DecodeStrictBase64(e30=) = %q, %v", text, err)
	}
	for _, bad := range []string{"e30", "e3\n0=", "e31=", "e30=\n", "e-0=", "=e30"} {
		if text, err := DecodeStrictBase64(bad); err == nil {
			t.Errorf("DecodeStrictBase64(%q) = %q, accepted", bad, text)
		}
	}
}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// strayBits is text in standard base64 with padding whose unused bits are
// not zero: lenient decoders read it, strict ones refuse it.
func strayBits(text string) string {
	for len(text)%3 != 1 {
		text += " "
	}
	s := base64.StdEncoding.EncodeToString([]byte(text)) // ends in X==, X's low 4 bits unused
	i := strings.IndexByte(alphabet, s[len(s)-3])
	return s[:len(s)-3] + string(alphabet[i|1]) + "=="
}

// TestBase64Cases checks that the table's base64 cases break only what they
// say: leniently decoded, they are the text.
func TestBase64Cases(t *testing.T) {
	good := withServers("", mainURL, standbyURL, "")
	if data, err := base64.StdEncoding.DecodeString(strayBits(good)); err != nil || !strings.HasPrefix(string(data), good) {
		t.Errorf("lenient decoding of the stray-bits case: %q, %v", data, err)
	}
	if s := base64.URLEncoding.EncodeToString([]byte(good + "??>")); !strings.ContainsAny(s, "-_") {
		t.Errorf("the URL-safe case needs - or _ in %q", s)
	}
}

// FuzzCheckKey checks what any accepted key's text holds: one JSON object of
// the fields the programs write, both servers written out as
// http://127.0.0.1:PORT/, and no other URL.
func FuzzCheckKey(f *testing.F) {
	f.Add(withServers(`"organizationID":"200001",`, mainURL, standbyURL, `,"sessionPassword":"x"`))
	f.Add(withServers(`"organizationID":"\u0032",`, mainURL, standbyURL, ""))
	f.Add(withServers(`"sessionPassword":"http:\/\/dls.example.com\/",`, mainURL, standbyURL, ""))
	f.Add(withServers("", mainURL, standbyURL, `,"mainServerURL":"http://dls.example.com/"`))
	f.Add(withServers("", "https://127.0.0.1:1/", standbyURL, ""))
	f.Add(`{"mainServerURL":"http://127.0.0.1:1/"}`)
	f.Fuzz(func(t *testing.T, text string) {
		if CheckKey(EncodeKey(text)) != nil {
			return
		}
		var fields map[string]any
		if err := json.Unmarshal([]byte(text), &fields); err != nil {
			t.Fatalf("accepted %q, which is no JSON object: %v", text, err)
		}
		for name, v := range fields {
			s, ok := v.(string)
			server, known := keyField[name]
			switch {
			case !known || !ok:
				t.Fatalf("accepted %q with field %q = %v", text, name, v)
			case server && (!strings.HasPrefix(s, "http://127.0.0.1:") || !strings.HasSuffix(s, "/") || strings.Count(s, "/") != 3 ||
				!strings.Contains(text, `"`+s+`"`)):
				t.Fatalf("accepted %q with server %q", text, s)
			case !server && strings.Contains(s, "://"):
				t.Fatalf("accepted %q with a URL in %q", text, name)
			}
		}
		for _, name := range serverFields {
			if _, ok := fields[name]; !ok {
				t.Fatalf("accepted %q without %s", text, name)
			}
		}
	})
}

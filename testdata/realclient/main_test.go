package main

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The two servers every key of the table names unless it says otherwise.
const (
	mainURL    = "http://127.0.0.1:8080/"
	standbyURL = "https://127.0.0.1:65535/"
)

// withServers is a key's JSON text with fields before and after the servers.
func withServers(before, mainURL, standbyURL, after string) string {
	return `{` + before + `"mainServerURL":"` + mainURL + `","standbyServerURL":"` + standbyURL + `"` + after + `}`
}

func TestCheckKey(t *testing.T) {
	good := withServers(`"organizationID":"200001",`, mainURL, standbyURL, `,"sessionPassword":"x"`)
	b64 := base64.StdEncoding.EncodeToString
	tests := []struct {
		name string
		key  string
		ok   bool
	}{
		// The keys this program gives the SDKs.
		{"good http", goodKey("http://127.0.0.1:1/", "http://127.0.0.1:2/"), true},
		{"good https", goodKey("https://127.0.0.1:443/", "https://127.0.0.1:65535/"), true},
		{"bogus", bogusKey("http://127.0.0.1:1/", "http://127.0.0.1:2/"), true},
		{"good and bogus", goodKey(mainURL, standbyURL) + ";" + bogusKey(mainURL, standbyURL), true},
		{"servers only", encodeKey(withServers("", mainURL, standbyURL, "")), true},
		{"whitespace around the object and its tokens", encodeKey(" \n{ \"mainServerURL\" : \"" + mainURL + "\" ,\t\"standbyServerURL\":\"" + standbyURL + "\" }\r\n"), true},
		{"URL outside the servers", encodeKey(withServers(`"sessionPassword":"http://dls.example.com/",`, mainURL, standbyURL, "")), false},
		{"escaped URL outside the servers", encodeKey(withServers(`"sessionPassword":"http:\/\/dls.example.com\/",`, mainURL, standbyURL, "")), false},
		{"escapes outside the servers", encodeKey(withServers(`"organizationID":"\u0032\n",`, mainURL, standbyURL, `,"sessionPassword":"\"\\"`)), true},

		// The four the old check let through.
		{"mainServer field", encodeKey(withServers("", mainURL, standbyURL, `,"mainServer":"dls.example.com"`)), false},
		{"ip field", encodeKey(withServers("", mainURL, standbyURL, `,"ip":"203.0.113.5:48080"`)), false},
		{"field name with a trailing space", encodeKey(withServers(`"mainServerURL ":"http://dls.example.com/",`, mainURL, standbyURL, "")), false},
		{"base64 with a newline", func() string { k := encodeKey(good); return k[:20] + "\n" + k[20:] }(), false},

		// Servers.
		{"no mainServerURL", encodeKey(`{"standbyServerURL":"` + standbyURL + `"}`), false},
		{"no standbyServerURL", encodeKey(`{"mainServerURL":"` + mainURL + `"}`), false},
		{"no server", encodeKey(`{"organizationID":"200001","handshakeCode":"200001-1","sessionPassword":"x"}`), false},
		{"empty mainServerURL", encodeKey(withServers("", "", standbyURL, "")), false},
		{"other host", encodeKey(withServers("", "http://dls.example.com:48080/", standbyURL, "")), false},
		{"other host, standby", encodeKey(withServers("", mainURL, "http://203.0.113.5:48080/", "")), false},
		{"other loopback address", encodeKey(withServers("", "http://127.0.0.2:8080/", standbyURL, "")), false},
		{"localhost", encodeKey(withServers("", "http://localhost:8080/", standbyURL, "")), false},
		{"IPv6 loopback", encodeKey(withServers("", "http://[::1]:8080/", standbyURL, "")), false},
		{"IPv4-mapped IPv6", encodeKey(withServers("", "http://[::ffff:127.0.0.1]:8080/", standbyURL, "")), false},
		{"userinfo", encodeKey(withServers("", "http://user:pw@127.0.0.1:8080/", standbyURL, "")), false},
		{"host after userinfo", encodeKey(withServers("", "http://127.0.0.1:8080@dls.example.com/", standbyURL, "")), false},
		{"path", encodeKey(withServers("", "http://127.0.0.1:8080/auth/", standbyURL, "")), false},
		{"query", encodeKey(withServers("", "http://127.0.0.1:8080/?x=1", standbyURL, "")), false},
		{"fragment", encodeKey(withServers("", "http://127.0.0.1:8080/#x", standbyURL, "")), false},
		{"no trailing slash", encodeKey(withServers("", "http://127.0.0.1:8080", standbyURL, "")), false},
		{"no port", encodeKey(withServers("", "http://127.0.0.1/", standbyURL, "")), false},
		{"port 0", encodeKey(withServers("", "http://127.0.0.1:0/", standbyURL, "")), false},
		{"port 65536", encodeKey(withServers("", "http://127.0.0.1:65536/", standbyURL, "")), false},
		{"port 99999", encodeKey(withServers("", "http://127.0.0.1:99999/", standbyURL, "")), false},
		{"port with a leading zero", encodeKey(withServers("", "http://127.0.0.1:08080/", standbyURL, "")), false},
		{"other scheme", encodeKey(withServers("", "ftp://127.0.0.1:21/", standbyURL, "")), false},
		{"upper-case scheme", encodeKey(withServers("", "HTTP://127.0.0.1:8080/", standbyURL, "")), false},
		{"no scheme", encodeKey(withServers("", "127.0.0.1:8080", standbyURL, "")), false},
		{"trailing space", encodeKey(withServers("", "http://127.0.0.1:8080/ ", standbyURL, "")), false},
		{"decimal address", encodeKey(withServers("", "http://2130706433:8080/", standbyURL, "")), false},
		{"escaped slashes", encodeKey(withServers("", `http:\/\/127.0.0.1:8080\/`, standbyURL, "")), false},
		{"escaped letter", encodeKey(withServers("", `\u0068ttp://127.0.0.1:8080/`, standbyURL, "")), false},

		// The JSON text.
		{"duplicate field, second names another host", encodeKey(withServers("", mainURL, standbyURL, `,"mainServerURL":"http://dls.example.com/"`)), false},
		{"duplicate field, first names another host", encodeKey(withServers(`"mainServerURL":"http://dls.example.com/",`, mainURL, standbyURL, "")), false},
		{"duplicate field, both loopback", encodeKey(withServers("", mainURL, standbyURL, `,"mainServerURL":"`+mainURL+`"`)), false},
		{"duplicate field, not a server", encodeKey(withServers(`"organizationID":"1",`, mainURL, standbyURL, `,"organizationID":"2"`)), false},
		{"field name in another case", encodeKey(withServers(`"MainServerURL":"http://dls.example.com/",`, mainURL, standbyURL, "")), false},
		{"field name with an escape", encodeKey(withServers(`"organization\u0049D":"1",`, mainURL, standbyURL, "")), false},
		{"null value", encodeKey(withServers(`"organizationID":null,`, mainURL, standbyURL, "")), false},
		{"number value", encodeKey(withServers(`"organizationID":200001,`, mainURL, standbyURL, "")), false},
		{"object value", encodeKey(withServers(`"organizationID":{"mainServerURL":"http://dls.example.com/"},`, mainURL, standbyURL, "")), false},
		{"two JSON objects", encodeKey(good + good), false},
		{"object, then another host", encodeKey(good + `{"mainServerURL":"http://dls.example.com/"}`), false},
		{"data after the object", encodeKey(good + " x"), false},
		{"cut off", encodeKey(`{"mainServerURL":"` + mainURL + `","standbyServerURL":"` + standbyURL + `","organizationID":`), false},
		{"array", encodeKey("[" + good + "]"), false},
		{"comment", encodeKey("/* */" + good), false},
		{"raw control character", encodeKey(withServers("\"organizationID\":\"a\tb\",", mainURL, standbyURL, "")), false},
		{"byte order mark", encodeKey("\ufeff" + good), false},
		{"empty text", "DLS2", false},

		// The key around the text.
		{"empty key", "", false},
		{"trial key", "t0000000000", false},
		{"lower-case prefix", "dls2" + b64([]byte(good)), false},
		{"DLS1", "DLS1" + b64([]byte(good)), false},
		{"space before", " " + encodeKey(good), false},
		{"space after", encodeKey(good) + " ", false},
		{"space in the base64", func() string { k := encodeKey(good); return k[:20] + " " + k[20:] }(), false},
		{"CR in the base64", func() string { k := encodeKey(good); return k[:20] + "\r" + k[20:] }(), false},
		{"newline at the end", encodeKey(good) + "\n", false},
		{"URL-safe base64", "DLS2" + base64.URLEncoding.EncodeToString([]byte(good+"??>")), false},
		{"base64 without padding", "DLS2" + base64.RawStdEncoding.EncodeToString([]byte(good+" ")), false},
		{"base64 with stray bits", "DLS2" + strayBits(good), false},
		{"good, then an empty part", encodeKey(good) + ";", false},
		{"good, then a trial key", encodeKey(good) + ";t0000000000", false},
		{"good, then another host", encodeKey(good) + ";" + encodeKey(withServers("", "http://dls.example.com/", standbyURL, "")), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkKey(tt.key)
			if (err == nil) != tt.ok {
				t.Errorf("checkKey(%q) = %v, want ok=%v", tt.key, err, tt.ok)
			}
		})
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
// the fields this program writes, both servers written out as
// http(s)://127.0.0.1:PORT/, and no other URL.
func FuzzCheckKey(f *testing.F) {
	f.Add(withServers(`"organizationID":"200001",`, mainURL, standbyURL, `,"sessionPassword":"x"`))
	f.Add(withServers(`"organizationID":"\u0032",`, mainURL, standbyURL, ""))
	f.Add(withServers(`"sessionPassword":"http:\/\/dls.example.com\/",`, mainURL, standbyURL, ""))
	f.Add(withServers("", mainURL, standbyURL, `,"mainServerURL":"http://dls.example.com/"`))
	f.Add(`{"mainServerURL":"http://127.0.0.1:1/"}`)
	f.Fuzz(func(t *testing.T, text string) {
		if checkKey(encodeKey(text)) != nil {
			return
		}
		var fields map[string]any
		if err := json.Unmarshal([]byte(text), &fields); err != nil {
			t.Fatalf("accepted %q, which is no JSON object: %v", text, err)
		}
		for name, v := range fields {
			s, ok := v.(string)
			switch {
			case !keyField[name] || !ok:
				t.Fatalf("accepted %q with field %q = %v", text, name, v)
			case serverFields[name] && (!loopbackURL.MatchString(s) || !strings.Contains(text, `"`+s+`"`)):
				t.Fatalf("accepted %q with server %q", text, s)
			case !serverFields[name] && strings.Contains(s, "://"):
				t.Fatalf("accepted %q with a URL in %q", text, name)
			}
		}
		for name := range serverFields {
			if _, ok := fields[name]; !ok {
				t.Fatalf("accepted %q without %s", text, name)
			}
		}
	})
}

// TestSnapshot checks that the guard around the SDKs' default cache folders
// sees a folder appear and a file change, keep its size or get a new mode.
func TestSnapshot(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, ".Dynamsoft")
	dirs := []string{dir}
	absent := snapshot(dirs)
	if len(absent) != 1 || absent[0] != dir+" absent" {
		t.Fatalf("snapshot of a missing folder: %q", absent)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Mkdir(dir, 0o755))
	must(os.WriteFile(filepath.Join(dir, "cache"), []byte("one"), 0o644))
	before := snapshot(dirs)
	if d := diffSnapshots(absent, before); !strings.Contains(d, "+ "+dir+" d") || !strings.Contains(d, "- "+dir+" absent") {
		t.Errorf("a new folder: %q", d)
	}
	if d := diffSnapshots(before, snapshot(dirs)); d != "" {
		t.Errorf("nothing changed, but: %q", d)
	}
	mtime := time.Now().Add(-time.Hour)
	must(os.Chtimes(filepath.Join(dir, "cache"), mtime, mtime))
	before = snapshot(dirs)
	for name, change := range map[string]func(){
		"same size, same time": func() {
			must(os.WriteFile(filepath.Join(dir, "cache"), []byte("two"), 0o644))
			must(os.Chtimes(filepath.Join(dir, "cache"), mtime, mtime))
		},
		"mode": func() { must(os.Chmod(filepath.Join(dir, "cache"), 0o600)) },
		"new file deep down": func() {
			must(os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755))
			must(os.WriteFile(filepath.Join(dir, "a", "b", "c"), nil, 0o644))
		},
		"link": func() { must(os.Symlink("/nowhere", filepath.Join(dir, "link"))) },
	} {
		change()
		after := snapshot(dirs)
		if diffSnapshots(before, after) == "" {
			t.Errorf("%s: no change seen", name)
		}
		before = after
	}
}

// TestCheckPrivateDir checks what the library cache must be.
func TestCheckPrivateDir(t *testing.T) {
	root := t.TempDir()
	path := func(name string) string { return filepath.Join(root, name) }
	if err := makePrivateDir(path("new/cache")); err != nil {
		t.Fatalf("a new folder: %v", err)
	}
	if info, err := os.Stat(path("new/cache")); err != nil || info.Mode().Perm() != 0o700 {
		t.Fatalf("a new folder is %v, %v; want 0700", info.Mode(), err)
	}
	if err := os.Mkdir(path("0755"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := checkPrivateDir(path("0755")); err != nil {
		t.Errorf("a folder others can read: %v", err)
	}
	for name, setup := range map[string]func(string) error{
		"group-writable": func(p string) error { return errors.Join(os.Mkdir(p, 0o700), os.Chmod(p, 0o770)) },
		"world-writable": func(p string) error { return errors.Join(os.Mkdir(p, 0o700), os.Chmod(p, 0o1777)) },
		"a file":         func(p string) error { return os.WriteFile(p, nil, 0o600) },
		"a link":         func(p string) error { return os.Symlink(path("new"), p) },
		"missing":        func(string) error { return nil },
		"under a writable folder": func(p string) error {
			return errors.Join(os.Mkdir(p, 0o700), os.Chmod(p, 0o777), os.Mkdir(filepath.Join(p, "cache"), 0o700))
		},
		"another user's": func(p string) error {
			if os.Getuid() != 0 {
				return nil // only root can give a folder away; missing then
			}
			return errors.Join(os.Mkdir(p, 0o700), os.Chown(p, 1, 1))
		},
	} {
		if err := setup(path(name)); err != nil {
			t.Fatal(err)
		}
		p := path(name)
		if name == "under a writable folder" {
			p = filepath.Join(p, "cache")
		}
		if err := checkPrivateDir(p); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

package main

import (
	"archive/tar"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path"
	"strconv"
	"strings"
)

// arMember returns the member of a Debian package (an ar archive) whose
// name starts with prefix.
func arMember(b []byte, prefix string) (string, []byte, error) {
	const magic = "!<arch>\n"
	if !bytes.HasPrefix(b, []byte(magic)) {
		return "", nil, errors.New("not an ar archive")
	}
	for p := len(magic); p+60 <= len(b); {
		h := b[p : p+60]
		if string(h[58:60]) != "`\n" {
			return "", nil, fmt.Errorf("ar header at %d: bad magic", p)
		}
		name := strings.TrimSuffix(strings.TrimRight(string(h[:16]), " "), "/")
		size, err := strconv.ParseInt(strings.TrimSpace(string(h[48:58])), 10, 64)
		if err != nil || size < 0 || size > int64(len(b)-p-60) {
			return "", nil, fmt.Errorf("ar member %q at %d: bad size", name, p)
		}
		data := b[p+60 : p+60+int(size)]
		if strings.HasPrefix(name, prefix) {
			return name, data, nil
		}
		p += 60 + int(size) + int(size%2)
	}
	return "", nil, fmt.Errorf("no ar member %s*", prefix)
}

// thirdParty are the service's libraries and tools that are not the
// vendor's own code: their texts (TLS certificates that expire, ...) are
// not the license client's.
var thirdParty = map[string]bool{
	"libssl.so.3": true, "libcrypto.so.3": true, "libcurl.so.4": true,
	"certutil": true, "pnm2bmp": true, "libDMCodec.so": true,
}

// debELFFiles returns the vendor's ELF files of a Debian package, by their
// path in it (no leading "./"). The payload is data.tar.xz, which the
// standard library cannot read: xz (Debian's xz-utils, which dpkg itself
// needs) decompresses it.
func debELFFiles(deb []byte) (map[string][]byte, error) {
	name, data, err := arMember(deb, "data.tar")
	if err != nil {
		return nil, err
	}
	var payload io.Reader = bytes.NewReader(data)
	switch path.Ext(name) {
	case ".xz":
		cmd := exec.Command("xz", "-dc")
		cmd.Stdin = bytes.NewReader(data)
		var out, stderr bytes.Buffer
		out.Grow(8 * len(data))
		cmd.Stdout, cmd.Stderr = &out, &stderr
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("xz -dc %s: %v: %s", name, err, stderr.String())
		}
		payload = &out
	case ".tar":
	default:
		return nil, fmt.Errorf("%s: a compression this program does not read", name)
	}
	files := map[string][]byte{}
	tr := tar.NewReader(payload)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		p := path.Clean(strings.TrimPrefix(h.Name, "./"))
		if h.Typeflag != tar.TypeReg || thirdParty[path.Base(p)] || strings.HasPrefix(p, "../") {
			continue
		}
		if h.Size < 4 || h.Size > 1<<30 {
			continue
		}
		b := make([]byte, h.Size)
		if _, err := io.ReadFull(tr, b[:4]); err != nil || string(b[:4]) != "\x7fELF" {
			continue
		}
		if _, err := io.ReadFull(tr, b[4:]); err != nil {
			return nil, fmt.Errorf("%s: %s: %v", name, p, err)
		}
		files[p] = b
	}
}

package harness

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
)

// Tarball is where npm pack writes pkg's tarball (NAME@VERSION) in dir.
func Tarball(dir, pkg string) string {
	return filepath.Join(dir, strings.Replace(pkg, "@", "-", 1)+".tgz")
}

// Fetch returns the path of pkg's tarball in dir, which must hold the pinned
// integrity (as `npm view PKG dist.integrity` prints it): the one already
// there if it does, else a fresh one from npm pack, checked in turn.
func Fetch(pkg, integrity, dir string) (string, error) {
	tgz := Tarball(dir, pkg)
	if err := CheckIntegrity(tgz, integrity); err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			log.Printf("%v; fetching it again", err)
		}
		if err := NPMPack(pkg, dir); err != nil {
			return "", err
		}
		if err := CheckIntegrity(tgz, integrity); err != nil {
			return "", err
		}
	}
	return tgz, nil
}

// NPMPack fetches pkg's tarball into dir with npm pack, scripts off, and
// npm's cache (by default under ~/.npm) and HOME in a fresh temporary
// folder that it removes. npm finds its registry in the machine's
// configuration: its global npmrc, and the user's ~/.npmrc, which
// npm_config_userconfig names since HOME is elsewhere (unless the
// environment names one already).
func NPMPack(pkg, dir string) error {
	tmp, err := os.MkdirTemp("", "harness-npm-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	npmCache, home := filepath.Join(tmp, "cache"), filepath.Join(tmp, "home")
	if err := errors.Join(os.Mkdir(npmCache, 0o700), os.Mkdir(home, 0o700)); err != nil {
		return err
	}
	env := append(os.Environ(), "HOME="+home, "npm_config_cache="+npmCache,
		"npm_config_update_notifier=false", "npm_config_fund=false", "npm_config_audit=false")
	if _, ok := os.LookupEnv("npm_config_userconfig"); !ok {
		if user, err := os.UserHomeDir(); err == nil {
			env = append(env, "npm_config_userconfig="+filepath.Join(user, ".npmrc"))
		}
	}
	cmd := exec.Command("npm", "pack", pkg, "--pack-destination", dir, "--ignore-scripts")
	cmd.Dir = home // no package.json or .npmrc of a project around
	cmd.Env = env
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("npm pack %s: %v\n%s", pkg, err, msg)
	}
	return nil
}

// CheckIntegrity fails unless file's sha512 is the pinned one, want, in
// npm's form ("sha512-" and base64): the programs must run what was
// measured and reviewed, not what the registry serves today.
func CheckIntegrity(file, want string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	sum := sha512.Sum512(data)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != want {
		return fmt.Errorf("%s: HASH MISMATCH: got %s, pinned %s", file, got, want)
	}
	return nil
}

// Target is a regular file of a tarball, by its name there, and the path
// ExtractFiles writes it to.
type Target struct{ Name, Path string }

// ExtractFiles copies the tarball's regular files named in targets to their
// paths (mode 0700: libraries), which must not exist yet; a name may have
// several targets. It fails unless every target was written.
func ExtractFiles(tgz string, targets []Target) error {
	left := len(targets)
	err := walkTar(tgz, func(h *tar.Header, r io.Reader) error {
		var data []byte
		for _, t := range targets {
			if t.Name != h.Name {
				continue
			}
			if h.Typeflag != tar.TypeReg {
				return fmt.Errorf("%s: %s is no regular file", tgz, h.Name)
			}
			if data == nil {
				var err error
				if data, err = io.ReadAll(r); err != nil {
					return err
				}
			}
			if err := writeNew(t.Path, data, 0o700); err != nil {
				return err
			}
			left--
		}
		return nil
	})
	if err == nil && left > 0 {
		err = fmt.Errorf("%s: %d of the files wanted from it not found", tgz, left)
	}
	return err
}

// ExtractTree copies the regular files under prefix (a folder of the
// tarball, ending in /) into dir, which it creates, keeping their paths
// below prefix. Names that would land outside dir once cleaned, links and
// anything else that is no regular file are left out. It fails if it finds
// no file to copy.
func ExtractTree(tgz, prefix, dir string) error {
	if err := os.Mkdir(dir, 0o700); err != nil {
		return err
	}
	n := 0
	err := walkTar(tgz, func(h *tar.Header, r io.Reader) error {
		rel, ok := treePath(prefix, h.Name)
		if !ok || h.Typeflag != tar.TypeReg {
			return nil
		}
		target := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(target), 0o700); err != nil {
			return err
		}
		out, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return err
		}
		_, err = io.Copy(out, r)
		n++
		return errors.Join(err, out.Close())
	})
	if err == nil && n == 0 {
		err = fmt.Errorf("%s: no files under %s", tgz, prefix)
	}
	return err
}

// treePath is a tarball entry's path below prefix, if it is one there and
// stays there, unchanged, once cleaned.
func treePath(prefix, name string) (string, bool) {
	rel, ok := strings.CutPrefix(name, prefix)
	if !ok || rel == "" || !strings.HasSuffix(prefix, "/") {
		return "", false
	}
	if clean := path.Clean(rel); clean != rel || clean == "." || clean == ".." || strings.HasPrefix(clean, "../") || path.IsAbs(clean) {
		return "", false
	}
	return rel, true
}

// walkTar calls f for each entry of the gzip-compressed tarball tgz, with a
// reader of its content.
func walkTar(tgz string, f func(*tar.Header, io.Reader) error) error {
	file, err := os.Open(tgz)
	if err != nil {
		return err
	}
	defer file.Close()
	zr, err := gzip.NewReader(file)
	if err != nil {
		return fmt.Errorf("%s: %v", tgz, err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %v", tgz, err)
		}
		if err := f(h, tr); err != nil {
			return err
		}
	}
}

// writeNew writes data to a file that must not exist yet.
func writeNew(name string, data []byte, perm fs.FileMode) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	return errors.Join(err, f.Close())
}

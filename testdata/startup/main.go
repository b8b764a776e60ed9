// Command startup is what a Go service that uses Capture Vision does at
// startup: point the license cache at a folder of its own, call InitLicense,
// and turn the answer into a dlserr error. initLicense is the snippet
// README.md shows.
//
// The program links against Capture Vision's libDynamsoftLicense.so, which
// loads libDynamsoftCore.so: both go in a folder named lib beside main.go.
// They are in the npm package
// dynamsoft-capture-vision-for-node-lib-linux-x64@3.2.5000, at the top of
// the tarball:
//
//	npm pack dynamsoft-capture-vision-for-node-lib-linux-x64@3.2.5000
//	mkdir lib
//	tar -xzf dynamsoft-capture-vision-for-node-lib-linux-x64-3.2.5000.tgz -C lib --strip-components=1 \
//		package/libDynamsoftLicense.so package/libDynamsoftCore.so
//
// The #cgo line below passes -L and an rpath for that folder, so in the
// folder of main.go, in a module that requires github.com/dlserr/dlserr,
// a plain
//
//	go build -o startup
//
// links it, with nothing in CGO_LDFLAGS, and the program finds the
// libraries in that lib folder when it runs, with nothing in
// LD_LIBRARY_PATH. Run it with the key in DYNAMSOFT_LICENSE_KEY (or -key):
//
//	./startup -cache DIR
//
// testdata/realclient builds it that way, in a module of its own whose lib
// is the npm package's libraries, and runs it against stand-in license
// servers.
package main

/*
#cgo LDFLAGS: -L${SRCDIR}/lib -Wl,-rpath,${SRCDIR}/lib -lDynamsoftLicense
#include <stdlib.h>

int DC_InitLicense(const char *pLicense, char errorMsgBuffer[], const int errorMsgBufferLen);
int DC_SetLicenseCachePath(const char *directoryPath);
*/
import "C"

import (
	"flag"
	"fmt"
	"os"
	"unsafe"

	"github.com/dlserr/dlserr"
)

func main() {
	key := flag.String("key", os.Getenv("DYNAMSOFT_LICENSE_KEY"), "the license key (default $DYNAMSOFT_LICENSE_KEY)")
	cache := flag.String("cache", "", "the license cache folder (required: left alone, Capture Vision writes to /var/tmp/.Dynamsoft)")
	flag.Parse()
	if *key == "" || *cache == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := setLicenseCachePath(*cache); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := initLicense(*key); err != nil {
		fmt.Println("InitLicense:", err)
		return
	}
	fmt.Println("InitLicense: licensed")
}

// setLicenseCachePath points Capture Vision's license cache at dir. It must
// come before InitLicense.
func setLicenseCachePath(dir string) error {
	cdir := C.CString(dir)
	defer C.free(unsafe.Pointer(cdir))
	if rc := C.DC_SetLicenseCachePath(cdir); rc != 0 {
		return fmt.Errorf("DC_SetLicenseCachePath(%q) returned %d", dir, rc)
	}
	return nil
}

// initLicense calls Capture Vision's InitLicense and returns its answer as a Go error.
func initLicense(key string) error {
	ckey := C.CString(key)
	defer C.free(unsafe.Pointer(ckey))
	var buf [512]C.char // zeroed, and the SDK gets one byte less: buf ends in NUL
	rc := C.DC_InitLicense(ckey, &buf[0], C.int(len(buf)-1))
	return dlserr.FromProductMessage(int(rc), C.GoString(&buf[0]))
}

// Command realclient runs the vendor's real Linux SDKs and records what they
// return, so that dlserr's tests check themselves against what the SDKs
// really say rather than against their documentation.
//
// Run it from the module root:
//
//	go run ./testdata/realclient -out DIR [-cache DIR]
//
// It fetches two npm packages that ship the SDKs' Linux x64 libraries (npm
// pack, with npm's cache and HOME in a temporary folder, checked against
// pinned hashes), keeps their tarballs in the -cache folder (by default
// dlserr-realclient in the user's cache folder; it must be this user's
// alone), extracts the libraries into a temporary folder of the run and
// writes four files to DIR:
//
//   - error-strings.golden: every text the SDKs' GetErrorString knows, for
//     every number from -200000 to -1. It is the same on every run.
//   - initlicense.golden: what InitLicense returned in each scenario against
//     stand-in license servers, and what testdata/startup, built here
//     against Capture Vision's library, got from it. It varies from run to
//     run.
//   - decode.golden: what decoding the package's sample image returned after
//     each of a few license outcomes, and what decoding a file of text that
//     is no image returned without a license and after a bogus key. Its
//     decode and result lines are the same on every run; its init lines
//     vary as initlicense.golden's do.
//   - verdict.golden: what InitLicense returned, with a large buffer and
//     with a Go wrapper's 256 bytes, and what a decode returned after it,
//     when stand-ins refused the SDK as a license server does, with each
//     row of its error list in every wording and variants of that answer.
//     It is the same on every run.
//
// Each file starts with # lines that say what it holds; every other line is
// fields separated by spaces, the last one Go-quoted (strconv.Quote). To
// refresh the committed copies, pass -out testdata/realclient.
//
// The SDKs must reach no server but the stand-ins and leave nothing behind
// (testdata/harness has the guards, shared with testdata/webclient):
//
//   - harness.CheckKey checks every key right before an SDK gets it: each
//     part must be a DLS2 key whose servers are all http://127.0.0.1:PORT/.
//     A key that names no server makes the SDK call the vendor's public one.
//   - Everything that loads an SDK (the probes, testdata/startup) and the
//     stand-in servers runs in a harness.Sandbox: new user, mount, PID and
//     network namespaces, only loopback, and a root of its own that holds
//     the system's libraries read-only and the run's temporary folder (a
//     copy of this program, the libraries, testdata/startup built), and
//     nothing else of the machine: no socket or file of its /tmp, /run,
//     /var, home folders or work tree. If the kernel refuses the
//     namespaces, the program stops.
//   - Each SDK call runs in a child process of its own, the leader of a
//     process group that ends with it, with HOME and the license cache in
//     fresh temporary folders (left alone, Capture Vision writes its cache
//     to /var/tmp/.Dynamsoft), its working directory there too, its library
//     folder as LD_LIBRARY_PATH, no other environment (so no proxy) and a
//     timeout.
//   - The program lists what /var/tmp/.Dynamsoft and ~/.Dynamsoft hold before
//     and after the run, and fails if anything in them changed.
//
// The libraries are loaded with dlopen, so the program builds without them.
package main

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

static const char *call_get_error_string(void *f, int code) {
	return ((const char *(*)(int))f)(code);
}

static int call_set_cache_path(void *f, const char *dir) {
	return ((int (*)(const char *))f)(dir);
}

// last keeps InitLicense's raw answer for the golden file, so that
// initLicense can stay exactly what a service would write.
static struct { int rc; char msg[1024]; } last;

static int last_rc(void) { return last.rc; }
static const char *last_msg(void) { return last.msg; }

static int call_init_license(void *f, const char *key, char *buf, int len) {
	last.rc = ((int (*)(const char *, char *, int))f)(key, buf, len);
	size_t n = strnlen(buf, len);
	if (n >= sizeof last.msg) n = sizeof last.msg - 1;
	memcpy(last.msg, buf, n);
	last.msg[n] = 0;
	return last.rc;
}

// Barcode Reader 9's C API. Its structs are packed (#pragma pack(1)), so
// their fields are read with memcpy at their offsets, never through a
// naturally aligned struct.
static void *call_create(void *f) { return ((void *(*)(void))f)(); }

static int call_decode_file(void *f, void *reader, const char *file, const char *tmpl) {
	return ((int (*)(void *, const char *, const char *))f)(reader, file, tmpl);
}

static void *call_get_all_text_results(void *f, void *reader, int *rc) {
	void *results = NULL;
	*rc = ((int (*)(void *, void **))f)(reader, &results);
	return results;
}

static void call_free_text_results(void *f, void *results) { ((void (*)(void **))f)(&results); }

static void call_destroy(void *f, void *reader) { ((void (*)(void *))f)(reader); }

// TextResultArray: int resultsCount at 0, TextResult **results at 4.
static int text_results_count(void *a) {
	int n;
	memcpy(&n, a, sizeof n);
	return n;
}

static void *text_result(void *a, int i) {
	char *results, *r;
	memcpy(&results, (char *)a + 4, sizeof results);
	memcpy(&r, results + i * sizeof r, sizeof r);
	return r;
}

// TextResult: const char *barcodeFormatString at 4, barcodeText at 24.
static const char *text_result_string(void *r, int offset) {
	const char *s;
	memcpy(&s, (char *)r + offset, sizeof s);
	return s;
}

// Capture Vision's Node.js wrapper: plain C functions that return a JSON
// text in a string the library keeps (and overwrites on its next call).
static const char *call_json(void *f, const char *arg) {
	return ((const char *(*)(const char *))f)(arg);
}

static const char *call_json_on(void *f, void *cvr, const char *arg) {
	return ((const char *(*)(void *, const char *))f)(cvr, arg);
}

static const char *call_json_on2(void *f, void *cvr, const char *arg, const char *arg2) {
	return ((const char *(*)(void *, const char *, const char *))f)(cvr, arg, arg2);
}
*/
import "C"

import (
	"encoding/gob"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"unsafe"

	"github.com/dlserr/dlserr"
	"github.com/dlserr/dlserr/testdata/harness"
)

// sdk says where one SDK comes from and which entry points to call, so that
// the rest of the program treats both SDKs alike.
type sdk struct {
	name      string   // as the golden files name it
	pkg       string   // npm package@version
	integrity string   // as `npm view PKG dist.integrity` prints it
	files     []string // the license libraries in the tarball
	tableLib  string   // the library with GetErrorString
	tableFunc string
	initLib   string // the library with InitLicense
	initFunc  string
	cacheFunc string // sets the license cache path; "" if HOME decides
	clientLib string // a license client initLib loads at run time, if any

	captureFiles []string // what a decode needs beyond files, with files; nil if files do
	data         []string // files of the tarball that are no library
}

// sdks are the two SDKs measured, Capture Vision 3 (license client 4.0) and
// Barcode Reader 9, whose wordings differ for the same codes. The first is
// the one testdata/startup links against.
var sdks = []*sdk{{
	name:      "dcv3",
	pkg:       "dynamsoft-capture-vision-for-node-lib-linux-x64@3.2.5000",
	integrity: "sha512-vroEmVW8EUOvoRUEopSbhVRguZrdDIKaSw2l5Fm3BnA2OLAH1xFvfwLbzB9++PlrQK5b0RfYEwdB8FTDD/vPqQ==",
	files:     []string{"package/libDynamsoftCore.so", "package/libDynamsoftLicense.so"},
	tableLib:  "libDynamsoftCore.so", tableFunc: "DC_GetErrorString",
	initLib: "libDynamsoftLicense.so", initFunc: "DC_InitLicense", cacheFunc: "DC_SetLicenseCachePath",
	// The wrapper needs the router, utility and image-processing libraries
	// (readelf -d); the router loads the others at run time (strace).
	captureFiles: []string{"package/libdcv-nodejs-wrapper.so", "package/libDynamsoftCaptureVisionRouter.so",
		"package/libDynamsoftCore.so", "package/libDynamsoftLicense.so", "package/libDynamsoftUtility.so",
		"package/libDynamsoftImageProcessing.so", "package/libDynamsoftNeuralNetwork.so",
		"package/libDynamsoftBarcodeReader.so", "package/libDynamicPdf.so"},
}, {
	name:      "dbr9",
	pkg:       "barcode4nodejs@9.6.28",
	integrity: "sha512-vSt9nAWk0LMoELKNVAWePmD0ko97K1cGnt7H7Sy6eUQhy2VY9LVJIAYWKzJzXokS/0EL4rjcgbONY4p8/Nq90g==",
	files: []string{"package/platforms/linux/x64/libDynamsoftBarcodeReader.so",
		"package/platforms/linux/x64/libDynamsoftLicenseClient.so"},
	tableLib: "libDynamsoftBarcodeReader.so", tableFunc: "DBR_GetErrorString",
	initLib: "libDynamsoftBarcodeReader.so", initFunc: "DBR_InitLicense",
	clientLib: "libDynamsoftLicenseClient.so",
	data:      []string{"package/images/test.tif"},
}}

// sampleImage is the image both SDKs decode: barcode4nodejs's own sample,
// with 14 barcodes, in dataDir.
const sampleImage = "test.tif"

// The numbers swept through GetErrorString, which answers unknownText for
// every number it does not know.
const (
	firstCode   = -200000
	lastCode    = -1
	unknownText = "Unknown error."
)

// The program re-executes itself, and roleEnv tells the copies apart: the
// host process needs the network for npm, the scenarios process lives in
// the sandbox, and each probe process loads one SDK for one call, so no SDK
// state carries over from one call to the next.
const (
	roleEnv       = "REALCLIENT_ROLE"
	roleScenarios = "scenarios"
	roleProbe     = "probe"
)

// main dispatches on the role, because every process of the run is this
// same program.
func main() {
	harness.Init()
	log.SetFlags(0)
	log.SetPrefix("realclient: ")
	if os.Getenv(roleEnv) == roleProbe {
		if err := probeMain(); err != nil {
			log.Fatal(err)
		}
		return
	}
	out := flag.String("out", "", "folder to write the golden files to (required)")
	cache := flag.String("cache", "", "folder for the npm tarballs, this user's alone (default: dlserr-realclient in the user's cache folder)")
	libs := flag.String("libs", "", "(internal) folder with the libraries extracted")
	startup := flag.String("startup", "", "(internal) folder with the startup program built")
	wait := flag.Bool("wait-timeout", false, "let the no-answer scenario's server hold the connection until the SDK gives up (60 s) instead of closing it after "+hangFor.String())
	flag.Parse()
	if *wait {
		hangFor = 0
	}
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	var err error
	if os.Getenv(roleEnv) == roleScenarios {
		err = scenariosMain(*out, *libs, *startup)
	} else {
		err = hostMain(*out, *cache)
	}
	if err != nil {
		log.Fatal(err)
	}
}

// Kinds of probe.
const (
	probeTable  = "table"  // sweep GetErrorString
	probeInit   = "init"   // call InitLicense
	probeDecode = "decode" // call InitLicense (unless Key is ""), then decode Image
)

// probeRequest is what a probe process is asked to do.
type probeRequest struct {
	Kind, SDK, LibDir, Key, CachePath, Image, Result string
	Buffer                                           int // decode: InitLicense's buffer (initWithBuffer); 0: decode.golden's way
}

// probeResult is the SDK's raw answer, which the golden files record, and
// the report of what dlserr made of it. gob keeps the bytes as they are.
type probeResult struct {
	Table   []errorString
	RC      int    // InitLicense's
	Message string // InitLicense's
	Inited  bool   // InitLicense was called (decode)
	NUL     bool   // a NUL ended Message inside the buffer (decode with Buffer)
	Decode  decodeResult
	Report  string
	Reached string // what reached the stand-ins, as stage.requests says; set by runProbe
}

// errorString is one entry of an SDK's error-string table.
type errorString struct {
	Code int
	Text string
}

// decodeResult is what a decode returned: its code and error text, and the
// barcodes found, in the order the SDK gave them.
type decodeResult struct {
	RC      int
	Text    string
	Results []barcode
	Note    string // for the progress output only
}

type barcode struct {
	Format, Text string
}

// probeMain is the child that loads one SDK and makes one call to it (a
// decode: the calls it takes), so that nothing a call leaves behind in the
// process (license state, a crash) reaches the next one.
func probeMain() error {
	var req probeRequest
	if err := gob.NewDecoder(os.Stdin).Decode(&req); err != nil {
		return err
	}
	var s *sdk
	for _, c := range sdks {
		if c.name == req.SDK {
			s = c
		}
	}
	if s == nil {
		return fmt.Errorf("no SDK named %q", req.SDK)
	}
	if req.Key != "" {
		if err := harness.CheckKey(req.Key); err != nil {
			return fmt.Errorf("REFUSED to use a key: %v", err)
		}
	}
	var res probeResult
	var err error
	switch {
	case req.Kind == probeTable:
		res.Table, err = errorTable(s, req.LibDir)
	case req.Kind == probeInit:
		var lib *sdkLibrary
		if lib, err = openLibrary(s, req.LibDir, req.CachePath); err == nil {
			err := initLicense(lib, req.Key)
			res.RC, res.Message = int(C.last_rc()), C.GoString(C.last_msg())
			res.Report = fmt.Sprintf("%v class=%v retryable=%v", err, dlserr.ClassOf(err), dlserr.Retryable(err))
		}
	case req.Kind == probeDecode && s.name == "dcv3":
		err = captureDCV(s, &req, &res)
	case req.Kind == probeDecode:
		err = decodeDBR(s, &req, &res)
	default:
		err = fmt.Errorf("no probe %q", req.Kind)
	}
	if err != nil {
		return err
	}
	f, err := os.Create(req.Result)
	if err != nil {
		return err
	}
	return errors.Join(gob.NewEncoder(f).Encode(res), f.Close())
}

// errorTable reads every text s's GetErrorString has for a number in range.
func errorTable(s *sdk, libDir string) ([]errorString, error) {
	f, err := symbol(filepath.Join(libDir, s.tableLib), s.tableFunc)
	if err != nil {
		return nil, err
	}
	var table []errorString
	for code := firstCode; code <= lastCode; code++ {
		if text := C.GoString(C.call_get_error_string(f, C.int(code))); text != unknownText {
			table = append(table, errorString{code, text})
		}
	}
	return table, nil
}

// sdkLibrary holds the SDK entry points that a program linked against the
// SDK would call by name; this one finds them with dlsym instead.
type sdkLibrary struct {
	initLicense unsafe.Pointer // int InitLicense(const char *key, char *buf, int len)
}

// openLibrary loads s's license library and, for SDKs that have one, sets
// the license cache path first: left alone, Capture Vision keeps its cache
// in /var/tmp/.Dynamsoft, shared by every user and run.
func openLibrary(s *sdk, libDir, cachePath string) (*sdkLibrary, error) {
	path := filepath.Join(libDir, s.initLib)
	if s.cacheFunc != "" {
		f, err := symbol(path, s.cacheFunc)
		if err != nil {
			return nil, err
		}
		dir := C.CString(cachePath)
		defer C.free(unsafe.Pointer(dir))
		if rc := C.call_set_cache_path(f, dir); rc != 0 {
			return nil, fmt.Errorf("%s(%q) returned %d", s.cacheFunc, cachePath, rc)
		}
	}
	f, err := symbol(path, s.initFunc)
	return &sdkLibrary{initLicense: f}, err
}

// symbol loads a library (dlopen loads it once however often it is asked)
// and finds one of its functions. RTLD_NOW makes a missing dependency fail
// here rather than in the middle of a call.
func symbol(path, name string) (unsafe.Pointer, error) {
	h, err := dlopen(path, C.RTLD_NOW|C.RTLD_LOCAL)
	if err != nil {
		return nil, err
	}
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	f := C.dlsym(h, cname)
	if f == nil {
		return nil, fmt.Errorf("dlsym %s in %s: not found", name, path)
	}
	return f, nil
}

func dlopen(path string, flags C.int) (unsafe.Pointer, error) {
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	h := C.dlopen(cpath, flags)
	if h == nil {
		return nil, fmt.Errorf("dlopen: %s", C.GoString(C.dlerror()))
	}
	return h, nil
}

// initLicense calls the SDK's InitLicense and returns its result as a Go
// error, nil or a *dlserr.Error, so that callers match license failures
// with errors.Is instead of reading the SDK's message buffer.
func initLicense(lib *sdkLibrary, key string) error {
	ckey := C.CString(key)
	defer C.free(unsafe.Pointer(ckey))
	var buf [512]C.char // the SDK gets one byte less, so buf always ends in NUL
	rc := C.call_init_license(lib.initLicense, ckey, &buf[0], C.int(len(buf)-1))
	return dlserr.FromProductMessage(int(rc), C.GoString(&buf[0]))
}

// decodeDBR calls Barcode Reader 9's InitLicense, unless the key is empty,
// then decodes the image with the default template and reads every result.
func decodeDBR(s *sdk, req *probeRequest, res *probeResult) error {
	path := filepath.Join(req.LibDir, s.initLib)
	fn := map[string]unsafe.Pointer{}
	for _, name := range []string{s.initFunc, s.tableFunc, "DBR_CreateInstance", "DBR_DecodeFile",
		"DBR_GetAllTextResults", "DBR_FreeTextResults", "DBR_DestroyInstance"} {
		f, err := symbol(path, name)
		if err != nil {
			return err
		}
		fn[name] = f
	}
	if req.Key != "" && req.Buffer > 0 {
		if err := initWithBuffer(fn[s.initFunc], req, res); err != nil {
			return err
		}
	} else if req.Key != "" {
		ckey := C.CString(req.Key)
		defer C.free(unsafe.Pointer(ckey))
		var buf [512]C.char
		C.call_init_license(fn[s.initFunc], ckey, &buf[0], C.int(len(buf)-1))
		res.Inited, res.RC, res.Message = true, int(C.last_rc()), C.GoString(C.last_msg())
	}
	reader := C.call_create(fn["DBR_CreateInstance"])
	if reader == nil {
		return errors.New("DBR_CreateInstance returned NULL")
	}
	defer C.call_destroy(fn["DBR_DestroyInstance"], reader)
	file, tmpl := C.CString(req.Image), C.CString("")
	defer C.free(unsafe.Pointer(file))
	defer C.free(unsafe.Pointer(tmpl))
	rc := C.call_decode_file(fn["DBR_DecodeFile"], reader, file, tmpl)
	d := &res.Decode
	d.RC, d.Text = int(rc), C.GoString(C.call_get_error_string(fn[s.tableFunc], rc))
	var getRC C.int
	results := C.call_get_all_text_results(fn["DBR_GetAllTextResults"], reader, &getRC)
	d.Note = fmt.Sprintf("DBR_GetAllTextResults returned %d", getRC)
	if results == nil {
		return nil
	}
	defer C.call_free_text_results(fn["DBR_FreeTextResults"], results)
	for i := C.int(0); i < C.text_results_count(results); i++ {
		r := C.text_result(results, i)
		d.Results = append(d.Results, barcode{
			Format: C.GoString(C.text_result_string(r, 4)),
			Text:   C.GoString(C.text_result_string(r, 24)),
		})
	}
	return nil
}

// captureTemplate needs no model file, which the npm package does not ship
// (its default template fails with -10078 for the missing model).
const captureTemplate = `{"CaptureVisionTemplates":[{"Name":"CV_0","ImageROIProcessingNameArray":["TA_0"]}],` +
	`"TargetROIDefOptions":[{"Name":"TA_0","TaskSettingNameArray":["BR_0"]}],` +
	`"BarcodeReaderTaskSettingOptions":[{"Name":"BR_0","ExpectedBarcodesCount":0,` +
	`"BarcodeFormatIds":["BF_QR_CODE","BF_CODE_128","BF_PDF417","BF_DATAMATRIX","BF_AZTEC","BF_CODE_39","BF_ITF"],` +
	`"SectionArray":[{"Section":"ST_BARCODE_DECODING","StageArray":[{"Stage":"SST_DECODE_BARCODES",` +
	`"DeblurModes":[{"Mode":"DM_BASED_ON_LOC_BIN"},{"Mode":"DM_THRESHOLD_BINARIZATION"},{"Mode":"DM_DIRECT_BINARIZATION"}]}]}]}]}`

// wrapperAnswer is the JSON text the Node.js wrapper's calls return.
type wrapperAnswer struct {
	Description string `json:"description"`
	Exception   *int   `json:"exception"`
	ErrorCode   *int   `json:"errorCode"`
	ErrorString string `json:"errorString"`
	Items       []struct {
		Type         int    `json:"type"`
		FormatString string `json:"formatString"`
		Text         string `json:"text"`
	} `json:"items"`
}

// wrapperCall reads one answer of the wrapper. The string is the library's
// own (a static std::string that its next call overwrites; the library
// exports nothing to free it with, and free() on it would corrupt its heap),
// so it is copied at once.
func wrapperCall(name string, answer *C.char) (wrapperAnswer, error) {
	var a wrapperAnswer
	if answer == nil {
		return a, fmt.Errorf("%s returned NULL", name)
	}
	text := C.GoString(answer)
	if err := json.Unmarshal([]byte(text), &a); err != nil {
		return a, fmt.Errorf("%s returned %q: %v", name, text, err)
	}
	return a, nil
}

// captureDCV sets Capture Vision's license cache path, calls its InitLicense
// unless the key is empty, then captures the image with captureTemplate,
// all through the Node.js wrapper's C functions but InitLicense with a
// buffer, which is the C entry point a Go program calls.
func captureDCV(s *sdk, req *probeRequest, res *probeResult) error {
	// The wrapper leaves the C++ runtime's symbols to whoever loads it.
	if _, err := dlopen("libstdc++.so.6", C.RTLD_NOW|C.RTLD_GLOBAL); err != nil {
		return err
	}
	path := filepath.Join(req.LibDir, "libdcv-nodejs-wrapper.so")
	fn := map[string]unsafe.Pointer{}
	for _, name := range []string{"dcvnodejs_setLicenseCachePath", "dcvnodejs_initLicense", "dcvnodejs_createInstance",
		"dcvnodejs_initSettings", "dcvnodejs_captureFileInDisk"} {
		f, err := symbol(path, name)
		if err != nil {
			return err
		}
		fn[name] = f
	}
	dir, key, tmpl, file, name := C.CString(req.CachePath), C.CString(req.Key), C.CString(captureTemplate), C.CString(req.Image), C.CString("CV_0")
	for _, p := range []*C.char{dir, key, tmpl, file, name} {
		defer C.free(unsafe.Pointer(p))
	}

	a, err := wrapperCall("dcvnodejs_setLicenseCachePath", C.call_json(fn["dcvnodejs_setLicenseCachePath"], dir))
	if err != nil || a.Exception == nil || *a.Exception != 0 {
		return fmt.Errorf("dcvnodejs_setLicenseCachePath(%q): %+v %v", req.CachePath, a, err)
	}
	if req.Key != "" && req.Buffer > 0 {
		// The wrapper loaded this library: dlopen finds it, license state and all.
		f, err := symbol(filepath.Join(req.LibDir, s.initLib), s.initFunc)
		if err == nil {
			err = initWithBuffer(f, req, res)
		}
		if err != nil {
			return err
		}
	} else if req.Key != "" {
		a, err := wrapperCall("dcvnodejs_initLicense", C.call_json(fn["dcvnodejs_initLicense"], key))
		if err != nil || a.Exception == nil {
			return fmt.Errorf("dcvnodejs_initLicense: %+v %v", a, err)
		}
		res.Inited, res.RC, res.Message = true, *a.Exception, a.Description
	}
	cvr := C.call_create(fn["dcvnodejs_createInstance"])
	if cvr == nil {
		return errors.New("dcvnodejs_createInstance returned NULL")
	}
	a, err = wrapperCall("dcvnodejs_initSettings", C.call_json_on(fn["dcvnodejs_initSettings"], cvr, tmpl))
	if err != nil || a.Exception == nil || *a.Exception != 0 {
		return fmt.Errorf("dcvnodejs_initSettings: %+v %v", a, err)
	}
	a, err = wrapperCall("dcvnodejs_captureFileInDisk", C.call_json_on2(fn["dcvnodejs_captureFileInDisk"], cvr, file, name))
	if err != nil || a.ErrorCode == nil {
		return fmt.Errorf("dcvnodejs_captureFileInDisk: %+v %v", a, err)
	}
	d := &res.Decode
	d.RC, d.Text = *a.ErrorCode, a.ErrorString
	for _, item := range a.Items {
		d.Results = append(d.Results, barcode{Format: item.FormatString, Text: item.Text})
	}
	d.Note = fmt.Sprintf("%d items", len(a.Items))
	return nil
}

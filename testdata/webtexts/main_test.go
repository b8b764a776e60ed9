package main

import (
	"bytes"
	"encoding/binary"
	"math/rand"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// jsTexts composes every text of src whose literal parts the keep function
// accepts (all of them if keep is nil), as "OFFSET NUMBER TEXT" lines.
func jsTexts(t *testing.T, src string, keep func(alt) bool) []string {
	t.Helper()
	if keep == nil {
		keep = func(alt) bool { return true }
	}
	var res []string
	for _, x := range newJSFile([]byte(src)).texts(keep) {
		res = append(res, strings.Join([]string{itoa(int64(x.off)), itoa(x.number), x.alt.render()}, " "))
	}
	sort.Strings(res)
	return res
}

func itoa(v int64) string { return strconv.FormatInt(v, 10) }

func licenseOnly(a alt) bool { return strings.Contains(strings.ToLower(a.render()), "license") }

func TestLexStringsEscapesAndOffsets(t *testing.T) {
	src := `a = 'it\'s' + "\x41\u0042\u{43}\n" + "\uD83D\uDE00"; // "not a string"
/* 'nor this' */ b = 1`
	var got []string
	var offs []int
	for _, tk := range lexJS([]byte(src)) {
		if tk.kind == tkString {
			got = append(got, tk.val)
			offs = append(offs, tk.off)
		}
	}
	want := []string{"it's", "ABC\n", "\U0001F600"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("strings = %q, want %q", got, want)
	}
	if wantOffs := []int{strings.Index(src, `'it`), strings.Index(src, `"\x41`), strings.Index(src, `"\uD83D`)}; !reflect.DeepEqual(offs, wantOffs) {
		t.Errorf("offsets = %v, want %v", offs, wantOffs)
	}
	for i, o := range offs {
		if c := src[o]; c != '\'' && c != '"' {
			t.Errorf("string %d's offset %d points at %q, not its quote", i, o, c)
		}
	}
}

func TestLexRegexAndDivision(t *testing.T) {
	// A / after an operand divides; after an operator or "return" it starts
	// a regular expression, whose quotes are no strings.
	src := `x = a / b / c; y = s.replace(/["']/g, "q"); function f(){return /'/.test(z)}`
	var strs, regexes []string
	for _, tk := range lexJS([]byte(src)) {
		switch tk.kind {
		case tkString:
			strs = append(strs, tk.val)
		case tkRegex:
			regexes = append(regexes, tk.text)
		}
	}
	if !reflect.DeepEqual(strs, []string{"q"}) {
		t.Errorf("strings = %q, want [q]", strs)
	}
	if !reflect.DeepEqual(regexes, []string{`/["']/g`, `/'/`}) {
		t.Errorf("regexes = %q", regexes)
	}
}

func TestLexTemplateNesting(t *testing.T) {
	src := "e = `A ${x ? `in ${y}` : \"q}\"} B ${ {a:1}.a } C`"
	var tpl *token
	for _, tk := range lexJS([]byte(src)) {
		if tk.kind == tkTemplate {
			tk := tk
			tpl = &tk
		}
	}
	if tpl == nil {
		t.Fatal("no template literal")
	}
	if want := []string{"A ", " B ", " C"}; !reflect.DeepEqual(tpl.parts, want) {
		t.Errorf("parts = %q, want %q", tpl.parts, want)
	}
	if len(tpl.exprs) != 2 || len(tpl.exprs[1]) != 7 {
		t.Fatalf("exprs = %d, second has %d tokens; want 2 and 7 ({ a : 1 } . a)", len(tpl.exprs), len(tpl.exprs[len(tpl.exprs)-1]))
	}
	if tpl.end != len(src) {
		t.Errorf("template ends at %d, want %d", tpl.end, len(src))
	}
}

func TestNumberValue(t *testing.T) {
	for s, want := range map[string]int64{"8e4": 80000, "81e3": 81000, "2e4": 20000, "0x10": 16, "2325": 2325, "1_000": 1000} {
		if v, ok := numberValue(s); !ok || v != want {
			t.Errorf("numberValue(%q) = %d, %v; want %d", s, v, ok, want)
		}
	}
	for _, s := range []string{".72", "1.5", "0xzz"} {
		if v, ok := numberValue(s); ok {
			t.Errorf("numberValue(%q) = %d, want no integer", s, v)
		}
	}
}

func TestComposeConcatenation(t *testing.T) {
	src := `throw Error("License for "+m.name+" expired on "+d+".")`
	want := []string{itoa(int64(strings.Index(src, `"License`))) + " 0 License for {} expired on {}."}
	if got := jsTexts(t, src, nil); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestComposeTemplateBranches(t *testing.T) {
	src := "let n=new Error(t.errorCode?`[${t.functionName}] [${t.errorCode}] ${t.message}`:`[${t.functionName}] ${t.message}`)"
	got := jsTexts(t, src, nil)
	// Each branch is a text of its own place.
	first := strings.Index(src, "`")
	second := first + 1 + strings.Index(src[first+1:], ":`") + 1
	want := []string{itoa(int64(first)) + " 0 [{}] [{}] {}", itoa(int64(second)) + " 0 [{}] {}"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	a := newJSFile([]byte(src)).texts(func(alt) bool { return true })[0].alt
	if h := a.holes(); !reflect.DeepEqual(h, []string{"t.functionName", "t.errorCode", "t.message"}) && !reflect.DeepEqual(h, []string{"t.functionName", "t.message"}) {
		t.Errorf("holes = %q", h)
	}
}

func TestComposeConcatCallsAndJoin(t *testing.T) {
	src := `a("The license is not for version ".concat(v,". ").concat(r));b(["[",s,"] ",m].join(""))`
	got := jsTexts(t, src, nil)
	want := []string{
		itoa(int64(strings.Index(src, `"The`))) + " 0 The license is not for version {}. {}",
		itoa(int64(strings.Index(src, `["[`))) + " 0 [{}] {}",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestComposeConstantFunction(t *testing.T) {
	// Web TWAIN's ua(): "" in a Chrome extension, else the advice.
	src := `function ua(){return x.ext?"":"Please contact the site administrator."}function f(e){aa(e,-2344,"The product key does not support Windows OS. "+ua()),sa(e)}`
	got := jsTexts(t, src, func(a alt) bool { return strings.Contains(a.render(), "product key") })
	at := itoa(int64(strings.Index(src, `"The`)))
	want := []string{
		at + " -2344 The product key does not support Windows OS. ",
		at + " -2344 The product key does not support Windows OS. Please contact the site administrator.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestComposeBoundNames(t *testing.T) {
	// Parts bound to names compose; the parts (a space first, or a colon
	// last) are no texts of their own; a whole text bound to a name is.
	src := `const V="Failed to reach the License Server: ",H=" Check the license.",W="Whole license text.";let j={a:V+"timed out."+H,b:V+"no answer."};throw Error(W)`
	got := jsTexts(t, src, licenseOnly)
	want := []string{
		itoa(int64(strings.Index(src, `V+"timed`))) + " 0 Failed to reach the License Server: timed out. Check the license.",
		itoa(int64(strings.Index(src, `V+"no`))) + " 0 Failed to reach the License Server: no answer.",
		itoa(int64(strings.Index(src, `"Whole`))) + " 0 Whole license text.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestComposeNameChangedOrShadowed(t *testing.T) {
	for name, src := range map[string]string{
		"reassigned": `function f(d){var n="";d&&(n=" on "+d);e.msg="The license expired"+n+"."}`,
		"appended":   `function f(d){var n="";n+=d;e.msg="The license expired"+n+"."}`,
		"parameter":  `const n=" on time";function f(n){e.msg="The license expired"+n+"."}`,
	} {
		got := jsTexts(t, src, licenseOnly)
		if len(got) != 1 || !strings.HasSuffix(got[0], "The license expired{}.") {
			t.Errorf("%s: got %q, want the name as a hole", name, got)
		}
	}
	// A declaration of the same name in a nested function is another
	// variable: it does not stop the outer one from resolving.
	src := `const n=" is set.";function g(){let n=1;n=2}function f(){e.msg="The license"+n}`
	if got := jsTexts(t, src, licenseOnly); len(got) != 1 || !strings.HasSuffix(got[0], "The license is set.") {
		t.Errorf("nested declaration: got %q", got)
	}
}

func TestPairedNumbers(t *testing.T) {
	src := `i(ku,"LIC_EXPIRED",{code:-8e4,message:"No license."});` +
		`var oa=function(e){return e.LicenseInvalid=-2325,e}({});function Aa(e){aa(e,oa.LicenseInvalid,t()?"The license is invalid.":"The product key is empty or invalid.")}` +
		`function Ra(e){e._errorCode=-2339,t()?e._errorString="The license for the module is not found.":e._errorString="The product key does not support the module."}` +
		`function Na(e){e._errorCode=-2326;if(x){y(function(){z=1})}else{e._errorString="The license expired."}}` +
		`function Xa(e){e._errorCode=-2999;function inner(){e._errorString="Another license text."}}` +
		`var Ad={NetworkError:-2440,LtsJsLoadError:-2446};k={code:Ad.LtsJsLoadError,message:"The license module failed to load."};` +
		`function OCR(){var A=-2602;var y="Cannot connect to the license checker."}`
	got := map[string]int64{}
	for _, x := range newJSFile([]byte(src)).texts(licenseOnly) {
		got[x.alt.render()] = x.number
	}
	want := map[string]int64{
		"No license.":                              -80000,
		"The license is invalid.":                  -2325,
		"The license for the module is not found.": -2339,
		"The license expired.":                     -2326,
		"Another license text.":                    0, // another function's
		"The license module failed to load.":       -2446,
		"Cannot connect to the license checker.":   -2602,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

func TestUseNumber(t *testing.T) {
	src := `var ji="Please make sure the license service has been installed.";function xs(e){aa(e,-2800,ji)}`
	got := jsTexts(t, src, licenseOnly)
	if want := []string{itoa(int64(strings.Index(src, `"Please`))) + " -2800 Please make sure the license service has been installed."}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// wasmModule writes a wasm module: a code section with code, then a data
// section with the given raw segments.
func wasmModule(code []byte, segs ...[]byte) []byte {
	b := []byte("\x00asm\x01\x00\x00\x00")
	b = append(b, 10)
	b = binary.AppendUvarint(b, uint64(len(code)))
	b = append(b, code...)
	var data []byte
	data = binary.AppendUvarint(data, uint64(len(segs)))
	for _, s := range segs {
		data = append(data, s...)
	}
	b = append(b, 11)
	b = binary.AppendUvarint(b, uint64(len(data)))
	return append(b, data...)
}

func sleb32(v int64) []byte {
	var b []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 && c&0x40 == 0 || v == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// activeSeg is an active segment at addr (expr: its offset expression, or
// nil for i32.const addr).
func activeSeg(addr int64, expr []byte, data []byte) []byte {
	b := []byte{0}
	if expr == nil {
		expr = append(append([]byte{0x41}, sleb32(addr)...), 0x0b)
	}
	b = append(b, expr...)
	b = binary.AppendUvarint(b, uint64(len(data)))
	return append(b, data...)
}

func passiveSeg(data []byte) []byte {
	b := binary.AppendUvarint([]byte{1}, uint64(len(data)))
	return append(b, data...)
}

func record(code int32, ptr uint32) []byte {
	return binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(nil, uint32(code)), ptr)
}

func TestWasmDataAndErrorTables(t *testing.T) {
	strs := []byte("The license is invalid.\x00No license.\x00\x01\x02\x03\x00Lonely license.\x00")
	trial := []byte("Trial License.\x00")
	// Segment 1's address is global.get 0 + 2048, as a side module's is.
	sideExpr := []byte{0x23, 0x00, 0x41}
	sideExpr = append(append(sideExpr, sleb32(2048)...), 0x6a, 0x0b)
	var table []byte
	table = append(table, record(-10003, 1024)...)
	table = append(table, record(-20000, 1024+24)...)
	table = append(table, record(-20010, 4096)...)
	// Two records only: no table.
	lonely := append(record(-30000, 1024+39), record(-30001, 1024+39)...)
	// memory.init of segment 2 (passive) at 4096: i32.const 4096, i32.const 0,
	// i32.const len, 0xfc 8 2 0.
	code := append([]byte{0x01, 0x41}, sleb32(4096)...)
	code = append(code, 0x41, 0x00, 0x41)
	code = append(code, sleb32(int64(len(trial)))...)
	code = append(code, 0xfc, 0x08, 0x02, 0x00)
	mod := wasmModule(code,
		activeSeg(1024, nil, strs),
		activeSeg(0, sideExpr, table),
		passiveSeg(trial),
		activeSeg(3000, nil, lonely),
	)
	segs, err := wasmData(mod)
	if err != nil {
		t.Fatal(err)
	}
	addrs := []int64{segs[0].addr, segs[1].addr, segs[2].addr, segs[3].addr}
	if want := []int64{1024, 2048, 4096, 3000}; !reflect.DeepEqual(addrs, want) {
		t.Errorf("segment addresses = %v, want %v", addrs, want)
	}
	if !bytes.Equal(mod[segs[0].off:segs[0].off+len(strs)], strs) {
		t.Errorf("segment 0's offset %d does not point at its bytes", segs[0].off)
	}
	texts, err := wasmTexts(mod)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{"The license is invalid.": -10003, "No license.": -20000, "Trial License.": -20010, "Lonely license.": 0}
	if got := numbers(t, mod, texts); !reflect.DeepEqual(got, want) {
		t.Errorf("texts = %v, want %v", got, want)
	}
}

func TestWasmRejectsBadInput(t *testing.T) {
	good := wasmModule(nil, activeSeg(16, nil, []byte("A license text.\x00")))
	if _, err := wasmData([]byte("\x00asm\x02\x00\x00\x00")); err == nil {
		t.Error("version 2: no error")
	}
	// Cut anywhere in the data section (after the empty code section's two
	// bytes), the module must fail to read.
	for n := 11; n < len(good); n++ {
		if _, err := wasmData(good[:n]); err == nil {
			t.Errorf("cut at %d of %d: no error", n, len(good))
		}
	}
}

func TestNativeAlt(t *testing.T) {
	for s, want := range map[string]string{
		"%s module license has expired.":    "{} module license has expired.",
		"expired on %d/%d/%d, please":       "expired on {}/{}/{}, please",
		"100%% of the quota, %lld requests": "100% of the quota, {} requests",
		"No format here.":                   "No format here.",
	} {
		if got := nativeAlt(s).render(); got != want {
			t.Errorf("nativeAlt(%q) = %q, want %q", s, got, want)
		}
	}
	if h := nativeAlt("a %s b %5.2f").holes(); !reflect.DeepEqual(h, []string{"%s", "%5.2f"}) {
		t.Errorf("holes = %q", h)
	}
}

// elfFile writes a small 64-bit shared library: .rodata with strs at
// 0x1000, .data.rel.ro with one 16-byte record per code at 0x2000, whose
// pointers are R_X86_64_RELATIVE relocations to ptrs (or, if direct, the
// addresses themselves).
func elfFile(strs []byte, codes []int32, ptrs []uint64, direct bool) []byte {
	var rodata, data, rela []byte
	rodata = strs
	for i, c := range codes {
		data = binary.LittleEndian.AppendUint32(data, uint32(c))
		data = append(data, 0, 0, 0, 0)
		if direct {
			data = binary.LittleEndian.AppendUint64(data, ptrs[i])
		} else {
			data = binary.LittleEndian.AppendUint64(data, 0)
			rela = binary.LittleEndian.AppendUint64(rela, uint64(0x2000+16*i+8))
			rela = binary.LittleEndian.AppendUint64(rela, 8) // R_X86_64_RELATIVE
			rela = binary.LittleEndian.AppendUint64(rela, ptrs[i])
		}
	}
	shstr := []byte("\x00.rodata\x00.data.rel.ro\x00.rela.dyn\x00.shstrtab\x00")
	body := [][]byte{rodata, data, rela, shstr}
	off := 64
	offs := make([]int, len(body))
	var content []byte
	for i, b := range body {
		offs[i] = off + len(content)
		content = append(content, b...)
		for len(content)%8 != 0 {
			content = append(content, 0)
		}
	}
	shoff := off + len(content)
	h := make([]byte, 64)
	copy(h, "\x7fELF\x02\x01\x01")
	binary.LittleEndian.PutUint16(h[16:], 3)  // ET_DYN
	binary.LittleEndian.PutUint16(h[18:], 62) // x86-64
	binary.LittleEndian.PutUint32(h[20:], 1)
	binary.LittleEndian.PutUint64(h[40:], uint64(shoff))
	binary.LittleEndian.PutUint16(h[52:], 64)
	binary.LittleEndian.PutUint16(h[54:], 56)
	binary.LittleEndian.PutUint16(h[58:], 64)
	binary.LittleEndian.PutUint16(h[60:], 5)
	binary.LittleEndian.PutUint16(h[62:], 4)
	sh := func(name, typ uint32, flags, addr uint64, i int, entsize uint64) []byte {
		b := make([]byte, 64)
		binary.LittleEndian.PutUint32(b[0:], name)
		binary.LittleEndian.PutUint32(b[4:], typ)
		binary.LittleEndian.PutUint64(b[8:], flags)
		binary.LittleEndian.PutUint64(b[16:], addr)
		binary.LittleEndian.PutUint64(b[24:], uint64(offs[i]))
		binary.LittleEndian.PutUint64(b[32:], uint64(len(body[i])))
		binary.LittleEndian.PutUint64(b[48:], 1)
		binary.LittleEndian.PutUint64(b[56:], entsize)
		return b
	}
	out := append(h, content...)
	out = append(out, make([]byte, 64)...)          // SHN_UNDEF
	out = append(out, sh(1, 1, 2, 0x1000, 0, 0)...) // .rodata: PROGBITS, ALLOC
	out = append(out, sh(9, 1, 3, 0x2000, 1, 0)...) // .data.rel.ro: PROGBITS, ALLOC|WRITE
	out = append(out, sh(22, 4, 2, 0, 2, 24)...)    // .rela.dyn: RELA
	return append(out, sh(32, 3, 0, 0, 3, 0)...)    // .shstrtab
}

func TestELFTablesByRelocationAndAddress(t *testing.T) {
	strs := []byte("\x00The license key is invalid.\x00No license.\x00Trial License.\x00Unpaired license text.\x00")
	ptrs := []uint64{0x1000 + 1, 0x1000 + 29, 0x1000 + 41}
	codes := []int32{-10053, -20000, -20010}
	for _, direct := range []bool{false, true} {
		f := elfFile(strs, codes, ptrs, direct)
		texts, err := elfTexts(f)
		if err != nil {
			t.Fatalf("direct=%v: %v", direct, err)
		}
		want := map[string]int64{"The license key is invalid.": -10053, "No license.": -20000, "Trial License.": -20010, "Unpaired license text.": 0}
		if got := numbers(t, f, texts); !reflect.DeepEqual(got, want) {
			t.Errorf("direct=%v: texts = %v, want %v", direct, got, want)
		}
	}
}

// numbers maps each text found in b to its number, and checks that its
// offset points at it.
func numbers(t *testing.T, b []byte, texts []nativeText) map[string]int64 {
	t.Helper()
	got := map[string]int64{}
	for _, x := range texts {
		got[x.text] = x.number
		if string(b[x.off:x.off+len(x.text)]) != x.text {
			t.Errorf("%q: offset %d does not point at it", x.text, x.off)
		}
	}
	return got
}

func TestArMember(t *testing.T) {
	ar := []byte("!<arch>\n")
	add := func(name, data string) {
		h := []byte(strings.Repeat(" ", 60))
		copy(h, name)
		copy(h[48:], itoa(int64(len(data))))
		copy(h[58:], "`\n")
		ar = append(append(ar, h...), data...)
		if len(data)%2 == 1 {
			ar = append(ar, '\n')
		}
	}
	add("debian-binary", "2.0\n")
	add("control.tar.gz/", "odd")
	add("data.tar.xz/", "payload")
	name, data, err := arMember(ar, "data.tar")
	if err != nil || name != "data.tar.xz" || string(data) != "payload" {
		t.Errorf("arMember = %q, %q, %v", name, data, err)
	}
	if _, _, err := arMember(ar, "nothing"); err == nil {
		t.Error("a member that is not there: no error")
	}
	if _, _, err := arMember(ar[:len(ar)-3], "data.tar"); err == nil {
		t.Error("a cut archive: no error")
	}
}

func TestSelection(t *testing.T) {
	for _, c := range []struct {
		text  string
		holes []string
		want  bool
		kind  string
	}{
		{"The license is invalid.", nil, true, "text"},
		{"The Dynamic Web TWAIN license expired{}. Please contact the website developer.", []string{"n"}, true, "template"},
		{"Failed to open indexedDB: Timeout.", nil, true, "text"},
		{"[{}] [{}] {}", []string{"t.functionName", "t.errorCode", "t.message"}, true, "form"},
		{"[{}] {}", []string{"i", "o"}, false, ""},         // a log line's timestamp
		{"Quota exceeded", nil, false, ""},                 // the C library's
		{"quotation mark = APL quote", nil, false, ""},     // not the word quota
		{"2of5 industrial", nil, false, ""},                // not the word trial
		{"license", nil, false, ""},                        // a name, no message
		{"function(){return license.key}", nil, false, ""}, // code
		{"`license` is not allowed to change after `createInstance` or `loadWasm` is called.", nil, true, "usage"},
		{"Checking the license...", nil, true, "status"},
		{"DLS init 1", nil, true, "other"},
		{"The DLS2 Offline license has expired.", nil, true, "text"},
		{"Using a public trial license.", nil, true, "text"},
		{"{} module license has expired.", []string{"%s"}, true, "template"},                                 // a hole first is no code
		{"{}{}:{}/dwt/{}{}/RemoveAllAuthorizations?t={}", []string{"a", "b", "c", "d", "e", "f"}, false, ""}, // a URL from parts
		{"{}Authorization: Basic {}\r\n", []string{"%s", "%s"}, false, ""},                                   // an HTTP header
	} {
		if got := selected(c.text, c.holes); got != c.want {
			t.Errorf("selected(%q) = %v, want %v", c.text, got, c.want)
		}
		if c.want {
			if k := kindOf(c.text); k != c.kind {
				t.Errorf("kindOf(%q) = %q, want %q", c.text, k, c.kind)
			}
		}
	}
}

func TestGoldenLinesSortedAndUnique(t *testing.T) {
	es := []entry{
		{pkg: "b@1", file: "x.js", off: 20, kind: "text", text: "B license."},
		{pkg: "a@1", file: "y.wasm", off: 300, number: -10003, kind: "text", text: "The license is invalid."},
		{pkg: "a@1", file: "y.wasm", off: 30, kind: "template", text: "Expired on {}.\n", holes: []string{"%s"}},
		{pkg: "b@1", file: "x.js", off: 20, kind: "text", text: "B license."},
	}
	out := string(formatGolden(es))
	var lines []string
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	want := []string{
		`a@1 y.wasm 30 - template "Expired on {}.\n"`,
		`a@1 y.wasm 300 -10003 text "The license is invalid."`,
		`b@1 x.js 20 - text "B license."`,
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(out, `#   "Expired on {}.\n": code: {1} "%s"`) {
		t.Errorf("no note of what fills the template's hole in:\n%s", out)
	}
	if out2 := string(formatGolden([]entry{es[3], es[2], es[1], es[0]})); out2 != out {
		t.Error("the output depends on the entries' order")
	}
}

func TestPackagePathAndESCopies(t *testing.T) {
	for name, want := range map[string]string{"package/dist/a.js": "dist/a.js", "package/../x": "", "package/": "", "package/dist/../../x": ""} {
		got, ok := packagePath(name)
		if got != want || ok != (want != "") {
			t.Errorf("packagePath(%q) = %q, %v", name, got, ok)
		}
	}
	files := map[string][]byte{"dist/a.js": nil, "dist/a.esm.js": nil, "dist/a.mjs": nil, "dist/b.mjs": nil}
	for p, want := range map[string]bool{"dist/a.esm.js": true, "dist/a.mjs": true, "dist/b.mjs": false, "dist/a.js": false} {
		if got := esCopy(p, files); got != want {
			t.Errorf("esCopy(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestBadInputNeverPanics feeds the readers cut and garbled copies of
// valid inputs.
func TestBadInputNeverPanics(t *testing.T) {
	js := []byte("function ua(){return c?\"\":\"x\"}a=`t ${b?`u${c}`:\"v\"} w`+/re[/]/g.source+'q\\u{1F600}'+\"license\"+ua();({code:-8e4,message:\"No license.\"})")
	mod := wasmModule([]byte{0x41, 0x80, 0x20, 0x41, 0x00, 0x41, 0x04, 0xfc, 0x08, 0x00, 0x00}, passiveSeg([]byte("abc\x00")), activeSeg(64, nil, record(-10003, 4096)))
	elfb := elfFile([]byte("\x00No license.\x00"), []int32{-20000}, []uint64{0x1001}, false)
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		for _, in := range [][]byte{js, mod, elfb} {
			b := append([]byte(nil), in[:r.Intn(len(in)+1)]...)
			for j := 0; j < 3 && len(b) > 0; j++ {
				b[r.Intn(len(b))] = byte(r.Intn(256))
			}
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("panic on %q: %v", b, p)
					}
				}()
				newJSFile(b).texts(func(alt) bool { return true })
				_, _ = wasmTexts(b)
				_, _ = elfTexts(b)
				_, _, _ = arMember(b, "data")
			}()
		}
	}
}

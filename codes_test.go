package dlserr

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"log/slog"
	"math"
	"math/rand"
	"net/http"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/quick"
	"unicode"
	"unicode/utf8"
)

// specTable is the specification, dls-error-list.md, copied verbatim from its
// table header to its last row, malformed separator and leaked Java included.
// The tests never read the original: the package must stand on its own.
const specTable = `
| Original Error Code | Error Code in Dynamsoft Products | Error Message                                                                    |
| :------------------ | :------------------------------- |
| 100                 | -20100                           | The standby DLS refuses to provide service while the main DLS is working.        |
| 100                 | -20100                           | DLS refuses to provide service while under construction.                         |
| 101                 | -20101                           | The handshake code you are using does not exist on the Dynamsoft License Server. |
| 102                 | -20102                           | Session password is incorrect.                                                   |
| 103                 | -20103                           | AppDomain for handshake is not matched.                                          |
| 104                 | -20104                           | No item matched. Please check your handshake and client settings.                |
| 105                 | -20105                           | License item does not exist.                                                     |
| 106                 | -20106                           | Product is not matched.                                                          |
| 107                 | -20107                           | Version mismatch.                                                                |
| 108                 | -20108                           | DeploymentType is not matched.                                                   |
| 109                 | -20109                           | Edition is not matched.                                                          |
| 111                 | -20111                           | License has expired.                                                             |
| 111                 | -20111                           | License for this ip has expired.                                                 |
| 112                 | -20112                           | License has not yet taken effect.                                                |
| 113                 | -20113                           | This license item "+item.getLicenseItemId()+" has been invalid.                  |
| 114                 | -20114                           | AppDomain for licenseItem is not matched.                                        |
| 115                 | -20115                           | ChargeWay for licenseItem is not matched.                                        |
| 120                 | -20120                           | License has exceeded its limit.                                                  |
| 151                 | -20151                           | Cloned device detected.                                                          |`

// ltsRows are the rows in which generation 1, the 2021 "LTS" wording, differs
// from the specification (dls-wording-history.md), without its backquotes.
const ltsRows = `
| 100 | The standby LTS refuses to provide service while the main LTS is working. |
| 100 | LTS refuses to provide service while under construction. |
| 101 | The handshake code you are using does not exist on the License Tracking Server. |`

// revisedRows is generation 3, the revised list of 2024-01-31 and 2025-02-26
// (dls-wording-history.md), without its backquotes and notes; 108's two
// successive wordings are two rows.
const revisedRows = `
| 100 | -20100 | Service unavailable from standby DLS while primary DLS is operational. |
| 100 | -20100 | DLS cannot provide service during construction phase. |
| 101 | -20101 | Non-existent handshake code on Dynamsoft License Server. |
| 102 | -20102 | Incorrect session password. |
| 103 | -20103 | Mismatch in AppDomain for handshake. |
| 104 | -20104 | No matched license found. Verify handshake and client settings. |
| 105 | -20105 | Provided handShakeId is not compliant with version 1.5. |
| 106 | -20106 | Product mismatch detected. |
| 107 | -20107 | Incompatible version. |
| 108 | -20108 | License unsuitable for the current context. |
| 108 | -20108 | Deployment type mismatch identified. |
| 109 | -20109 | Edition mismatch identified. |
| 111 | -20111 | License expired. |
| 111 | -20111 | License expired for this IP address. |
| 112 | -20112 | License not yet effective. |
| 113 | -20113 | License item invalid or revoked. |
| 114 | -20114 | License validation field mismatch with configuration. |
| 115 | -20115 | Incompatible ChargeWay for licenseItem. |
| 120 | -20120 | License usage exceeded its limit. |
| 121 | -20121 | Organization ID does not exist or lacks a configured default handshake. |
| 122 | -20122 | Handshake Code and Organization ID mismatch. |
| 123 | -20123 | No specified handshake or organization. |
| 124 | -20124 | Missing licenseItem dependency in handshake. |
| 130 | -20130 | License quota exceeded by request count. |
| 151 | -20151 | Unauthorized device clone detected. |`

// contract is issue 2's and 3's table of names, one line per code, with the
// classes of issue 4: what the package promises each constant is.
// TestMain checks, after every test, that no test wrote through one of the
// shared errors that the lookups hand to every caller.
func TestMain(m *testing.M) {
	code := m.Run()
	for i, w := range wordings {
		e := &errs[i]
		if e.code != w.code || e.product != w.code.Product() || e.row != w.row || e.kind != kindList || e.msg != w.msg || e.item != "" || e.text != e.format() {
			fmt.Fprintf(os.Stderr, "FAIL: the shared error of %q was changed: %#v\n", w.msg, *e)
			code = 1
		}
	}
	if *ErrUnknown != (Error{text: "dls ? (?): unknown code"}) {
		fmt.Fprintf(os.Stderr, "FAIL: ErrUnknown was changed: %#v\n", *ErrUnknown)
		code = 1
	}
	os.Exit(code)
}

type promise struct {
	code     Code
	original int
	name     string
	sentinel *Error
	class    Class
}

var contract = []promise{
	{ServiceRefused, 100, "ServiceRefused", ErrServiceRefused, ClassUnavailable},
	{HandshakeCodeNotFound, 101, "HandshakeCodeNotFound", ErrHandshakeCodeNotFound, ClassHandshake},
	{SessionPasswordIncorrect, 102, "SessionPasswordIncorrect", ErrSessionPasswordIncorrect, ClassHandshake},
	{HandshakeAppDomainMismatch, 103, "HandshakeAppDomainMismatch", ErrHandshakeAppDomainMismatch, ClassHandshake},
	{NoItemMatched, 104, "NoItemMatched", ErrNoItemMatched, ClassMismatch},
	{LicenseItemNotFound, 105, "LicenseItemNotFound", ErrLicenseItemNotFound, ClassLicense},
	{ProductMismatch, 106, "ProductMismatch", ErrProductMismatch, ClassMismatch},
	{VersionMismatch, 107, "VersionMismatch", ErrVersionMismatch, ClassMismatch},
	{DeploymentTypeMismatch, 108, "DeploymentTypeMismatch", ErrDeploymentTypeMismatch, ClassMismatch},
	{EditionMismatch, 109, "EditionMismatch", ErrEditionMismatch, ClassMismatch},
	{LicenseExpired, 111, "LicenseExpired", ErrLicenseExpired, ClassLicense},
	{LicenseNotYetEffective, 112, "LicenseNotYetEffective", ErrLicenseNotYetEffective, ClassLicense},
	{LicenseItemInvalid, 113, "LicenseItemInvalid", ErrLicenseItemInvalid, ClassLicense},
	{LicenseItemAppDomainMismatch, 114, "LicenseItemAppDomainMismatch", ErrLicenseItemAppDomainMismatch, ClassMismatch},
	{LicenseItemChargeWayMismatch, 115, "LicenseItemChargeWayMismatch", ErrLicenseItemChargeWayMismatch, ClassMismatch},
	{LimitExceeded, 120, "LimitExceeded", ErrLimitExceeded, ClassQuota},
	{OrganizationNotFound, 121, "OrganizationNotFound", ErrOrganizationNotFound, ClassHandshake},
	{HandshakeOrganizationMismatch, 122, "HandshakeOrganizationMismatch", ErrHandshakeOrganizationMismatch, ClassHandshake},
	{HandshakeOrOrganizationMissing, 123, "HandshakeOrOrganizationMissing", ErrHandshakeOrOrganizationMissing, ClassHandshake},
	{LicenseItemDependencyMissing, 124, "LicenseItemDependencyMissing", ErrLicenseItemDependencyMissing, ClassHandshake},
	{RequestQuotaExceeded, 130, "RequestQuotaExceeded", ErrRequestQuotaExceeded, ClassQuota},
	{ClonedDevice, 151, "ClonedDevice", ErrClonedDevice, ClassSecurity},
}

// secondRow is the sentinel of each code's second row in the specification.
var secondRow = map[int]*Error{100: ErrUnderConstruction, 111: ErrIPLicenseExpired}

// rowSentinels are the three sentinels that match one row only.
var rowSentinels = []*Error{ErrUnderConstruction, ErrHandshakeIDNotCompliant, ErrIPLicenseExpired}

// rowOf names the row sentinel of every published wording of a later row;
// every other wording must match none of them.
var rowOf = map[string]*Error{
	"DLS refuses to provide service while under construction.": ErrUnderConstruction,
	"LTS refuses to provide service while under construction.": ErrUnderConstruction,
	"DLS cannot provide service during construction phase.":    ErrUnderConstruction,
	"License for this ip has expired.":                         ErrIPLicenseExpired,
	"License expired for this IP address.":                     ErrIPLicenseExpired,
	"Provided handShakeId is not compliant with version 1.5.":  ErrHandshakeIDNotCompliant,
}

type listRow struct {
	original, product int
	msg               string
}

// parseTable reads the rows of a markdown table whose first column is the
// original code; header and separator rows are skipped, and a row without
// the product column gets the documented product code.
func parseTable(t testing.TB, table string) []listRow {
	t.Helper()
	var rows []listRow
	for _, line := range strings.Split(strings.TrimSpace(table), "\n") {
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		n, err := strconv.Atoi(cells[0])
		if err != nil {
			if cells[0] != "Original Error Code" && !strings.HasPrefix(cells[0], ":") {
				t.Fatalf("unreadable row %q", line)
			}
			continue
		}
		r := listRow{original: n, product: -(20000 + n), msg: cells[len(cells)-1]}
		switch len(cells) {
		case 3:
			if r.product, err = strconv.Atoi(cells[1]); err != nil {
				t.Fatalf("row %q: product code: %v", line, err)
			}
		case 2:
		default:
			t.Fatalf("row %q has %d cells", line, len(cells))
		}
		rows = append(rows, r)
	}
	return rows
}

// promiseOf returns the contract's line for an original code, if it has one.
func promiseOf(original int) (promise, bool) {
	for _, c := range contract {
		if c.original == original {
			return c, true
		}
	}
	return promise{}, false
}

func contractOf(t testing.TB, original int) promise {
	t.Helper()
	c, ok := promiseOf(original)
	if !ok {
		t.Fatalf("code %d is not in the contract", original)
	}
	return c
}

func TestSpecification(t *testing.T) {
	rows := parseTable(t, specTable)
	seen := map[int]int{}
	for _, r := range rows {
		seen[r.original]++
	}
	if len(rows) != 19 || len(seen) != 17 {
		t.Fatalf("specification copy: %d rows, %d codes; want 19 and 17", len(rows), len(seen))
	}
	rowIndex := map[int]int{}
	for _, r := range rows {
		k := rowIndex[r.original]
		rowIndex[r.original]++
		c := contractOf(t, r.original)
		want := c.sentinel
		if k == 1 {
			want = secondRow[r.original]
		}
		if want == nil || k > 1 {
			t.Fatalf("%d: row %d has no sentinel", r.original, k)
		}
		if c.code.Original() != r.original || c.code.Product() != r.product || r.product != -(20000+r.original) || !c.code.Known() {
			t.Errorf("%v: Original %d, Product %d, Known %v; list says %d, %d", c.code, c.code.Original(), c.code.Product(), c.code.Known(), r.original, r.product)
		}
		if want.Message() != r.msg || want.Code() != c.code || want.Product() != r.product {
			t.Errorf("%d row %d: sentinel has %v %d %q, list %q", r.original, k, want.Code(), want.Product(), want.Message(), r.msg)
		}
		if k == 0 && c.code.Message() != r.msg {
			t.Errorf("%v.Message() = %q, want %q", c.code, c.code.Message(), r.msg)
		}
		if got := FromOriginal(r.original); got != error(c.sentinel) {
			t.Errorf("FromOriginal(%d) = %v, want %v", r.original, got, c.sentinel)
		}
		if got := FromProduct(r.product); got != error(c.sentinel) {
			t.Errorf("FromProduct(%d) = %v, want %v", r.product, got, c.sentinel)
		}
		if errors.Is(FromOriginal(r.original), want) != (k == 0) {
			t.Errorf("errors.Is(FromOriginal(%d), row %d sentinel) = %v", r.original, k, !(k == 0))
		}
		byMsg := FromMessage(r.msg)
		if got := CodeOf(byMsg); got != c.code || !errors.Is(byMsg, c.sentinel) || !errors.Is(byMsg, want) {
			t.Errorf("FromMessage(%q): CodeOf %v, Is code %v, Is row %v", r.msg, got, errors.Is(byMsg, c.sentinel), errors.Is(byMsg, want))
		}
		if other := secondRow[r.original]; k == 0 && other != nil && errors.Is(byMsg, other) {
			t.Errorf("FromMessage(%q) matches the second row's sentinel", r.msg)
		}
		if e := byMsg.(*Error); e.Message() != r.msg || e.LicenseItem() != "" {
			t.Errorf("FromMessage(%q): Message %q, LicenseItem %q", r.msg, e.Message(), e.LicenseItem())
		}
		for _, got := range []error{FromOriginalMessage(r.original, r.msg), FromProductMessage(r.product, r.msg)} {
			if got != byMsg {
				t.Errorf("code %d with its own message %q = %v, want %v", r.original, r.msg, got, byMsg)
			}
		}
	}
	// And the other way: the package has no specification wording the copy lacks.
	var pkg []listRow
	for _, w := range wordings {
		if w.gen&genDLS != 0 {
			pkg = append(pkg, listRow{int(w.code), w.code.Product(), w.msg})
		}
	}
	if !reflect.DeepEqual(pkg, rows) {
		t.Errorf("the package's specification wordings, in order, differ from the list:\n%v\n%v", pkg, rows)
	}
}

// generations is the test's own account of which generations published which
// wording, built from its copies of the list.
func generations(t testing.TB) (order []listRow, gens map[listRow]string) {
	spec := parseTable(t, specTable)
	lts := append([]listRow(nil), spec...)
	replaced := map[int]int{}
	for _, r := range parseTable(t, ltsRows) {
		n := 0
		for i := range lts {
			if lts[i].original == r.original {
				if n == replaced[r.original] {
					lts[i] = r
					break
				}
				n++
			}
		}
		replaced[r.original]++
	}
	gens = map[listRow]string{}
	for _, g := range []struct {
		name string
		rows []listRow
	}{{"LTS", lts}, {"DLS", spec}, {"revised", parseTable(t, revisedRows)}} {
		for _, r := range g.rows {
			if gens[r] == "" {
				order = append(order, r)
				gens[r] = g.name
			} else {
				gens[r] += ", " + g.name
			}
		}
	}
	return order, gens
}

func genNames(g uint8) string {
	var names []string
	for i, n := range []string{"LTS", "DLS", "revised"} {
		if g&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

func TestEveryGeneration(t *testing.T) {
	order, gens := generations(t)
	if len(order) != len(wordings) {
		t.Errorf("the history has %d distinct wordings, the package %d", len(order), len(wordings))
	}
	for _, w := range wordings {
		r := listRow{int(w.code), w.code.Product(), w.msg}
		if gens[r] != genNames(w.gen) {
			t.Errorf("%d %q: package says %q, history %q", w.code, w.msg, genNames(w.gen), gens[r])
		}
	}
	listed := map[Code]bool{}
	for _, r := range order {
		c := contractOf(t, r.original)
		listed[c.code] = true
		err := FromMessage(r.msg)
		e, ok := err.(*Error)
		if !ok || e.Code() != c.code || e.Product() != r.product || e.Message() != r.msg || !errors.Is(err, c.sentinel) || errors.Is(err, ErrUnknown) {
			t.Errorf("FromMessage(%q) = %#v, want code %d", r.msg, err, r.original)
			continue
		}
		for _, rs := range rowSentinels {
			if errors.Is(err, rs) != (rowOf[r.msg] == rs) {
				t.Errorf("errors.Is(FromMessage(%q), %v) = %v", r.msg, rs, !(rowOf[r.msg] == rs))
			}
		}
		if got := FromProductMessage(r.product, r.msg); got != err {
			t.Errorf("FromProductMessage(%d, %q) = %v, want %v", r.product, r.msg, got, err)
		}
		if want := "dls " + strconv.Itoa(r.product) + " (" + strconv.Itoa(r.original) + "): " + r.msg; err.Error() != want {
			t.Errorf("Error() = %q, want %q", err.Error(), want)
		}
	}
	if got := Codes(); len(got) != len(listed) || len(got) != len(contract) {
		t.Errorf("Codes() has %d codes, the history %d, the contract %d", len(got), len(listed), len(contract))
	}
	for _, rs := range rowSentinels {
		if !errors.Is(FromMessage(rs.Message()), rs) {
			t.Errorf("row sentinel %v does not carry a wording of its row", rs)
		}
	}
}

func TestNormalization(t *testing.T) {
	for _, w := range wordings {
		want := FromMessage(w.msg)
		for _, in := range []string{
			"  " + w.msg + "\n",
			w.msg + "\x00\x00\x00",
			w.msg + strings.Repeat("\x00", 512-len(w.msg)),
			"\t" + w.msg + " \r\n\x00 \x00",
			"\u00a0" + w.msg + "\u3000\x00",
		} {
			if got := FromMessage(in); got != want {
				t.Errorf("FromMessage(%q) = %v, want %v", in, got, want)
			}
			if got := FromOriginalMessage(int(w.code), in); got != want {
				t.Errorf("FromOriginalMessage(%d, %q) = %v, want %v", w.code, in, got, want)
			}
		}
		// Only the documented normalization: nothing fuzzy.
		for _, in := range []string{
			strings.ToLower(w.msg),
			strings.ToUpper(w.msg),
			strings.TrimSuffix(w.msg, "."),
			"\x00" + w.msg,
			w.msg + "\x00garbage",
			strings.Replace(w.msg, " ", "  ", 1),
			"[License] " + w.msg,
			"\u200b" + w.msg,
		} {
			got := FromMessage(in)
			e, ok := got.(*Error)
			if !ok || !errors.Is(got, ErrUnknown) || e.Message() != strings.TrimSpace(strings.TrimRight(in, "\x00")) {
				t.Errorf("FromMessage(%q) = %v, want an unknown error keeping the text", in, got)
			}
		}
	}
}

func TestLicenseItem(t *testing.T) {
	for _, id := range []string{
		"LI-2024-0042", "", "with space", ` leading and trailing `, `a"b`, `\"`, "日本語のID",
		"\n\x1b[2J", "\x00", "\xff\xfe", `" has been invalid.`, item113Prefix, "+item.getLicenseItemId()",
		strings.Repeat("x", 199), strings.Repeat("é", 101), strings.Repeat("\u2028", 1000),
	} {
		msg := item113Prefix + id + item113Suffix
		for _, err := range []error{
			FromMessage(msg),
			FromMessage(" " + msg + "\x00\x00"),
			FromOriginalMessage(113, msg),
			FromProductMessage(-20113, msg+strings.Repeat("\x00", 256)),
		} {
			e, ok := err.(*Error)
			if !ok || e.Code() != LicenseItemInvalid || e.LicenseItem() != id || e.Message() != msg || !errors.Is(err, ErrLicenseItemInvalid) {
				t.Errorf("113 with id %q: %#v", id, err)
				continue
			}
			if msg := unsafeText(err.Error()); msg != "" {
				t.Errorf("113 with id %q: Error() %q: %s", id, err.Error(), msg)
			}
			if len(id) <= maxQuoted {
				if want := `dls -20113 (113): This license item ` + strconv.Quote(id) + ` has been invalid.`; err.Error() != want {
					t.Errorf("Error() = %q, want %q", err.Error(), want)
				}
			} else if !strings.HasSuffix(err.Error(), "...("+strconv.Itoa(len(id))+" bytes) has been invalid.") {
				t.Errorf("Error() = %q, want the id cut and its length", err.Error())
			}
		}
		// The number decides: an id message with another code keeps that code.
		if e := FromOriginalMessage(111, msg).(*Error); e.Code() != LicenseExpired || e.LicenseItem() != "" || e.Message() != msg {
			t.Errorf("FromOriginalMessage(111, %q) = %#v", msg, e)
		}
	}
	for _, notItem := range []string{`This license item " has been invalid.`, `This license item "x" has been invalid`, `this license item "x" has been invalid.`} {
		if err := FromMessage(notItem); !errors.Is(err, ErrUnknown) {
			t.Errorf("FromMessage(%q) = %v, want unknown", notItem, err)
		}
	}
	// The list's own text names no item.
	if e := FromMessage(LicenseItemInvalid.Message()).(*Error); e != ErrLicenseItemInvalid || e.LicenseItem() != "" {
		t.Errorf("the list's 113 text gave %#v", e)
	}
}

func TestEveryNumber(t *testing.T) {
	var numbers []int
	for n := -20250; n <= -20050; n++ {
		numbers = append(numbers, n)
	}
	for n := 0; n <= 300; n++ {
		numbers = append(numbers, n)
	}
	numbers = append(numbers, math.MinInt, math.MinInt+1, math.MaxInt, math.MaxInt-1, math.MinInt32, math.MaxInt32,
		-1, -10004, -20000, -20200, 20100, 20111, 20151, 1<<40, -(1 << 40))
	for _, n := range numbers {
		checkNumber(t, n)
	}
}

// checkNumber states everything FromOriginal and FromProduct promise for n.
func checkNumber(t testing.TB, n int) {
	t.Helper()
	o, p := FromOriginal(n), FromProduct(n)
	if n == 0 {
		if o != nil || p != nil {
			t.Fatalf("0 gave %v, %v; want nil", o, p)
		}
		return
	}
	if c, listed := promiseOf(n); listed {
		if o != error(c.sentinel) {
			t.Fatalf("FromOriginal(%d) = %v", n, o)
		}
	} else {
		wantProduct := "?"
		if 100 <= n && n <= 199 {
			wantProduct = strconv.Itoa(-20000 - n)
		}
		checkUnknown(t, o, Code(n), "dls "+wantProduct+" ("+strconv.Itoa(n)+"): unknown code")
	}
	original := 0 // what p's original code must be
	if -20199 <= n && n <= -20100 {
		original = -20000 - n
	}
	if c, listed := promiseOf(original); listed {
		if p != error(c.sentinel) {
			t.Fatalf("FromProduct(%d) = %v", n, p)
		}
		return
	}
	wantOriginal := "?"
	if original != 0 {
		wantOriginal = strconv.Itoa(original)
	}
	checkUnknown(t, p, Code(original), "dls "+strconv.Itoa(n)+" ("+wantOriginal+"): unknown code")
	if got := p.(*Error).Product(); got != n {
		t.Fatalf("FromProduct(%d).Product() = %d", n, got)
	}
}

func checkUnknown(t testing.TB, err error, code Code, text string) {
	t.Helper()
	e, ok := err.(*Error)
	if !ok || e == nil || !errors.Is(err, ErrUnknown) || CodeOf(err) != code || e.Code().Known() || err.Error() != text || !matchesExactlyOne(err) {
		t.Fatalf("got %#v (%v), want an unknown error with code %d and text %q", err, err, code, text)
	}
}

// matchesExactlyOne reports whether err matches exactly one of the code
// sentinels and ErrUnknown.
func matchesExactlyOne(err error) bool {
	n := 0
	if errors.Is(err, ErrUnknown) {
		n++
	}
	for _, c := range contract {
		if errors.Is(err, c.sentinel) {
			n++
		}
	}
	return n == 1
}

func TestCodeAndMessage(t *testing.T) {
	item := item113Prefix + "LI-7" + item113Suffix
	for _, tc := range []struct {
		product bool
		number  int
		msg     string
		code    Code
		is, not []error
		message string
		text    string
	}{
		{false, 111, "", LicenseExpired, []error{ErrLicenseExpired}, []error{ErrIPLicenseExpired}, "License has expired.", "dls -20111 (111): License has expired."},
		{false, 111, " \x00", LicenseExpired, []error{ErrLicenseExpired}, []error{ErrIPLicenseExpired}, "License has expired.", "dls -20111 (111): License has expired."},
		{false, 111, "License for this ip has expired.", LicenseExpired, []error{ErrLicenseExpired, ErrIPLicenseExpired}, nil, "License for this ip has expired.", "dls -20111 (111): License for this ip has expired."},
		{true, -20111, "License expired for this IP address.\x00\x00\x00", LicenseExpired, []error{ErrIPLicenseExpired}, []error{ErrUnknown}, "License expired for this IP address.", "dls -20111 (111): License expired for this IP address."},
		{false, 111, "Cloned device detected.", LicenseExpired, []error{ErrLicenseExpired}, []error{ErrClonedDevice, ErrIPLicenseExpired}, "Cloned device detected.", `dls -20111 (111): "Cloned device detected."`},
		{true, -20100, "DLS refuses to provide service while under construction.", ServiceRefused, []error{ErrServiceRefused, ErrUnderConstruction}, nil, "DLS refuses to provide service while under construction.", "dls -20100 (100): DLS refuses to provide service while under construction."},
		{true, -20100, "", ServiceRefused, []error{ErrServiceRefused}, []error{ErrUnderConstruction}, "The standby DLS refuses to provide service while the main DLS is working.", "dls -20100 (100): The standby DLS refuses to provide service while the main DLS is working."},
		{false, 105, "Provided handShakeId is not compliant with version 1.5.", LicenseItemNotFound, []error{ErrLicenseItemNotFound, ErrHandshakeIDNotCompliant}, nil, "Provided handShakeId is not compliant with version 1.5.", "dls -20105 (105): Provided handShakeId is not compliant with version 1.5."},
		{false, 105, "License item does not exist.", LicenseItemNotFound, []error{ErrLicenseItemNotFound}, []error{ErrHandshakeIDNotCompliant}, "License item does not exist.", "dls -20105 (105): License item does not exist."},
		{true, -20113, item, LicenseItemInvalid, []error{ErrLicenseItemInvalid}, nil, item, `dls -20113 (113): This license item "LI-7" has been invalid.`},
		{false, 999, "License has expired.", 999, []error{ErrUnknown}, []error{ErrLicenseExpired}, "License has expired.", `dls ? (999): unknown code: "License has expired."`},
		{true, -10004, "License expired.\x00", 0, []error{ErrUnknown}, []error{ErrLicenseExpired}, "License expired.", `dls -10004 (?): unknown code: "License expired."`},
		{true, -20110, "odd\r\ntext", 110, []error{ErrUnknown}, nil, "odd\r\ntext", `dls -20110 (110): unknown code: "odd\r\ntext"`},
		{true, 20111, "", 0, []error{ErrUnknown}, nil, "", `dls 20111 (?): unknown code`},
	} {
		name := fmt.Sprintf("%v/%d/%q", tc.product, tc.number, tc.msg)
		var err error
		if tc.product {
			err = FromProductMessage(tc.number, tc.msg)
		} else {
			err = FromOriginalMessage(tc.number, tc.msg)
		}
		e, ok := err.(*Error)
		if !ok || e.Code() != tc.code || e.Message() != tc.message || err.Error() != tc.text || !matchesExactlyOne(err) {
			t.Errorf("%s = %#v: %q", name, err, err)
		}
		for _, target := range tc.is {
			if !errors.Is(err, target) {
				t.Errorf("%s does not match %v", name, target)
			}
		}
		for _, target := range tc.not {
			if errors.Is(err, target) {
				t.Errorf("%s matches %v", name, target)
			}
		}
	}
	for _, msg := range []string{"", "License has expired.", "anything"} {
		if FromOriginalMessage(0, msg) != nil || FromProductMessage(0, msg) != nil {
			t.Errorf("code 0 with %q is not nil", msg)
		}
	}
}

// asOnly reaches a DLS error only through an As method, as some wrappers do.
type asOnly struct{ e *Error }

func (a asOnly) Error() string { return "via As" }
func (a asOnly) As(target any) bool {
	if p, ok := target.(**Error); ok {
		*p = a.e
		return true
	}
	return false
}

// asUnwrap has an As method and wraps another error besides.
type asUnwrap struct {
	asOnly
	inner error
}

func (a asUnwrap) Unwrap() error { return a.inner }

func layered(err error) error {
	return fmt.Errorf("license check: %w", fmt.Errorf("client: %w", fmt.Errorf("dls: %w", err)))
}

func TestWrapping(t *testing.T) {
	ip := FromMessage("License expired for this IP address.")
	standby := FromMessage("Service unavailable from standby DLS while primary DLS is operational.")
	other := errors.New("connection reset")
	for _, tc := range []struct {
		name   string
		err    error
		target error
		want   bool
		code   Code
	}{
		{"sentinel", ErrLicenseExpired, ErrLicenseExpired, true, LicenseExpired},
		{"three layers, code", layered(ip), ErrLicenseExpired, true, LicenseExpired},
		{"three layers, row", layered(ip), ErrIPLicenseExpired, true, LicenseExpired},
		{"row sentinel is of its code", ErrIPLicenseExpired, ErrLicenseExpired, true, LicenseExpired},
		{"code sentinel is not of a row", ErrLicenseExpired, ErrIPLicenseExpired, false, LicenseExpired},
		{"bare 100 is not under construction", layered(FromOriginal(100)), ErrUnderConstruction, false, ServiceRefused},
		{"under construction is service refused", layered(ErrUnderConstruction), ErrServiceRefused, true, ServiceRefused},
		{"standby wording is not under construction", layered(standby), ErrUnderConstruction, false, ServiceRefused},
		{"standby wording is service refused", layered(standby), ErrServiceRefused, true, ServiceRefused},
		{"join, second", errors.Join(other, layered(FromProduct(-20151))), ErrClonedDevice, true, ClonedDevice},
		{"join, first DLS error's code", errors.Join(other, FromOriginal(112), FromOriginal(120)), ErrLimitExceeded, true, LicenseNotYetEffective},
		{"join, miss", errors.Join(other, FromOriginal(151)), ErrLicenseExpired, false, ClonedDevice},
		{"two %w", fmt.Errorf("%w, then %w", other, FromProduct(-20120)), ErrLimitExceeded, true, LimitExceeded},
		{"join inside wrap inside join", errors.Join(layered(errors.Join(other, layered(ip)))), ErrIPLicenseExpired, true, LicenseExpired},
		{"unknown, wrapped", layered(FromOriginal(999)), ErrUnknown, true, 999},
		{"unknown message, wrapped", layered(FromMessage("nope")), ErrUnknown, true, 0},
		{"unknown is no known code", layered(FromOriginal(999)), ErrLicenseExpired, false, 999},
		{"known is not unknown", layered(ErrLicenseExpired), ErrUnknown, false, LicenseExpired},
		{"other code", layered(ErrLicenseExpired), ErrLicenseNotYetEffective, false, LicenseExpired},
		{"received wording vs lookup", layered(FromMessage("License expired.")), FromOriginal(111), true, LicenseExpired},
		{"105 revised meaning", layered(FromMessage("Provided handShakeId is not compliant with version 1.5.")), ErrHandshakeIDNotCompliant, true, LicenseItemNotFound},
		{"105 by number is not the revised meaning", layered(FromOriginal(105)), ErrHandshakeIDNotCompliant, false, LicenseItemNotFound},
		{"non-DLS error", other, ErrUnknown, false, 0},
		{"non-DLS target", ErrLicenseExpired, other, false, LicenseExpired},
		{"nil", nil, ErrLicenseExpired, false, 0},
		{"reached through As", asOnly{ErrLicenseNotYetEffective}, ErrLicenseNotYetEffective, false, LicenseNotYetEffective},
		{"As that finds a nil *Error", asOnly{nil}, ErrUnknown, false, 0},
		{"same unknown number", layered(FromOriginal(999)), FromOriginalMessage(999, "text"), true, 999},
		{"same unknown number, both schemes", FromOriginal(110), FromProduct(-20110), true, 110},
		{"other unknown number", FromOriginal(999), FromOriginal(998), false, 999},
		{"original vs product of the same digits", FromOriginal(999), FromProduct(999), false, 999},
		{"unknown messages", FromMessage("a"), FromMessage("a"), false, 0},
		{"same product number outside the range", FromProduct(-10004), FromProductMessage(-10004, "x"), true, 0},
		{"other product number outside the range", FromProduct(-10004), FromProduct(-10005), false, 0},
		{"As that finds nothing ends the search, as in errors.As", asUnwrap{asOnly{nil}, ErrClonedDevice}, ErrClonedDevice, true, 0},
	} {
		if got := errors.Is(tc.err, tc.target); got != tc.want {
			t.Errorf("%s: errors.Is = %v, want %v", tc.name, got, tc.want)
		}
		if got := CodeOf(tc.err); got != tc.code {
			t.Errorf("%s: CodeOf = %v, want %v", tc.name, got, tc.code)
		}
		var e *Error
		wantAs := tc.err != nil && tc.name != "non-DLS error"
		if ok := errors.As(tc.err, &e); ok != wantAs || ok && e.Code() != tc.code {
			t.Errorf("%s: errors.As = %v, %v", tc.name, ok, e)
		}
	}
}

// maxErrorLen bounds Error() for any input: 200 quoted bytes escape to at most
// 800 characters, plus the fixed parts.
const maxErrorLen = 1024

// unsafeText says what is wrong with s as a line of a log, or "".
func unsafeText(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	for _, r := range s {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || !strconv.IsPrint(r) {
			return fmt.Sprintf("raw %U", r)
		}
	}
	in := false
	for i := 0; i < len(s); i++ {
		switch {
		case in && s[i] == '\\':
			i++
		case s[i] == '"':
			in = !in
		}
	}
	if in {
		return "unbalanced quotes"
	}
	if len(s) > maxErrorLen {
		return fmt.Sprintf("%d bytes long", len(s))
	}
	return ""
}

func TestErrorFormat(t *testing.T) {
	long := strings.Repeat("é", 150) // 300 bytes: cut at 200, on a character boundary
	for _, tc := range []struct {
		err  error
		want string
	}{
		{ErrLicenseExpired, "dls -20111 (111): License has expired."},
		{ErrIPLicenseExpired, "dls -20111 (111): License for this ip has expired."},
		{ErrClonedDevice, "dls -20151 (151): Cloned device detected."},
		{ErrLicenseItemInvalid, `dls -20113 (113): This license item "+item.getLicenseItemId()+" has been invalid.`},
		{ErrRequestQuotaExceeded, "dls -20130 (130): License quota exceeded by request count."},
		{ErrUnknown, "dls ? (?): unknown code"},
		{FromMessage("License expired."), "dls -20111 (111): License expired."},
		{FromMessage(item113Prefix + "LI-2024-0042" + item113Suffix), `dls -20113 (113): This license item "LI-2024-0042" has been invalid.`},
		{FromMessage(item113Prefix + "x\"\n" + item113Suffix), `dls -20113 (113): This license item "x\"\n" has been invalid.`},
		{FromOriginalMessage(111, "Some wording no list has published."), `dls -20111 (111): "Some wording no list has published."`},
		{FromOriginal(110), "dls -20110 (110): unknown code"},
		{FromOriginal(999), "dls ? (999): unknown code"},
		{FromOriginal(-5), "dls ? (-5): unknown code"},
		{FromProduct(-10004), "dls -10004 (?): unknown code"},
		{FromMessage("[License] [Key 1] The license is invalid."), `dls ? (?): unknown code: "[License] [Key 1] The license is invalid."`},
		{FromMessage("line one\nINFO forged line\r\x1b[31m\u2028\u2029\u0085\x85\x00\x7f\"\u202e"), `dls ? (?): unknown code: "line one\nINFO forged line\r\x1b[31m\u2028\u2029\u0085\x85\x00\x7f\"\u202e"`},
		{FromMessage(""), `dls ? (?): unknown code: ""`},
		{FromMessage(long), `dls ? (?): unknown code: "` + strings.Repeat("é", 100) + `"...(300 bytes)`},
		{FromMessage("x" + long), `dls ? (?): unknown code: "x` + strings.Repeat("é", 99) + `"...(301 bytes)`},
		{FromMessage(strings.Repeat("\a", 201)), `dls ? (?): unknown code: "` + strings.Repeat(`\a`, 200) + `"...(201 bytes)`},
		{FromMessage(strings.Repeat("a", 200)), `dls ? (?): unknown code: "` + strings.Repeat("a", 200) + `"`},
		{FromMessage("x" + strings.Repeat("日", 70)), `dls ? (?): unknown code: "x` + strings.Repeat("日", 66) + `"...(211 bytes)`},
		{FromMessage("xy" + strings.Repeat("日", 70)), `dls ? (?): unknown code: "xy` + strings.Repeat("日", 66) + `"...(212 bytes)`},
		{FromMessage(strings.Repeat("日", 70)), `dls ? (?): unknown code: "` + strings.Repeat("日", 66) + `"...(210 bytes)`},
		{FromMessage("x" + strings.Repeat("🔑", 60)), `dls ? (?): unknown code: "x` + strings.Repeat("🔑", 49) + `"...(241 bytes)`},
		{FromMessage("xyz" + strings.Repeat("🔑", 60)), `dls ? (?): unknown code: "xyz` + strings.Repeat("🔑", 49) + `"...(243 bytes)`},
		{FromMessage(strings.Repeat("\xff", 300)), `dls ? (?): unknown code: "` + strings.Repeat(`\xff`, 200) + `"...(300 bytes)`},
		// No character boundary near the cut: back up at most 3 bytes, as for valid UTF-8.
		{FromMessage(strings.Repeat("\x80", 300)), `dls ? (?): unknown code: "` + strings.Repeat(`\x80`, 197) + `"...(300 bytes)`},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q\n          want %q", got, tc.want)
		}
		if msg := unsafeText(tc.err.Error()); msg != "" {
			t.Errorf("Error() = %q: %s", tc.err.Error(), msg)
		}
	}
	// Accessors keep the whole text that Error cuts.
	if e := FromMessage(long).(*Error); e.Message() != long {
		t.Errorf("Message() = %q, want the whole text", e.Message())
	}
}

// hostileText generates text made of the pieces that break logs.
type hostileText string

func (hostileText) Generate(r *rand.Rand, size int) reflect.Value {
	pieces := []string{"\n", "\r", "\x00", "\x1b[2J", "\x85", "\u2028", "\u2029", "\u202e", `"`, `\`, "\xff", "\xe2\x80",
		"é", "日", "a", " ", "\t", "License has expired.", item113Prefix, item113Suffix}
	var b strings.Builder
	for n := r.Intn(4 * size); n > 0; n-- {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return reflect.ValueOf(hostileText(b.String()))
}

// checkText states what every error of a message must satisfy.
func checkText(t testing.TB, err error, received string) {
	t.Helper()
	e, ok := err.(*Error)
	if !ok || e == nil {
		t.Fatalf("%q gave %#v, want a *Error", received, err)
	}
	if msg := unsafeText(e.Error()); msg != "" {
		t.Fatalf("%q: Error() %q: %s", received, e.Error(), msg)
	}
	if !matchesExactlyOne(err) {
		t.Fatalf("%q: %v matches more or less than one sentinel", received, err)
	}
	// What was received, but for the documented normalization; by number
	// alone, the list's message.
	want := strings.TrimLeftFunc(strings.TrimRightFunc(received, func(r rune) bool { return r == 0 || unicode.IsSpace(r) }), unicode.IsSpace)
	if want == "" && e.Code().Known() {
		want = e.Code().Message()
	}
	if e.Message() != want || !strings.Contains(e.Message(), e.LicenseItem()) {
		t.Fatalf("%q: Message %q, LicenseItem %q are not what was received", received, e.Message(), e.LicenseItem())
	}
}

func TestHostileText(t *testing.T) {
	prop := func(h hostileText, pick uint8, n int16) bool {
		s := string(h)
		code := n // mostly a listed code, whose errors quote unknown text
		if pick%4 != 0 {
			code = int16(contract[int(pick)%len(contract)].original)
		}
		item := item113Prefix + s + item113Suffix
		checkText(t, FromMessage(s), s)
		checkText(t, FromMessage(item), item)
		checkText(t, FromOriginalMessage(113, item), item)
		if code != 0 {
			o, p := FromOriginalMessage(int(code), s), FromProductMessage(-20000-int(code), s)
			checkText(t, o, s)
			checkText(t, p, s)
			if CodeOf(o) != Code(code) || p.(*Error).Product() != -20000-int(code) || CodeOf(p) != productCode(-20000-int(code)) {
				t.Fatalf("%d with %q: codes %v and %v", code, s, CodeOf(o), CodeOf(p))
			}
		}
		return true
	}
	if err := quick.Check(prop, &quick.Config{MaxCount: 3000}); err != nil {
		t.Fatal(err)
	}
}

var (
	sinkErr    error
	sinkCode   Code
	sinkString string
	sinkBool   bool
	sinkBytes  []byte
)

func TestAllocations(t *testing.T) {
	wrapped := layered(FromMessage("License for this ip has expired."))
	buffer := "License has expired." + strings.Repeat("\x00", 236)
	item := item113Prefix + "LI-2024-0042" + item113Suffix
	// Every byte of the id escapes to 4 characters: Error's longest output.
	longest := FromMessage(item113Prefix + strings.Repeat("\x01", 1000) + item113Suffix)
	buf := make([]byte, 0, 64)
	for _, tc := range []struct {
		name string
		max  float64
		f    func()
	}{
		{"FromOriginal", 0, func() { sinkErr = FromOriginal(111) }},
		{"FromProduct", 0, func() { sinkErr = FromProduct(-20151) }},
		{"CodeOf three layers", 0, func() { sinkCode = CodeOf(wrapped) }},
		{"Retryable three layers", 0, func() { sinkBool = Retryable(wrapped) }},
		{"Error on a sentinel", 0, func() { sinkString = ErrLicenseExpired.Error() }},
		{"Error on ErrUnknown", 0, func() { sinkString = ErrUnknown.Error() }},
		{"FromMessage, every wording", 0, func() {
			for i := range wordings {
				sinkErr = FromMessage(wordings[i].msg)
			}
		}},
		{"FromMessage, padded C buffer", 0, func() { sinkErr = FromMessage(buffer) }},
		{"FromProductMessage, padded C buffer", 0, func() { sinkErr = FromProductMessage(-20111, buffer) }},
		{"FromMessage, 113 with an id", 1, func() { sinkErr = FromMessage(item) }},
		{"FromOriginalMessage, 113 with an id", 1, func() { sinkErr = FromOriginalMessage(113, item) }},
		{"Error on 113 with the longest quoted id", 1, func() { sinkString = longest.Error() }},
		{"AppendText, known", 0, func() { sinkBytes, _ = LicenseExpired.AppendText(buf[:0]) }},
		{"AppendText, product range", 0, func() { sinkBytes, _ = Code(-20150).AppendText(buf[:0]) }},
		{"AppendText, unknown", 0, func() { sinkBytes, _ = Code(math.MinInt).AppendText(buf[:0]) }},
		{"ParseCode, number", 0, func() { sinkCode, _ = ParseCode("-20111") }},
	} {
		if got := testing.AllocsPerRun(100, tc.f); got > tc.max {
			t.Errorf("%s: %v allocations, want at most %v", tc.name, got, tc.max)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	type result struct {
		text string
		code Code
	}
	want := make([]result, len(wordings))
	for i, w := range wordings {
		want[i] = result{FromMessage(w.msg).Error(), w.code}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for n := 0; n < 50; n++ {
				for i, w := range wordings {
					err := FromMessage(w.msg)
					if got := (result{layered(err).Error()[len("license check: client: dls: "):], CodeOf(layered(err))}); got != want[i] {
						errs <- fmt.Sprintf("goroutine %d: %v, want %v", g, got, want[i])
						return
					}
					_ = FromProductMessage(w.code.Product(), w.msg).(*Error).LogValue()
					text, _ := w.code.MarshalText()
					if c, err := ParseCode(string(text)); err != nil || c != w.code {
						errs <- fmt.Sprintf("ParseCode(%q) = %v, %v", text, c, err)
						return
					}
					if errors.Is(FromOriginal(g+100+n), ErrUnknown) == Code(g+100+n).Known() {
						errs <- fmt.Sprintf("FromOriginal(%d) is known and unknown alike", g+100+n)
						return
					}
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for msg := range errs {
		t.Error(msg)
	}
}

func TestText(t *testing.T) {
	for _, tc := range []struct {
		code Code
		text string
	}{
		{LicenseExpired, "LicenseExpired"},
		{ClonedDevice, "ClonedDevice"},
		{0, "0"},
		{110, "110"},
		{999, "999"},
		{-1, "-1"},
		{-20099, "-20099"},
		{-20100, "Code(-20100)"},
		{-20150, "Code(-20150)"},
		{-20199, "Code(-20199)"},
		{-20200, "-20200"},
		{math.MinInt, strconv.Itoa(math.MinInt)},
	} {
		got, err := tc.code.MarshalText()
		if err != nil || string(got) != tc.text {
			t.Errorf("Code(%d).MarshalText() = %q, %v; want %q", int(tc.code), got, err, tc.text)
		}
	}
	// Every way of writing a code that ParseCode accepts.
	for in, want := range map[string]Code{
		"LicenseExpired": LicenseExpired, "111": LicenseExpired, "-20111": LicenseExpired, "Code(111)": LicenseExpired,
		"ServiceRefused": ServiceRefused, "-20100": ServiceRefused, "-20199": 199, "Code(-20199)": -20199,
		"999": 999, "Code(999)": 999, "-10004": -10004, "0": 0, "Code(0)": 0,
	} {
		if got, err := ParseCode(in); err != nil || got != want {
			t.Errorf("ParseCode(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "licenseexpired", "LICENSEEXPIRED", " LicenseExpired", "LicenseExpired ", "Code(", "Code()", "Code(x)",
		"Code(1", "1.5", "0x10", "1e2", " 111", "111\n", "+111", "0111", "-0", "Code(+5)", "Code(0111)", "Code(-0)", "Code( 1)", "99999999999999999999", "ErrLicenseExpired", "\x00", "\"111\""} {
		c := Code(7)
		got, err := ParseCode(in)
		if err == nil || got != 0 || !strings.Contains(err.Error(), strconv.Quote(in)) {
			t.Errorf("ParseCode(%q) = %v, %v; want an error quoting the input", in, got, err)
		}
		if err := c.UnmarshalText([]byte(in)); err == nil || c != 7 {
			t.Errorf("UnmarshalText(%q) = %v and set %v; want an error and no change", in, err, c)
		}
	}
	if _, err := ParseCode(strings.Repeat("x", 5000)); err == nil || len(err.Error()) > maxErrorLen {
		t.Errorf("ParseCode of 5000 bytes: error of %d bytes", len(err.Error()))
	}
}

// checkRoundTrip states that every text form of c reads back as c.
func checkRoundTrip(t testing.TB, c Code) {
	t.Helper()
	text, err := c.MarshalText()
	if err != nil {
		t.Fatalf("Code(%d).MarshalText: %v", int(c), err)
	}
	var back Code
	if err := back.UnmarshalText(text); err != nil || back != c {
		t.Fatalf("Code(%d) -> %q -> %v, %v", int(c), text, back, err)
	}
	if got, err := ParseCode(c.String()); err != nil || got != c {
		t.Fatalf("ParseCode(%q) = %v, %v; want %d", c.String(), got, err, int(c))
	}
	data, err := json.Marshal(map[Code]Code{c: c})
	if err != nil {
		t.Fatalf("json.Marshal(Code(%d)): %v", int(c), err)
	}
	var m map[Code]Code
	if err := json.Unmarshal(data, &m); err != nil || len(m) != 1 || m[c] != c {
		t.Fatalf("JSON %s -> %v, %v; want %d", data, m, err, int(c))
	}
}

func TestTextRoundTrip(t *testing.T) {
	for n := -20300; n <= 300; n++ {
		checkRoundTrip(t, Code(n))
	}
	for _, n := range []int{math.MinInt, math.MinInt + 1, math.MaxInt, math.MinInt32, math.MaxInt32} {
		checkRoundTrip(t, Code(n))
	}
	if err := quick.Check(func(n int) bool { checkRoundTrip(t, Code(n)); return true }, &quick.Config{MaxCount: 2000}); err != nil {
		t.Fatal(err)
	}
}

func TestJSON(t *testing.T) {
	var v struct {
		Code Code `json:"code"`
	}
	for in, want := range map[string]Code{
		`{"code":"LicenseExpired"}`: LicenseExpired, `{"code":111}`: LicenseExpired, `{"code":-20111}`: LicenseExpired,
		`{"code":"-20111"}`: LicenseExpired, `{"code":"\u004cicenseExpired"}`: LicenseExpired, `{"code":999}`: 999,
		`{"code":"Code(-20150)"}`: -20150, `{"code":-20150}`: 150, `{"code":0}`: 0,
	} {
		v.Code = 7
		if err := json.Unmarshal([]byte(in), &v); err != nil || v.Code != want {
			t.Errorf("%s -> %v, %v; want %v", in, v.Code, err, want)
		}
	}
	v.Code = ClonedDevice
	if err := json.Unmarshal([]byte(`{"code":null}`), &v); err != nil || v.Code != ClonedDevice {
		t.Errorf("null -> %v, %v; want it unchanged", v.Code, err)
	}
	for _, in := range []string{`{"code":"nope"}`, `{"code":1.5}`, `{"code":1e2}`, `{"code":true}`, `{"code":{}}`, `{"code":[]}`, `{"code":"Code(x)"}`, `{"code":99999999999999999999}`} {
		v.Code = 7
		if err := json.Unmarshal([]byte(in), &v); err == nil || v.Code != 7 {
			t.Errorf("%s -> %v, %v; want an error and no change", in, v.Code, err)
		}
	}
	for _, in := range []string{"", "+1", "abc", `"unterminated`, "-", "nul"} {
		c := Code(7)
		if err := c.UnmarshalJSON([]byte(in)); err == nil || c != 7 || !strings.Contains(err.Error(), strconv.Quote(in)) {
			t.Errorf("UnmarshalJSON(%q) = %v and set %v", in, err, c)
		}
	}
	out, err := json.Marshal(struct{ A, B Code }{LicenseExpired, 999})
	if err != nil || string(out) != `{"A":"LicenseExpired","B":"999"}` {
		t.Errorf("json.Marshal = %s, %v", out, err)
	}
}

func TestCodes(t *testing.T) {
	got := Codes()
	if len(got) != len(contract) {
		t.Fatalf("Codes() has %d codes, want %d", len(got), len(contract))
	}
	for i, c := range contract {
		if got[i] != c.code || i > 0 && got[i] <= got[i-1] {
			t.Errorf("Codes()[%d] = %v, want %v in ascending order", i, got[i], c.code)
		}
		if c.code.String() != c.name || int(c.code) != c.original || c.code.Class() != c.class || CodeOf(c.sentinel) != c.code {
			t.Errorf("%d: String %q, Class %v, sentinel code %v; want %q, %v", c.original, c.code.String(), c.code.Class(), CodeOf(c.sentinel), c.name, c.class)
		}
	}
	got[0] = 42
	if Codes()[0] != ServiceRefused {
		t.Error("Codes() shares its slice between calls")
	}
	for _, c := range []Code{0, 99, 110, 116, 125, 131, 150, 152, 199, 200, -111, -20111, math.MinInt, math.MaxInt} {
		if c.Known() || c.String() != "Code("+strconv.Itoa(int(c))+")" || c.Message() != "" || c.Class() != ClassUnknown {
			t.Errorf("Code(%d): Known %v, String %q, Message %q, Class %v", int(c), c.Known(), c.String(), c.Message(), c.Class())
		}
	}
	for c, want := range map[Code]int{100: -20100, 110: -20110, 199: -20199, 99: 0, 200: 0, 0: 0, -20111: 0, math.MinInt: 0, math.MaxInt: 0} {
		if got := c.Product(); got != want {
			t.Errorf("Code(%d).Product() = %d, want %d", int(c), got, want)
		}
	}
}

func TestClass(t *testing.T) {
	for k, want := range map[Class]string{ClassUnknown: "Unknown", ClassUnavailable: "Unavailable", ClassHandshake: "Handshake",
		ClassMismatch: "Mismatch", ClassLicense: "License", ClassQuota: "Quota", ClassSecurity: "Security", 7: "Class(7)", -1: "Class(-1)"} {
		if got := k.String(); got != want {
			t.Errorf("Class(%d).String() = %q, want %q", int(k), got, want)
		}
	}
	var zero Class
	if zero != ClassUnknown {
		t.Error("the zero Class is not ClassUnknown")
	}
}

func TestRetryable(t *testing.T) {
	for _, c := range contract {
		want := c.class == ClassUnavailable || c.class == ClassQuota
		if got := Retryable(layered(c.sentinel)); got != want {
			t.Errorf("Retryable(%v) = %v, want %v", c.code, got, want)
		}
	}
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{nil, false},
		{errors.New("timeout"), false},
		{FromOriginal(999), false},
		{FromMessage("nope"), false},
		{layered(ErrUnderConstruction), true},
		{layered(FromMessage("License quota exceeded by request count.")), true},
		{errors.Join(errors.New("io"), ErrLicenseExpired, layered(FromProduct(-20120))), true},
		{errors.Join(ErrLicenseExpired, ErrClonedDevice), false},
	} {
		if got := Retryable(tc.err); got != tc.want {
			t.Errorf("Retryable(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

func TestLogValue(t *testing.T) {
	for _, tc := range []struct {
		err  *Error
		want map[string]any
	}{
		{ErrLicenseExpired, map[string]any{"code": 111.0, "product_code": -20111.0, "name": "LicenseExpired", "class": "License", "message": "License has expired."}},
		{FromMessage(item113Prefix + "LI\n\"7\"" + item113Suffix).(*Error), map[string]any{"code": 113.0, "product_code": -20113.0, "name": "LicenseItemInvalid",
			"class": "License", "message": item113Prefix + "LI\n\"7\"" + item113Suffix, "license_item": "LI\n\"7\""}},
		{FromMessage(item113Prefix + item113Suffix).(*Error), map[string]any{"code": 113.0, "product_code": -20113.0, "name": "LicenseItemInvalid",
			"class": "License", "message": item113Prefix + item113Suffix, "license_item": ""}},
		{FromProductMessage(-10004, "time=x level=ERROR msg=forged\n").(*Error), map[string]any{"code": 0.0, "product_code": -10004.0, "name": "Code(0)",
			"class": "Unknown", "message": "time=x level=ERROR msg=forged"}},
	} {
		var buf bytes.Buffer
		slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		}})).Error("license check failed", "err", tc.err)
		var got struct{ Err map[string]any }
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil || !reflect.DeepEqual(got.Err, tc.want) {
			t.Errorf("logged %s (%v), want %v", buf.Bytes(), err, tc.want)
		}
		buf.Reset()
		slog.New(slog.NewTextHandler(&buf, nil)).Error("x", "err", tc.err)
		if strings.Count(buf.String(), "\n") != 1 {
			t.Errorf("text handler wrote more than one line: %q", buf.String())
		}
	}
}

func TestNilError(t *testing.T) {
	var e *Error
	if e.Code() != 0 || e.Product() != 0 || e.Message() != "" || e.LicenseItem() != "" || e.Error() != "dls: <nil>" || e.Is(ErrUnknown) ||
		ErrLicenseExpired.Is((*Error)(nil)) || e.LogValue().String() != "<nil>" {
		t.Error("a nil *Error misbehaves")
	}
	if CodeOf(fmt.Errorf("x: %w", e)) != 0 || Retryable(e) {
		t.Error("a nil *Error in a chain counts as a DLS error")
	}
	var zero Error
	if zero.Error() != "dls ? (?): unknown code" || !errors.Is(&zero, ErrUnknown) {
		t.Errorf("the zero Error is %q", zero.Error())
	}
}

// readmeRow matches a row of README.md's table of codes.
var readmeRow = regexp.MustCompile("^\\| (-\\d+) \\| (\\d+) \\| `(\\w+)` \\| `(\\w+)` \\| `(.+)` \\| ([\\w, ]+) \\|$")

func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, line := range strings.Split(string(readme), "\n") {
		if m := readmeRow.FindStringSubmatch(line); m != nil {
			rows = append(rows, strings.Join(m[1:], " | "))
		}
	}
	_, gens := generations(t)
	var want []string
	for _, w := range wordings {
		sentinel := "Err" + w.code.String()
		for name, rs := range map[string]*Error{"ErrUnderConstruction": ErrUnderConstruction, "ErrIPLicenseExpired": ErrIPLicenseExpired, "ErrHandshakeIDNotCompliant": ErrHandshakeIDNotCompliant} {
			if rowOf[w.msg] == rs {
				sentinel = name
			}
		}
		want = append(want, strings.Join([]string{strconv.Itoa(w.code.Product()), strconv.Itoa(int(w.code)), w.code.String(), sentinel, w.msg,
			gens[listRow{int(w.code), w.code.Product(), w.msg}]}, " | "))
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("README.md's table differs from the package:\n got %q\nwant %q", rows, want)
	}
	// The service snippet is the function Example_service runs.
	examples, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	// The quick start is the package example, and prints what it prints.
	body, output, ok := strings.Cut(between(string(examples), "func Example() {\n", "\n}\n"), "\t// Output:\n")
	output = strings.ReplaceAll(output, "\t// ", "")
	if !ok || !strings.Contains(string(readme), "func main() {\n"+body+"}\n```\n\nIt prints:\n\n```\n"+output+"\n```\n") {
		t.Error("README.md's quick start is not Example's body and output")
	}
	start := bytes.Index(examples, []byte("func activateWithFailover("))
	end := bytes.Index(examples[start:], []byte("\n}\n"))
	if start < 0 || end < 0 || !bytes.Contains(readme, examples[start:start+end+3]) {
		t.Error("README.md does not show activateWithFailover as example_test.go has it")
	}
	// CI runs the test command that README gives newcomers.
	ci, err := os.ReadFile(".ci/run")
	if err != nil {
		t.Fatal(err)
	}
	const testCommand = "go test -race ./..."
	if !bytes.Contains(readme, []byte("\n"+testCommand+"\n")) || !bytes.Contains(ci, []byte("\n"+testCommand+"\n")) {
		t.Errorf("README.md and .ci/run do not both run %q on a line of its own", testCommand)
	}
}

// between returns the text of s from the first start to the next end after it.
func between(s, start, end string) string {
	_, s, _ = strings.Cut(s, start)
	s, _, _ = strings.Cut(s, end)
	return s
}

// TestDocComments holds the package to its own rules: every exported name
// has a doc comment that starts with it, and every constant and code
// sentinel is named as String names its code (no typos in names).
func TestDocComments(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, doc ...*ast.CommentGroup) {
		for _, d := range doc {
			if d != nil {
				if !strings.HasPrefix(d.Text(), name+" ") {
					t.Errorf("the doc comment of %s starts %q", name, strings.SplitN(d.Text(), "\n", 2)[0])
				}
				return
			}
		}
		t.Errorf("%s has no doc comment", name)
	}
	constants := 0
	for _, f := range pkgs["dlserr"].Files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Name.IsExported() && (d.Recv == nil || ast.IsExported(receiver(d.Recv.List[0].Type))) {
					check(d.Name.Name, d.Doc)
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							check(s.Name.Name, s.Doc, d.Doc)
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if !n.IsExported() {
								continue
							}
							doc := s.Doc
							if !d.Lparen.IsValid() {
								doc = d.Doc
							}
							check(n.Name, doc)
							checkName(t, n.Name, s, &constants)
						}
					}
				}
			}
		}
	}
	if constants != len(contract) {
		t.Errorf("found %d Code constants, want %d", constants, len(contract))
	}
}

// checkName compares a constant's or sentinel's name with String of its code.
func checkName(t *testing.T, name string, s *ast.ValueSpec, constants *int) {
	if len(s.Values) == 0 {
		return
	}
	if id, ok := s.Type.(*ast.Ident); ok && id.Name == "Code" {
		*constants++
		n, err := strconv.Atoi(s.Values[0].(*ast.BasicLit).Value)
		if err != nil || Code(n).String() != name {
			t.Errorf("constant %s = %v, whose String is %q", name, s.Values[0], Code(n).String())
		}
	}
	if call, ok := s.Values[0].(*ast.CallExpr); ok && fmt.Sprint(call.Fun) == "sentinel" && fmt.Sprint(call.Args[1].(*ast.BasicLit).Value) == "0" {
		if code := fmt.Sprint(call.Args[0]); name != "Err"+code {
			t.Errorf("sentinel %s is of code %s", name, code)
		}
	}
}

func receiver(e ast.Expr) string {
	if star, ok := e.(*ast.StarExpr); ok {
		e = star.X
	}
	return e.(*ast.Ident).Name
}

func FuzzFromNumber(f *testing.F) {
	for _, n := range []int{0, 1, -1, 99, 100, 110, 111, 151, 199, 200, -20099, -20100, -20111, -20151, -20199, -20200, -10004, 20111, math.MinInt, math.MaxInt} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n int) {
		checkNumber(t, n)
		if c := CodeOf(FromOriginal(n)); c.Known() && (FromProduct(c.Product()) != FromOriginal(n) || c.Original() != n) {
			t.Fatalf("%d does not round-trip through its product code %d", n, c.Product())
		}
		for _, err := range []error{FromOriginal(n), FromProduct(n)} {
			if err != nil && (unsafeText(err.Error()) != "" || !matchesExactlyOne(err)) {
				t.Fatalf("%d: %q", n, err)
			}
		}
	})
}

// messageSeeds are every wording of every generation, bare and as C buffers
// and servers deliver them, and 113 with odd ids.
func messageSeeds() []string {
	var seeds []string
	for _, w := range wordings {
		seeds = append(seeds, w.msg, " "+w.msg+"\r\n", w.msg+strings.Repeat("\x00", 256-len(w.msg)))
	}
	for _, id := range []string{"LI-2024-0042", "", `"`, "\n", "\x00", "日本", "\xff", item113Suffix} {
		seeds = append(seeds, item113Prefix+id+item113Suffix)
	}
	return append(seeds, "", "\x00", "[License] [Key 1] The license is invalid.")
}

func FuzzFromMessage(f *testing.F) {
	for _, s := range messageSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := FromMessage(s)
		checkText(t, err, s)
		e := err.(*Error)
		if again := FromMessage(e.Message()); CodeOf(again) != e.Code() || again.(*Error).LicenseItem() != e.LicenseItem() {
			t.Fatalf("%q: reading its Message %q again gives %v", s, e.Message(), again)
		}
		if e.Code().Known() {
			if _, listed := byMessage[e.Message()]; !listed && e.LicenseItem() == "" && e.Message() != item113Prefix+item113Suffix {
				t.Fatalf("%q was given code %v without being a wording", s, e.Code())
			}
		}
	})
}

func FuzzFromCodeAndMessage(f *testing.F) {
	for i, s := range messageSeeds() {
		f.Add(100+i%60, s)
		f.Add(-20100-i%60, s)
	}
	f.Fuzz(func(t *testing.T, n int, s string) {
		o, p := FromOriginalMessage(n, s), FromProductMessage(n, s)
		if n == 0 {
			if o != nil || p != nil {
				t.Fatalf("0 with %q is not nil", s)
			}
			return
		}
		checkText(t, o, s)
		checkText(t, p, s)
		// The number decides the code, whatever the message.
		want := Code(0)
		if -20199 <= n && n <= -20100 {
			want = Code(-20000 - n)
		}
		if CodeOf(o) != Code(n) || CodeOf(p) != want || p.(*Error).Product() != n {
			t.Fatalf("%d, %q: codes %v and %v", n, s, CodeOf(o), CodeOf(p))
		}
	})
}

func FuzzParseCode(f *testing.F) {
	for _, s := range []string{"LicenseExpired", "111", "-20111", "Code(-20150)", "Code(", "999", "", "null", `"LicenseExpired"`, "-20150", `"\u004c"`, "1e2", "+1"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseCode(string(b))
		if err != nil {
			if c != 0 || unsafeText(err.Error()) != "" {
				t.Fatalf("ParseCode(%q) = %v, %q", b, c, err)
			}
		} else {
			checkRoundTrip(t, c)
		}
		v := Code(7)
		if err := v.UnmarshalText(b); err != nil && v != 7 || err == nil && v != c {
			t.Fatalf("UnmarshalText(%q) set %v with %v; ParseCode says %v", b, v, err, c)
		}
		v = Code(7)
		if err := v.UnmarshalJSON(b); err != nil {
			if v != 7 || unsafeText(err.Error()) != "" {
				t.Fatalf("UnmarshalJSON(%q) set %v with %q", b, v, err)
			}
		} else {
			checkRoundTrip(t, v)
		}
	})
}

// The benchmarks. Each group has its baselines under impl=, over the same
// keys, so `benchstat -col /impl` shows every call as a ratio to them.

// benchBaselines runs the baselines for lookups by number over keys: a map
// holding the same errors, and http.StatusText's switch.
func benchBaselines(b *testing.B, keys []int, errs []*Error) {
	baseline := map[int]error{}
	for i, k := range keys {
		baseline[k] = errs[i]
	}
	b.Run("impl=map", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkErr = baseline[keys[i%len(keys)]]
		}
	})
	b.Run("impl=StatusText", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkString = http.StatusText(keys[i%len(keys)])
		}
	})
}

func BenchmarkOriginal(b *testing.B) {
	keys, errs := make([]int, len(contract)), make([]*Error, len(contract))
	for i, c := range contract {
		keys[i], errs[i] = c.original, c.sentinel
	}
	benchBaselines(b, keys, errs)
	b.Run("impl=dlserr", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkErr = FromOriginal(keys[i%len(keys)])
		}
	})
}

func BenchmarkProduct(b *testing.B) {
	keys, errs := make([]int, len(contract)), make([]*Error, len(contract))
	for i, c := range contract {
		keys[i], errs[i] = c.code.Product(), c.sentinel
	}
	benchBaselines(b, keys, errs)
	b.Run("impl=dlserr", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkErr = FromProduct(keys[i%len(keys)])
		}
	})
}

func BenchmarkMessage(b *testing.B) {
	baseline := map[string]error{}
	for _, w := range wordings {
		baseline[w.msg] = FromMessage(w.msg)
	}
	for _, set := range []struct {
		name string
		gen  uint8
		keys []string
	}{
		{"spec", genDLS, nil},
		{"revised", genRevised, nil},
		{"item", 0, []string{item113Prefix + "LI-2024-0042" + item113Suffix}},
		{"unknown", 0, []string{"[License] [Key 1] The license is invalid."}},
	} {
		keys := set.keys
		for _, w := range wordings {
			if w.gen&set.gen != 0 {
				keys = append(keys, w.msg)
			}
		}
		b.Run("set="+set.name+"/impl=map", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				sinkErr = baseline[keys[i%len(keys)]]
			}
		})
		b.Run("set="+set.name+"/impl=dlserr", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkErr = FromMessage(keys[i%len(keys)])
			}
		})
	}
}

func BenchmarkCalls(b *testing.B) {
	wrapped := layered(FromMessage("License for this ip has expired."))
	item := FromMessage(item113Prefix + "LI-2024-0042" + item113Suffix)
	buffer := "License for this ip has expired." + strings.Repeat("\x00", 224)
	for _, bm := range []struct {
		name string
		f    func()
	}{
		{"FromOriginal/unknown", func() { sinkErr = FromOriginal(999) }},
		{"FromProduct/unknown", func() { sinkErr = FromProduct(-10004) }},
		{"FromProductMessage/buffer", func() { sinkErr = FromProductMessage(-20111, buffer) }},
		{"CodeOf/wrapped3", func() { sinkCode = CodeOf(wrapped) }},
		{"Is/wrapped3-hit", func() { sinkBool = errors.Is(wrapped, ErrIPLicenseExpired) }},
		{"Is/wrapped3-miss", func() { sinkBool = errors.Is(wrapped, ErrUnderConstruction) }},
		{"Retryable/wrapped3", func() { sinkBool = Retryable(wrapped) }},
		{"Error/sentinel", func() { sinkString = ErrLicenseExpired.Error() }},
		{"Error/item", func() { sinkString = item.Error() }},
		{"MarshalText", func() { sinkBytes, _ = LicenseItemChargeWayMismatch.MarshalText() }},
		{"AppendText", func() { sinkBytes, _ = LicenseItemChargeWayMismatch.AppendText(sinkBytes[:0]) }},
		{"ParseCode", func() { sinkCode, _ = ParseCode("LicenseItemChargeWayMismatch") }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				bm.f()
			}
		})
	}
}

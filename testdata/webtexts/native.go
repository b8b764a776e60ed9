package main

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"unicode/utf8"
)

// cstring is a NUL-terminated string of a binary's data: where it is in the
// file, and its address in memory (-1 where the binary does not say).
type cstring struct {
	off  int
	addr int64
	text string
}

// nativeText is a C string with the number an error table pairs it with
// (0 if none).
type nativeText struct {
	cstring
	number int64
}

// dataSeg is a wasm data segment: its address in linear memory (-1 for a
// passive segment whose address the code does not show), the file offset
// of its first byte, and its bytes.
type dataSeg struct {
	addr int64
	off  int
	data []byte
}

var errWasm = errors.New("not a wasm module")

// wasmData reads the data segments of a wasm module. The address of an
// active segment is its offset expression, with every global.get (as in a
// side module's __memory_base) taken as 0; the address of a passive segment
// is the destination of the memory.init that copies it, where the code
// holds one with constant operands.
func wasmData(b []byte) ([]dataSeg, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" || binary.LittleEndian.Uint32(b[4:8]) != 1 {
		return nil, errWasm
	}
	var segs []dataSeg
	var code []byte
	for p := 8; p < len(b); {
		id := b[p]
		size, n, err := uleb(b, p+1)
		if err != nil {
			return nil, fmt.Errorf("section at %d: %v", p, err)
		}
		start := p + 1 + n
		end := start + int(size)
		if size > uint64(len(b)) || end > len(b) {
			return nil, fmt.Errorf("section %d at %d: %d bytes past the end", id, p, end-len(b))
		}
		switch id {
		case 10:
			code = b[start:end]
		case 11:
			s, err := readDataSection(b, start, end)
			if err != nil {
				return nil, err
			}
			segs = s
		}
		p = end
	}
	if code != nil {
		placePassive(segs, code)
	}
	return segs, nil
}

func readDataSection(b []byte, start, end int) ([]dataSeg, error) {
	count, n, err := uleb(b[:end], start)
	if err != nil {
		return nil, err
	}
	p := start + n
	if count > uint64(end-start) {
		return nil, fmt.Errorf("data section: %d segments in %d bytes", count, end-start)
	}
	segs := make([]dataSeg, 0, count)
	for n := uint64(0); n < count; n++ {
		flags, n, err := uleb(b[:end], p)
		if err != nil {
			return nil, err
		}
		p += n
		addr := int64(-1)
		switch flags {
		case 0, 2:
			if flags == 2 {
				_, n, err := uleb(b[:end], p)
				if err != nil {
					return nil, err
				}
				p += n
			}
			v, n, err := constExpr(b[:end], p)
			if err != nil {
				return nil, err
			}
			addr, p = v, p+n
		case 1:
		default:
			return nil, fmt.Errorf("data segment at %d: flags %d", p, flags)
		}
		size, n, err := uleb(b[:end], p)
		if err != nil {
			return nil, err
		}
		p += n
		if size > uint64(end-p) {
			return nil, fmt.Errorf("data segment at %d: %d bytes past the section", p, int(size)-(end-p))
		}
		segs = append(segs, dataSeg{addr: addr, off: p, data: b[p : p+int(size)]})
		p += int(size)
	}
	return segs, nil
}

// constExpr evaluates a constant expression (i32.const, i64.const,
// global.get as 0, i32/i64 add, sub and mul) up to its end opcode.
func constExpr(b []byte, p int) (int64, int, error) {
	start := p
	var stack []int64
	for p < len(b) {
		op := b[p]
		p++
		switch op {
		case 0x0b:
			if len(stack) != 1 {
				return 0, 0, fmt.Errorf("constant expression at %d: %d values", start, len(stack))
			}
			return stack[0], p - start, nil
		case 0x41, 0x42:
			v, n, err := sleb(b, p)
			if err != nil {
				return 0, 0, err
			}
			stack, p = append(stack, v), p+n
		case 0x23:
			_, n, err := uleb(b, p)
			if err != nil {
				return 0, 0, err
			}
			stack, p = append(stack, 0), p+n
		case 0x6a, 0x6b, 0x6c, 0x7c, 0x7d, 0x7e:
			if len(stack) < 2 {
				return 0, 0, fmt.Errorf("constant expression at %d: operator without operands", start)
			}
			x, y := stack[len(stack)-2], stack[len(stack)-1]
			stack = stack[:len(stack)-2]
			switch op {
			case 0x6a, 0x7c:
				x += y
			case 0x6b, 0x7d:
				x -= y
			default:
				x *= y
			}
			stack = append(stack, x)
		default:
			return 0, 0, fmt.Errorf("constant expression at %d: opcode 0x%x", start, op)
		}
	}
	return 0, 0, fmt.Errorf("constant expression at %d: no end", start)
}

// placePassive gives each passive segment the destination of the
// memory.init that copies all of it: i32.const DST, i32.const 0, i32.const
// LEN, memory.init SEG (0xfc 8 SEG 0), as __wasm_init_memory does.
func placePassive(segs []dataSeg, code []byte) {
	for p := 0; p+1 < len(code); p++ {
		if code[p] != 0x41 {
			continue
		}
		dst, n1, err := sleb(code, p+1)
		if err != nil || p+1+n1 >= len(code) || code[p+1+n1] != 0x41 {
			continue
		}
		q := p + 1 + n1 + 1
		src, n2, err := sleb(code, q)
		if err != nil || src != 0 || q+n2 >= len(code) || code[q+n2] != 0x41 {
			continue
		}
		q += n2 + 1
		size, n3, err := sleb(code, q)
		if err != nil || q+n3+1 >= len(code) || code[q+n3] != 0xfc || code[q+n3+1] != 0x08 {
			continue
		}
		seg, _, err := uleb(code, q+n3+2)
		if err != nil || seg >= uint64(len(segs)) || segs[seg].addr >= 0 || int64(len(segs[seg].data)) != size || dst < 0 {
			continue
		}
		segs[seg].addr = dst
	}
}

func uleb(b []byte, p int) (uint64, int, error) {
	var v uint64
	for i := 0; i < 10; i++ {
		if p+i >= len(b) {
			return 0, 0, errors.New("truncated LEB128")
		}
		c := b[p+i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return v, i + 1, nil
		}
	}
	return 0, 0, errors.New("LEB128 too long")
}

func sleb(b []byte, p int) (int64, int, error) {
	var v int64
	for i := 0; i < 10; i++ {
		if p+i >= len(b) {
			return 0, 0, errors.New("truncated LEB128")
		}
		c := b[p+i]
		v |= int64(c&0x7f) << (7 * i)
		if c < 0x80 {
			if c&0x40 != 0 && i < 9 {
				v |= -1 << (7 * (i + 1))
			}
			return v, i + 1, nil
		}
	}
	return 0, 0, errors.New("LEB128 too long")
}

// cstrings cuts data at its NULs and keeps the pieces that read as text:
// valid UTF-8 of at least minLen bytes with no control character but tab
// and line ends. off and addr are those of data's first byte.
func cstrings(data []byte, off int, addr int64) []cstring {
	var res []cstring
	for start := 0; start < len(data); {
		end := bytes.IndexByte(data[start:], 0)
		if end < 0 {
			end = len(data)
		} else {
			end += start
		}
		if s := data[start:end]; len(s) >= minLen && isText(s) {
			a := int64(-1)
			if addr >= 0 {
				a = addr + int64(start)
			}
			res = append(res, cstring{off: off + start, addr: a, text: string(s)})
		}
		start = end + 1
	}
	return res
}

const minLen = 4

func isText(s []byte) bool {
	if !utf8.Valid(s) {
		return false
	}
	for _, c := range s {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return false
		}
	}
	return true
}

// errorCode says whether v can be a vendor's error number in a native
// table: the SDKs number their errors from -1000 down.
func errorCode(v int64) bool { return v <= -1000 && v >= -999999 }

// minTable is how many consecutive records an error table must have: one
// or two could be any two words that happen to look like a record.
const minTable = 3

// tableNumbers finds the error tables of {int code; const char *message}
// records: at stride, the code at the record's start and the pointer to a
// string's first byte ptrAt bytes further. ptrs maps a record's pointer
// slot to the address it holds.
func tableNumbers(ptrs map[int64]int64, code func(addr int64) (int64, bool), strs map[int64]bool, stride, ptrAt int64) map[int64][]int64 {
	type rec struct{ code, str int64 }
	recs := map[int64]rec{} // by the record's address
	for slot, target := range ptrs {
		if !strs[target] {
			continue
		}
		c, ok := code(slot - ptrAt)
		if ok && errorCode(c) {
			recs[slot-ptrAt] = rec{c, target}
		}
	}
	res := map[int64][]int64{}
	for a, r := range recs {
		// Count the run of records around a.
		n := 1
		for b := a - stride; ; b -= stride {
			if _, ok := recs[b]; !ok {
				break
			}
			n++
		}
		for b := a + stride; ; b += stride {
			if _, ok := recs[b]; !ok {
				break
			}
			n++
		}
		if n >= minTable {
			res[r.str] = appendUnique(res[r.str], r.code)
		}
	}
	return res
}

func appendUnique(s []int64, v int64) []int64 {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// wasmTexts reads a wasm module's C strings and the numbers its error
// tables pair them with.
func wasmTexts(b []byte) ([]nativeText, error) {
	segs, err := wasmData(b)
	if err != nil {
		return nil, err
	}
	var strs []cstring
	starts := map[int64]bool{}
	var placed []dataSeg
	for _, sg := range segs {
		for _, c := range cstrings(sg.data, sg.off, sg.addr) {
			strs = append(strs, c)
			if c.addr >= 0 {
				starts[c.addr] = true
			}
		}
		if sg.addr >= 0 {
			placed = append(placed, sg)
		}
	}
	sort.Slice(placed, func(i, j int) bool { return placed[i].addr < placed[j].addr })
	// The pointers: the aligned words that hold a string's address.
	ptrs := map[int64]int64{}
	for _, sg := range placed {
		for i := (4 - sg.addr%4) % 4; i+4 <= int64(len(sg.data)); i += 4 {
			if w := int64(binary.LittleEndian.Uint32(sg.data[i:])); starts[w] {
				ptrs[sg.addr+i] = w
			}
		}
	}
	code := func(a int64) (int64, bool) {
		k := sort.Search(len(placed), func(i int) bool { return placed[i].addr+int64(len(placed[i].data)) > a })
		if k == len(placed) || a < placed[k].addr || a+4 > placed[k].addr+int64(len(placed[k].data)) {
			return 0, false
		}
		return int64(int32(binary.LittleEndian.Uint32(placed[k].data[a-placed[k].addr:]))), true
	}
	nums := tableNumbers(ptrs, code, starts, 8, 4)
	return pairNumbers(strs, nums), nil
}

func pairNumbers(strs []cstring, nums map[int64][]int64) []nativeText {
	var res []nativeText
	for _, c := range strs {
		ns := nums[c.addr]
		if c.addr < 0 || len(ns) == 0 {
			res = append(res, nativeText{cstring: c})
			continue
		}
		for _, n := range ns {
			res = append(res, nativeText{cstring: c, number: n})
		}
	}
	return res
}

// elfTexts reads the C strings of an ELF file's read-only data and the
// numbers its error tables pair them with: {int code; const char *message}
// records of 16 bytes, whose pointers are relocations (R_X86_64_RELATIVE,
// in a shared library) or plain addresses (in an executable).
func elfTexts(b []byte) ([]nativeText, error) {
	f, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if f.Class != elf.ELFCLASS64 || f.Data != elf.ELFDATA2LSB {
		return nil, fmt.Errorf("not a little-endian 64-bit ELF file")
	}
	var strs []cstring
	starts := map[int64]bool{}
	for _, s := range f.Sections {
		if s.Type != elf.SHT_PROGBITS || s.Flags&elf.SHF_ALLOC == 0 || s.Flags&(elf.SHF_WRITE|elf.SHF_EXECINSTR) != 0 {
			continue
		}
		if s.Offset+s.Size > uint64(len(b)) {
			continue
		}
		for _, c := range cstrings(b[s.Offset:s.Offset+s.Size], int(s.Offset), int64(s.Addr)) {
			strs = append(strs, c)
			starts[c.addr] = true
		}
	}
	// The pointers: relocations' addends, and the data's aligned words.
	ptrs := map[int64]int64{}
	for _, s := range f.Sections {
		switch {
		case s.Type == elf.SHT_RELA && s.Offset+s.Size <= uint64(len(b)):
			d := b[s.Offset : s.Offset+s.Size]
			for i := 0; i+24 <= len(d); i += 24 {
				slot := binary.LittleEndian.Uint64(d[i:])
				info := binary.LittleEndian.Uint64(d[i+8:])
				if elf.R_X86_64(info&0xffffffff) == elf.R_X86_64_RELATIVE {
					ptrs[int64(slot)] = int64(binary.LittleEndian.Uint64(d[i+16:]))
				}
			}
		case s.Type == elf.SHT_PROGBITS && s.Flags&elf.SHF_ALLOC != 0 && s.Flags&elf.SHF_EXECINSTR == 0 && s.Offset+s.Size <= uint64(len(b)):
			d := b[s.Offset : s.Offset+s.Size]
			for i := (8 - s.Addr%8) % 8; i+8 <= uint64(len(d)); i += 8 {
				if v := int64(binary.LittleEndian.Uint64(d[i:])); starts[v] {
					if _, ok := ptrs[int64(s.Addr+i)]; !ok {
						ptrs[int64(s.Addr+i)] = v
					}
				}
			}
		}
	}
	code := func(a int64) (int64, bool) {
		for _, s := range f.Sections {
			if s.Type == elf.SHT_NOBITS || uint64(a) < s.Addr || uint64(a)+4 > s.Addr+s.Size || s.Addr == 0 {
				continue
			}
			o := s.Offset + uint64(a) - s.Addr
			if o+4 > uint64(len(b)) {
				return 0, false
			}
			return int64(int32(binary.LittleEndian.Uint32(b[o:]))), true
		}
		return 0, false
	}
	nums := tableNumbers(ptrs, code, starts, 16, 8)
	return pairNumbers(strs, nums), nil
}

// printfVerb is a printf conversion in a native format string.
var printfVerb = regexp.MustCompile(`%%|%[-+ #0]*(\d+|\*)?(\.(\d+|\*))?(hh|h|ll|l|L|z|j|t|I64|I32)?[diouxXeEfgGcsp]`)

// nativeAlt reads a native string as a text: a format string's
// conversions are holes (%% is a percent sign).
func nativeAlt(s string) alt {
	var a alt
	last := 0
	for _, m := range printfVerb.FindAllStringIndex(s, -1) {
		lit := s[last:m[0]]
		if s[m[0]:m[1]] == "%%" {
			lit += "%"
		}
		if lit != "" {
			if len(a) > 0 && !a[len(a)-1].hole {
				a[len(a)-1].lit += lit
			} else {
				a = append(a, piece{lit: lit})
			}
		}
		if s[m[0]:m[1]] != "%%" {
			a = append(a, piece{hole: true, expr: s[m[0]:m[1]]})
		}
		last = m[1]
	}
	if rest := s[last:]; rest != "" {
		if len(a) > 0 && !a[len(a)-1].hole {
			a[len(a)-1].lit += rest
		} else {
			a = append(a, piece{lit: rest})
		}
	}
	return a
}

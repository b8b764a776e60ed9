package main

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// tokKind is the kind of a JavaScript token.
type tokKind uint8

const (
	tkIdent    tokKind = iota + 1 // names and keywords
	tkPunct                       // operators and brackets
	tkNumber                      // numeric literals
	tkString                      // '...' and "..."
	tkTemplate                    // `...${x}...`
	tkRegex                       // /.../flags
)

// token is one JavaScript token. off and end are byte offsets in the file
// the lexer was given, so that a text's place can be written as it is in
// the package.
type token struct {
	kind     tokKind
	off, end int
	text     string // the source of an identifier, punctuator or number
	val      string // a string literal's value, escapes decoded
	// A template literal: its cooked literal parts (len(exprs)+1 of them)
	// and the tokens of each ${...} between them.
	parts []string
	exprs [][]token
}

// keywordsBeforeRegex are the keywords after which a / starts a regular
// expression, not a division.
var keywordsBeforeRegex = map[string]bool{
	"return": true, "typeof": true, "instanceof": true, "in": true, "of": true,
	"new": true, "delete": true, "void": true, "throw": true, "case": true,
	"do": true, "else": true, "yield": true, "await": true,
}

// puncts are JavaScript's punctuators, longest first, as the lexer tries
// them.
var puncts = []string{
	">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
	"=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=",
	"*=", "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
}

// lexJS splits src into tokens. It is made for minified code and also reads
// the string literals of TypeScript, Kotlin and Objective-C sources. It
// never fails: what it cannot read (an unterminated literal, a stray byte)
// ends where the line or the file does, and lexing goes on.
func lexJS(src []byte) []token {
	l := &lexer{src: src}
	return l.run(0, false)
}

type lexer struct {
	src []byte
	pos int
}

// run lexes from the current position to the end of the input, or, inside
// a template's ${...}, to the } that closes it (consumed, not returned).
func (l *lexer) run(depth int, inTemplate bool) []token {
	var toks []token
	if depth == 0 {
		toks = make([]token, 0, len(l.src)/8)
	}
	braces := 0
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			l.pos++
			continue
		case c == '/' && l.pos+1 < len(l.src) && l.src[l.pos+1] == '/':
			l.skipLine()
			continue
		case c == '/' && l.pos+1 < len(l.src) && l.src[l.pos+1] == '*':
			end := strings.Index(string(l.src[l.pos+2:]), "*/")
			if end < 0 {
				l.pos = len(l.src)
			} else {
				l.pos += 2 + end + 2
			}
			continue
		case c == '\'' || c == '"':
			toks = append(toks, l.str(c))
			continue
		case c == '`':
			toks = append(toks, l.template(depth))
			continue
		case c >= '0' && c <= '9' || c == '.' && l.pos+1 < len(l.src) && isDigit(l.src[l.pos+1]):
			toks = append(toks, l.number())
			continue
		case isIdentStart(c) || c == '#' && l.pos+1 < len(l.src) && isIdentStart(l.src[l.pos+1]) || c >= 0x80:
			toks = append(toks, l.ident())
			continue
		case c == '/' && regexAllowed(toks):
			toks = append(toks, l.regex())
			continue
		}
		if inTemplate {
			if c == '{' {
				braces++
			} else if c == '}' {
				if braces == 0 {
					l.pos++
					return toks
				}
				braces--
			}
		}
		toks = append(toks, l.punct())
	}
	return toks
}

func (l *lexer) skipLine() {
	for l.pos < len(l.src) && l.src[l.pos] != '\n' && l.src[l.pos] != '\r' {
		l.pos++
	}
}

func (l *lexer) punct() token {
	start := l.pos
	rest := l.src[l.pos:]
	for _, p := range puncts {
		if len(rest) >= len(p) && string(rest[:len(p)]) == p {
			// "?." before a digit is "?" then a number: a ? .5 : 1.
			if p == "?." && len(rest) > 2 && isDigit(rest[2]) {
				continue
			}
			l.pos += len(p)
			return token{kind: tkPunct, off: start, end: l.pos, text: p}
		}
	}
	l.pos++
	return token{kind: tkPunct, off: start, end: l.pos, text: string(rest[:1])}
}

func (l *lexer) ident() token {
	start := l.pos
	if l.src[l.pos] == '#' {
		l.pos++
	}
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		if c >= 0x80 {
			r, n := utf8.DecodeRune(l.src[l.pos:])
			if r == utf8.RuneError || r == '\u00a0' || r == '\u2028' || r == '\u2029' || r == '\ufeff' {
				if l.pos == start {
					l.pos += n // a stray byte is a token of its own
				}
				break
			}
			l.pos += n
			continue
		}
		if !isIdentStart(c) && !isDigit(c) {
			break
		}
		l.pos++
	}
	return token{kind: tkIdent, off: start, end: l.pos, text: string(l.src[start:l.pos])}
}

func (l *lexer) number() token {
	start := l.pos
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		switch {
		case isDigit(c) || c == '.' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			l.pos++
		case (c == '+' || c == '-') && (l.src[l.pos-1] == 'e' || l.src[l.pos-1] == 'E') && !isHexLiteral(l.src[start:l.pos]):
			l.pos++
		default:
			return token{kind: tkNumber, off: start, end: l.pos, text: string(l.src[start:l.pos])}
		}
	}
	return token{kind: tkNumber, off: start, end: l.pos, text: string(l.src[start:l.pos])}
}

func isHexLiteral(b []byte) bool {
	return len(b) > 1 && b[0] == '0' && (b[1] == 'x' || b[1] == 'X')
}

func (l *lexer) regex() token {
	start := l.pos
	l.pos++
	inClass := false
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		if c == '\n' || c == '\r' {
			break
		}
		l.pos++
		switch {
		case c == '\\':
			l.pos++
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '/' && !inClass:
			for l.pos < len(l.src) && (isIdentStart(l.src[l.pos]) || isDigit(l.src[l.pos])) {
				l.pos++
			}
			return token{kind: tkRegex, off: start, end: l.pos, text: string(l.src[start:l.pos])}
		}
	}
	if l.pos > len(l.src) {
		l.pos = len(l.src)
	}
	return token{kind: tkRegex, off: start, end: l.pos, text: string(l.src[start:l.pos])}
}

// str reads a quoted string literal; an unescaped line end ends it.
func (l *lexer) str(q byte) token {
	start := l.pos
	l.pos++
	var b strings.Builder
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		if c == q {
			l.pos++
			return token{kind: tkString, off: start, end: l.pos, val: b.String()}
		}
		if c == '\n' || c == '\r' {
			break
		}
		if c == '\\' {
			l.escape(&b)
			continue
		}
		b.WriteByte(c)
		l.pos++
	}
	return token{kind: tkString, off: start, end: l.pos, val: b.String()}
}

// template reads a template literal, lexing each ${...} on its own.
func (l *lexer) template(depth int) token {
	start := l.pos
	l.pos++
	t := token{kind: tkTemplate, off: start}
	var b strings.Builder
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		switch {
		case c == '`':
			l.pos++
			t.parts = append(t.parts, b.String())
			t.end = l.pos
			return t
		case c == '\\':
			l.escape(&b)
		case c == '$' && l.pos+1 < len(l.src) && l.src[l.pos+1] == '{':
			l.pos += 2
			t.parts = append(t.parts, b.String())
			b.Reset()
			if depth > 64 { // a pathological nesting: give up on it
				l.pos = len(l.src)
				t.exprs = append(t.exprs, nil)
				break
			}
			t.exprs = append(t.exprs, l.run(depth+1, true))
		default:
			if c == '\r' { // a template's CR and CRLF are LF
				if l.pos+1 < len(l.src) && l.src[l.pos+1] == '\n' {
					l.pos++
				}
				c = '\n'
			}
			b.WriteByte(c)
			l.pos++
		}
	}
	t.parts = append(t.parts, b.String())
	t.end = l.pos
	return t
}

// escape decodes the escape sequence at l.pos (a backslash) into b.
func (l *lexer) escape(b *strings.Builder) {
	l.pos++
	if l.pos >= len(l.src) {
		return
	}
	c := l.src[l.pos]
	l.pos++
	switch c {
	case 'n':
		b.WriteByte('\n')
	case 't':
		b.WriteByte('\t')
	case 'r':
		b.WriteByte('\r')
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'v':
		b.WriteByte('\v')
	case '0':
		if l.pos < len(l.src) && isDigit(l.src[l.pos]) {
			b.WriteByte('0') // a legacy octal escape: kept as written
		} else {
			b.WriteByte(0)
		}
	case '\r':
		if l.pos < len(l.src) && l.src[l.pos] == '\n' {
			l.pos++
		}
	case '\n':
		// a line continuation adds nothing
	case 'x':
		if r, ok := l.hex(2); ok {
			b.WriteRune(r)
		} else {
			b.WriteByte('x')
		}
	case 'u':
		if l.pos < len(l.src) && l.src[l.pos] == '{' {
			end := strings.IndexByte(string(l.src[l.pos:min(len(l.src), l.pos+10)]), '}')
			if end > 1 {
				if v, err := strconv.ParseUint(string(l.src[l.pos+1:l.pos+end]), 16, 32); err == nil && v <= utf8.MaxRune {
					b.WriteRune(rune(v))
					l.pos += end + 1
					return
				}
			}
			b.WriteByte('u')
			return
		}
		r, ok := l.hex(4)
		if !ok {
			b.WriteByte('u')
			return
		}
		// A surrogate pair is one character.
		if r >= 0xd800 && r < 0xdc00 && l.pos+1 < len(l.src) && l.src[l.pos] == '\\' && l.src[l.pos+1] == 'u' {
			save := l.pos
			l.pos += 2
			if r2, ok := l.hex(4); ok && r2 >= 0xdc00 && r2 < 0xe000 {
				b.WriteRune((r-0xd800)<<10 + (r2 - 0xdc00) + 0x10000)
				return
			}
			l.pos = save
		}
		b.WriteRune(r)
	default:
		if c >= 0x80 {
			l.pos--
			r, n := utf8.DecodeRune(l.src[l.pos:])
			l.pos += n
			if r != '\u2028' && r != '\u2029' {
				b.WriteRune(r)
			}
			return
		}
		b.WriteByte(c)
	}
}

func (l *lexer) hex(n int) (rune, bool) {
	if l.pos+n > len(l.src) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(l.src[l.pos:l.pos+n]), 16, 32)
	if err != nil {
		return 0, false
	}
	l.pos += n
	return rune(v), true
}

// regexAllowed says whether a / after toks starts a regular expression:
// where an operand may start, that is after an operator, an opening
// bracket or a keyword that takes an expression.
func regexAllowed(toks []token) bool {
	if len(toks) == 0 {
		return true
	}
	t := toks[len(toks)-1]
	switch t.kind {
	case tkNumber, tkString, tkTemplate, tkRegex:
		return false
	case tkIdent:
		return keywordsBeforeRegex[t.text]
	}
	return t.text != ")" && t.text != "]"
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
}

// numberValue is the integer a numeric literal denotes (8e4 is 80000,
// 0x10 is 16), if it denotes one.
func numberValue(s string) (int64, bool) {
	s = strings.ReplaceAll(s, "_", "")
	if len(s) > 2 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			v, err := strconv.ParseInt(strings.TrimSuffix(s[2:], "n"), base, 64)
			return v, err == nil
		}
	}
	f, err := strconv.ParseFloat(strings.TrimSuffix(s, "n"), 64)
	if err != nil || f != float64(int64(f)) || f > 1<<53 || f < -(1<<53) {
		return 0, false
	}
	return int64(f), true
}

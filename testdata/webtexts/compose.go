package main

import (
	"regexp"
	"strings"
)

// piece is a part of a composed text: a literal, or a hole that the code
// fills in at run time (expr is the hole's source, for the golden's
// header).
type piece struct {
	lit  string
	hole bool
	expr string
}

// alt is one text an expression can make: a ternary or a constant function
// with two answers makes two.
type alt []piece

// render writes an alternative with each hole as {}.
func (a alt) render() string {
	var b strings.Builder
	for _, p := range a {
		if p.hole {
			b.WriteString("{}")
		} else {
			b.WriteString(p.lit)
		}
	}
	return b.String()
}

func (a alt) holes() []string {
	var h []string
	for _, p := range a {
		if p.hole {
			h = append(h, p.expr)
		}
	}
	return h
}

// maxAlts bounds the alternatives of one expression; beyond it a part is a
// hole.
const maxAlts = 32

// jsText is a text that a JavaScript expression makes, at the offset where
// the expression starts.
type jsText struct {
	off    int
	alt    alt
	number int64 // the vendor's number the code pairs it with, 0 if none
}

// seq is a token stream with its brackets matched: the file's, or one
// ${...} of a template literal.
type seq struct {
	t     []token
	m     []int // the index of each bracket's partner, -1 for other tokens
	scope []int // for each token, the index of the innermost { around it in the file's stream, -1 at the top
}

func newSeq(t []token, outerScope int) *seq {
	s := &seq{t: t, m: make([]int, len(t)), scope: make([]int, len(t))}
	var stack []int
	braces := []int{outerScope}
	for i, tk := range t {
		s.m[i] = -1
		s.scope[i] = braces[len(braces)-1]
		if tk.kind != tkPunct {
			continue
		}
		switch tk.text {
		case "(", "[", "{":
			stack = append(stack, i)
			if tk.text == "{" && outerScope == -1 {
				braces = append(braces, i)
			}
		case ")", "]", "}":
			if len(stack) > 0 && closes(t[stack[len(stack)-1]].text, tk.text) {
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				s.m[o], s.m[i] = i, o
				if tk.text == "}" && outerScope == -1 && len(braces) > 1 {
					braces = braces[:len(braces)-1]
				}
			}
		}
	}
	return s
}

func closes(open, close string) bool {
	return open == "(" && close == ")" || open == "[" && close == "]" || open == "{" && close == "}"
}

func (s *seq) is(i int, p string) bool {
	return i >= 0 && i < len(s.t) && s.t[i].kind == tkPunct && s.t[i].text == p
}

func (s *seq) identAt(i int) (string, bool) {
	if i < 0 || i >= len(s.t) || s.t[i].kind != tkIdent {
		return "", false
	}
	return s.t[i].text, true
}

// operatorKeywords are the keywords that cannot end an operand.
var operatorKeywords = map[string]bool{
	"typeof": true, "void": true, "new": true, "delete": true, "in": true,
	"instanceof": true, "return": true, "throw": true, "case": true,
	"await": true, "yield": true, "else": true, "do": true, "of": true,
	"if": true, "while": true, "for": true, "switch": true, "catch": true,
	"let": true, "const": true, "var": true, "function": true, "export": true,
	"default": true, "extends": true,
}

// endsOperand says whether token i can be the last token of an operand.
func (s *seq) endsOperand(i int) bool {
	if i < 0 || i >= len(s.t) {
		return false
	}
	t := s.t[i]
	switch t.kind {
	case tkString, tkTemplate, tkNumber, tkRegex:
		return true
	case tkIdent:
		return !operatorKeywords[t.text]
	}
	return (t.text == ")" || t.text == "]" || t.text == "}") && s.m[i] >= 0
}

// operandEnd is the index after the operand that starts at i (a primary
// and its member accesses, calls and indexes), or i if none starts there.
func (s *seq) operandEnd(i int) int {
	n := len(s.t)
	j := i
	for j < n && (s.t[j].kind == tkPunct && (s.t[j].text == "!" || s.t[j].text == "-" || s.t[j].text == "~") ||
		s.t[j].kind == tkIdent && (s.t[j].text == "typeof" || s.t[j].text == "void" || s.t[j].text == "new" || s.t[j].text == "await")) {
		j++
	}
	if j >= n {
		return i
	}
	switch t := s.t[j]; {
	case t.kind == tkString || t.kind == tkTemplate || t.kind == tkNumber || t.kind == tkRegex:
		j++
	case t.kind == tkIdent:
		if operatorKeywords[t.text] {
			return i
		}
		j++
	case t.text == "(" || t.text == "[" || t.text == "{":
		if s.m[j] < 0 {
			return i
		}
		j = s.m[j] + 1
	default:
		return i
	}
	for j < n {
		switch {
		case (s.is(j, ".") || s.is(j, "?.")) && j+1 < n && s.t[j+1].kind == tkIdent:
			j += 2
		case s.is(j, "?.") && (s.is(j+1, "(") || s.is(j+1, "[")) && s.m[j+1] >= 0:
			j = s.m[j+1] + 1
		case (s.is(j, "(") || s.is(j, "[")) && s.m[j] >= 0:
			j = s.m[j] + 1
		case s.t[j].kind == tkTemplate:
			j++
		default:
			return j
		}
	}
	return j
}

// operandStart is the index of the first token of the operand whose last
// token is j-1, or -1.
func (s *seq) operandStart(j int) int {
	i := j - 1
	for i >= 0 {
		t := s.t[i]
		switch {
		case t.kind == tkPunct && (t.text == ")" || t.text == "]" || t.text == "}"):
			if s.m[i] < 0 {
				return -1
			}
			i = s.m[i]
		case t.kind == tkIdent && !operatorKeywords[t.text], t.kind == tkString, t.kind == tkTemplate, t.kind == tkNumber, t.kind == tkRegex:
		default:
			return -1
		}
		switch {
		case i >= 2 && (s.is(i-1, ".") || s.is(i-1, "?.")) && s.endsOperand(i-2):
			i -= 2
			continue
		case (s.is(i, "(") || s.is(i, "[")) && s.endsOperand(i-1):
			i--
			continue
		case i >= 1 && s.is(i-1, "?.") && (s.is(i, "(") || s.is(i, "[")) && s.endsOperand(i-2):
			i -= 2
			continue
		case s.t[i].kind == tkTemplate && s.endsOperand(i-1) && s.t[i-1].kind == tkIdent:
			i--
			continue
		}
		return i
	}
	return -1
}

// additive extends the operand [a, b) to the chain of + around it.
func (s *seq) additive(a, b int) (int, int) {
	for a >= 2 && s.is(a-1, "+") && s.endsOperand(a-2) {
		st := s.operandStart(a - 1)
		if st < 0 {
			break
		}
		a = st
	}
	for s.is(b, "+") {
		e := s.operandEnd(b + 1)
		if e == b+1 {
			break
		}
		b = e
	}
	return a, b
}

// enclosing is the index of the unmatched opening bracket left of i, or -1
// (also at a ; between them: the expression ends there).
func (s *seq) enclosing(i int) int {
	for k := i - 1; k >= 0; k-- {
		t := s.t[k]
		if t.kind != tkPunct {
			continue
		}
		switch t.text {
		case ")", "]", "}":
			if s.m[k] < 0 {
				return -1
			}
			k = s.m[k]
		case "(", "[", "{":
			return k
		case ";":
			return -1
		}
	}
	return -1
}

// oneExpression says whether the tokens [i, j) hold no top-level comma:
// a group that holds one expression, maybe a conditional one.
func (s *seq) oneExpression(i, j int) bool {
	for k := i; k < j; k++ {
		if s.is(k, "(") || s.is(k, "[") || s.is(k, "{") {
			if s.m[k] < 0 {
				return false
			}
			k = s.m[k]
			continue
		}
		if s.is(k, ",") || s.is(k, ";") {
			return false
		}
	}
	return true
}

// expression finds the whole text-making expression around the literal at
// k: its chain of +, and, where that chain is a branch of a parenthesized
// conditional, an argument of "".concat(...) or an element of
// [...].join(""), the chain around that in turn.
func (s *seq) expression(k int) (int, int) {
	a, b := s.additive(k, s.operandEnd(k))
	if b <= k {
		a, b = k, k+1
	}
	for step := 0; step < 16; step++ {
		p := s.enclosing(a)
		if p < 0 || s.m[p] < b {
			break
		}
		q := s.m[p]
		var opA int
		switch {
		case s.is(p, "(") && isConcat(s, p):
			opA = s.operandStart(q + 1)
		case s.is(p, "[") && s.is(q+1, ".") && isIdent(s, q+2, "join") && s.is(q+3, "("):
			opA = p
		case s.is(p, "(") && !s.endsOperand(p-1) && (s.is(p-1, "+") || s.is(q+1, "+")) && s.oneExpression(p+1, q):
			opA = p
		default:
			opA = -1
		}
		if opA < 0 {
			break
		}
		na, nb := s.additive(opA, s.operandEnd(opA))
		if na > a || nb < b {
			break
		}
		a, b = na, nb
	}
	return a, b
}

func isIdent(s *seq, i int, name string) bool {
	n, ok := s.identAt(i)
	return ok && n == name
}

// isConcat says whether the group opened at p is the argument list of
// .concat(...) on a string.
func isConcat(s *seq, p int) bool {
	return isIdent(s, p-1, "concat") && s.is(p-2, ".")
}

// resolver answers what a name or a call denotes, where the file binds it
// to a string.
type resolver interface {
	constant(s *seq, i int) ([]alt, bool)
	call(s *seq, i int) ([]alt, bool)
}

// evaluator turns expressions into texts.
type evaluator struct {
	src  []byte
	res  resolver
	used map[int]bool // offsets of the string tokens used as literal parts
}

func (ev *evaluator) holeOf(s *seq, i, j int) []alt {
	expr := ""
	if i < j && i < len(s.t) {
		a, b := s.t[i].off, s.t[min(j, len(s.t))-1].end
		if a >= 0 && b <= len(ev.src) && a <= b {
			expr = string(ev.src[a:b])
		}
	}
	if len(expr) > 80 {
		expr = expr[:77] + "..."
	}
	return []alt{{{hole: true, expr: expr}}}
}

// additive evaluates the chain of + [a, b).
func (ev *evaluator) additive(s *seq, a, b int) []alt {
	res := []alt{{}}
	for i := a; i < b; {
		e := s.operandEnd(i)
		if e <= i || e > b {
			return concatAlts(res, ev.holeOf(s, i, b))
		}
		res = concatAlts(res, ev.operand(s, i, e))
		if e < b && !s.is(e, "+") {
			return concatAlts(res, ev.holeOf(s, e, b))
		}
		i = e + 1
	}
	return res
}

// operand evaluates one operand [i, e).
func (ev *evaluator) operand(s *seq, i, e int) []alt {
	t := s.t[i]
	switch {
	case e == i+1 && t.kind == tkString:
		ev.used[t.off] = true
		return []alt{{{lit: t.val}}}
	case e == i+1 && t.kind == tkTemplate:
		return ev.template(s, i)
	case e == i+1 && t.kind == tkIdent:
		if a, ok := ev.res.constant(s, i); ok {
			return a
		}
	case e == i+3 && t.kind == tkIdent && s.is(i+1, "(") && s.is(i+2, ")"):
		if a, ok := ev.res.call(s, i); ok {
			return a
		}
	case s.is(i, "(") && s.m[i] == e-1:
		return ev.expr(s, i+1, e-1)
	case (t.kind == tkString || t.kind == tkTemplate) && s.is(i+1, ".") && isIdent(s, i+2, "concat"):
		if a, ok := ev.concatChain(s, i, e); ok {
			return a
		}
	case s.is(i, "[") && s.m[i] > i && s.is(s.m[i]+1, ".") && isIdent(s, s.m[i]+2, "join") && s.is(s.m[i]+3, "("):
		if a, ok := ev.join(s, i, e); ok {
			return a
		}
	}
	return ev.holeOf(s, i, e)
}

func (ev *evaluator) template(s *seq, i int) []alt {
	t := s.t[i]
	res := []alt{{{lit: t.parts[0]}}}
	for k, x := range t.exprs {
		inner := newSeq(x, s.scope[i])
		var v []alt
		if len(x) == 0 {
			v = []alt{{{hole: true}}}
		} else {
			v = ev.expr(inner, 0, len(x))
		}
		res = concatAlts(res, v)
		if k+1 < len(t.parts) {
			res = concatAlts(res, []alt{{{lit: t.parts[k+1]}}})
		}
	}
	ev.used[t.off] = true
	return res
}

// concatChain evaluates "...".concat(a, b).concat(c), the form Babel
// writes template literals in.
func (ev *evaluator) concatChain(s *seq, i, e int) ([]alt, bool) {
	res := ev.operand(s, i, i+1)
	j := i + 1
	for j < e {
		if !(s.is(j, ".") && isIdent(s, j+1, "concat") && s.is(j+2, "(") && s.m[j+2] > 0) {
			return nil, false
		}
		q := s.m[j+2]
		for _, arg := range s.split(j+3, q) {
			res = concatAlts(res, ev.expr(s, arg[0], arg[1]))
		}
		j = q + 1
	}
	return res, j == e
}

// join evaluates [a, b, c].join("sep").
func (ev *evaluator) join(s *seq, i, e int) ([]alt, bool) {
	q := s.m[i]
	call := q + 3
	if s.m[call] != e-1 || s.m[call] != call+2 || s.t[call+1].kind != tkString {
		return nil, false
	}
	sep := s.t[call+1].val
	res := []alt{{}}
	for n, el := range s.split(i+1, q) {
		if n > 0 {
			res = concatAlts(res, []alt{{{lit: sep}}})
		}
		res = concatAlts(res, ev.expr(s, el[0], el[1]))
	}
	ev.used[s.t[call+1].off] = true
	return res, true
}

// split cuts [i, j) at its top-level commas.
func (s *seq) split(i, j int) [][2]int {
	var parts [][2]int
	start := i
	for k := i; k < j; k++ {
		if (s.is(k, "(") || s.is(k, "[") || s.is(k, "{")) && s.m[k] > k {
			k = s.m[k]
			continue
		}
		if s.is(k, ",") {
			parts = append(parts, [2]int{start, k})
			start = k + 1
		}
	}
	if start < j {
		parts = append(parts, [2]int{start, j})
	}
	return parts
}

// topLevel finds the first top-level punctuator p in [i, j), or -1.
func (s *seq) topLevel(i, j int, p string) int {
	for k := i; k < j; k++ {
		if (s.is(k, "(") || s.is(k, "[") || s.is(k, "{")) && s.m[k] > k {
			k = s.m[k]
			continue
		}
		if s.is(k, p) {
			return k
		}
	}
	return -1
}

// expr evaluates a whole expression [i, j): a sequence's last part, an
// assignment's value, both branches of a conditional, each side of || and
// ??, the right side of &&, or a chain of +. Anything else is a hole.
func (ev *evaluator) expr(s *seq, i, j int) []alt {
	if i >= j {
		return ev.holeOf(s, i, j)
	}
	if parts := s.split(i, j); len(parts) > 1 {
		last := parts[len(parts)-1]
		return ev.expr(s, last[0], last[1])
	}
	if q := s.topLevel(i, j, "?"); q >= 0 {
		c := s.colon(q+1, j)
		if c < 0 {
			return ev.holeOf(s, i, j)
		}
		return unionAlts(ev.expr(s, q+1, c), ev.expr(s, c+1, j))
	}
	if k := s.topLevel(i, j, "="); k >= 0 {
		return ev.expr(s, k+1, j)
	}
	for _, op := range []string{"||", "??"} {
		if k := s.topLevel(i, j, op); k >= 0 {
			return unionAlts(ev.expr(s, i, k), ev.expr(s, k+1, j))
		}
	}
	if k := s.topLevel(i, j, "&&"); k >= 0 {
		return ev.expr(s, k+1, j)
	}
	if e := s.operandEnd(i); e > i {
		if a, b := s.additive(i, e); a == i && b == j {
			return ev.additive(s, i, j)
		}
	}
	return ev.holeOf(s, i, j)
}

// colon finds the : that closes the conditional whose ? is just before i.
func (s *seq) colon(i, j int) int {
	depth := 0
	for k := i; k < j; k++ {
		if (s.is(k, "(") || s.is(k, "[") || s.is(k, "{")) && s.m[k] > k {
			k = s.m[k]
			continue
		}
		switch {
		case s.is(k, "?"):
			depth++
		case s.is(k, ":"):
			if depth == 0 {
				return k
			}
			depth--
		}
	}
	return -1
}

func concatAlts(a, b []alt) []alt {
	if len(a)*len(b) > maxAlts {
		return concatAlts(a, []alt{{{hole: true, expr: "(too many alternatives)"}}})
	}
	var res []alt
	for _, x := range a {
		for _, y := range b {
			z := make(alt, 0, len(x)+len(y))
			z = append(z, x...)
			for _, p := range y {
				if !p.hole && len(z) > 0 && !z[len(z)-1].hole {
					z[len(z)-1].lit += p.lit
					continue
				}
				z = append(z, p)
			}
			res = append(res, z)
		}
	}
	return res
}

func unionAlts(a, b []alt) []alt {
	res := append(append([]alt(nil), a...), b...)
	if len(res) > maxAlts {
		return []alt{{{hole: true, expr: "(too many alternatives)"}}}
	}
	return res
}

// codeKey is the name of an object's key that holds an error's number.
var codeKey = regexp.MustCompile(`^_?(?i:code|errorCode|exceptionCode)$`)

// codeProp is a property an error's number is assigned to.
var codeProp = regexp.MustCompile(`(?i)code$`)

// messageProp is a property an error's text is assigned to.
var messageProp = regexp.MustCompile(`(?i)(message|string|msg|text)$`)

// numberer finds the number the code pairs a text with.
type numberer interface {
	numExpr(s *seq, i, j int) (int64, bool)
}

// pairedNumber is the vendor's number that the code pairs the text made by
// [a, b) with, or 0: a "code" key of the object literal whose property it
// is, a number among the arguments before it in a call (aa(e, -2325,
// "...")), or an assignment of a number to a *code property before an
// assignment of the text to a *message property in the same function.
func pairedNumber(s *seq, nb numberer, a int) int64 {
	// The boundary left of the text: what the text's expression is part of.
	k := a - 1
	for ; k >= 0; k-- {
		t := s.t[k]
		if t.kind != tkPunct {
			if t.kind == tkIdent && (t.text == "return" || t.text == "throw") {
				return 0
			}
			continue
		}
		if (t.text == ")" || t.text == "]" || t.text == "}") && s.m[k] >= 0 {
			k = s.m[k]
			continue
		}
		if t.text == "," || t.text == "(" || t.text == "[" || t.text == "{" || t.text == ";" || t.text == "=" || t.text == "=>" {
			break
		}
	}
	if k < 0 {
		return 0
	}
	switch s.t[k].text {
	case ",", "{":
		// a property's value: KEY : text
		if _, ok := s.propKey(k + 1); ok && s.is(k+2, ":") {
			p := k
			if s.t[k].text == "," {
				p = s.enclosing(k)
			}
			if s.is(p, "{") {
				return s.objectCode(nb, p)
			}
			return 0
		}
		if s.t[k].text == "," {
			return s.argNumber(nb, k)
		}
	case "(":
		return 0
	case "=":
		if name, ok := s.identAt(k - 1); ok && messageProp.MatchString(name) && s.is(k-2, ".") {
			return s.assignedCode(nb, k-2)
		}
		if _, ok := s.identAt(k - 1); ok && (isIdent(s, k-2, "var") || isIdent(s, k-2, "let") || isIdent(s, k-2, "const")) {
			return s.previousVarNumber(nb, k-2)
		}
	}
	return 0
}

// previousVarNumber reads var CODE = NUMBER; just before the declaration
// at k (var A=-2602;var y="..."): a number declared for the text that
// follows.
func (s *seq) previousVarNumber(nb numberer, k int) int64 {
	if !s.is(k-1, ";") {
		return 0
	}
	end := k - 1
	for i := end - 1; i >= 0 && i >= end-4; i-- {
		if s.is(i, "=") {
			if _, ok := s.identAt(i - 1); ok && (isIdent(s, i-2, "var") || isIdent(s, i-2, "let") || isIdent(s, i-2, "const")) {
				if v, ok := nb.numExpr(s, i+1, end); ok && v <= -1000 {
					return v
				}
			}
			return 0
		}
	}
	return 0
}

// propKey reads an object key at i.
func (s *seq) propKey(i int) (string, bool) {
	if i >= len(s.t) {
		return "", false
	}
	switch s.t[i].kind {
	case tkIdent:
		return s.t[i].text, true
	case tkString:
		return s.t[i].val, true
	}
	return "", false
}

// objectCode reads the number of a code key of the object literal opened
// at p.
func (s *seq) objectCode(nb numberer, p int) int64 {
	for _, e := range s.split(p+1, s.m[p]) {
		key, ok := s.propKey(e[0])
		if !ok || !s.is(e[0]+1, ":") || !codeKey.MatchString(key) {
			continue
		}
		if v, ok := nb.numExpr(s, e[0]+2, e[1]); ok && v != 0 {
			return v
		}
	}
	return 0
}

// argNumber reads a vendor's number among the (up to three) arguments
// before the comma at k of a call.
func (s *seq) argNumber(nb numberer, k int) int64 {
	p := s.enclosing(k)
	if !s.is(p, "(") || !s.endsOperand(p-1) {
		return 0
	}
	args := s.split(p+1, k)
	for n := len(args) - 1; n >= 0 && n >= len(args)-3; n-- {
		if v, ok := nb.numExpr(s, args[n][0], args[n][1]); ok && v <= -1000 {
			return v
		}
	}
	return 0
}

// assignedCode looks back from k, through the blocks around it up to the
// function's own, for the nearest assignment of a vendor's number to a
// *code property.
func (s *seq) assignedCode(nb numberer, k int) int64 {
	for i, steps := k-1, 0; i >= 2 && steps < 600; i, steps = i-1, steps+1 {
		if (s.is(i, ")") || s.is(i, "]") || s.is(i, "}")) && s.m[i] >= 0 {
			i = s.m[i] // a nested group: its assignments are not ours
			continue
		}
		if s.is(i, "{") && s.isFunctionBody(i) {
			return 0
		}
		if !s.is(i, "=") || !s.is(i-2, ".") {
			continue
		}
		name, ok := s.identAt(i - 1)
		if !ok || !codeProp.MatchString(name) {
			continue
		}
		if v, ok := nb.numExpr(s, i+1, s.exprEnd(i+1)); ok && v <= -1000 {
			return v
		}
	}
	return 0
}

// isFunctionBody says whether the { at i opens a function's body.
func (s *seq) isFunctionBody(i int) bool {
	if s.is(i-1, "=>") {
		return true
	}
	if !s.is(i-1, ")") || s.m[i-1] < 0 {
		return false
	}
	o := s.m[i-1]
	if isIdent(s, o-1, "function") || isIdent(s, o-2, "function") {
		return true
	}
	// a method: name(...) { in a class or an object literal
	name, ok := s.identAt(o - 1)
	return ok && !operatorKeywords[name] && (s.is(o-2, "}") || s.is(o-2, ",") || s.is(o-2, "{") || s.is(o-2, ";") || isIdent(s, o-2, "async") || isIdent(s, o-2, "static") || isIdent(s, o-2, "get") || isIdent(s, o-2, "set"))
}

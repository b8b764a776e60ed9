package main

import "strings"

// jsFile is one JavaScript (or TypeScript, Kotlin, Objective-C) source with
// what the composer needs to know of it: the names bound to a string, the
// functions that return one, and the enums' numbers.
type jsFile struct {
	src    []byte
	s      *seq
	ev     *evaluator
	consts map[string][]binding
	funcs  map[string][]binding
	enums  map[string][]int64
	// declUsed holds the offsets of the string literals bound to a name
	// that a composed text used: they are parts, not texts of their own.
	declUsed map[int]bool
	busy     map[int]bool // functions being evaluated (no recursion)
}

// binding is a name bound in the block whose { is at scope to the
// expression [a, b): its value, or what the function of that name returns.
// a is -1 for a change (+=, ++) that no expression gives.
type binding struct {
	scope int
	a, b  int
	decl  bool // let, const or var: a variable of its own
}

func newJSFile(src []byte) *jsFile {
	f := &jsFile{
		src:      src,
		s:        newSeq(lexJS(src), -1),
		consts:   map[string][]binding{},
		funcs:    map[string][]binding{},
		enums:    map[string][]int64{},
		declUsed: map[int]bool{},
		busy:     map[int]bool{},
	}
	f.ev = &evaluator{src: src, res: f, used: map[int]bool{}}
	f.index()
	return f
}

// index finds the bindings: NAME = EXPR (a declaration or an assignment,
// not a property's), function NAME() { return EXPR }, and enum-like members
// .Name = NUMBER and {Name: NUMBER}.
func (f *jsFile) index() {
	s := f.s
	for k := range s.t {
		name, ok := s.identAt(k)
		if !ok || operatorKeywords[name] {
			continue
		}
		prop := s.is(k-1, ".") || s.is(k-1, "?.")
		switch {
		case !prop && s.is(k+1, "="):
			f.consts[name] = append(f.consts[name], binding{scope: s.scope[k], a: k + 2, b: s.exprEnd(k + 2), decl: s.isDeclaration(k)})
		case !prop && (s.is(k+1, ",") || s.is(k+1, ";") || s.is(k+1, "}") || isIdent(s, k+1, "of") || isIdent(s, k+1, "in")) && s.isDeclaration(k):
			f.consts[name] = append(f.consts[name], binding{scope: s.scope[k], a: -1, decl: true}) // declared, no value
		case !prop && (s.is(k+1, "+=") || s.is(k+1, "-=") || s.is(k+1, "++") || s.is(k+1, "--") || s.is(k-1, "++") || s.is(k-1, "--")):
			f.consts[name] = append(f.consts[name], binding{scope: s.scope[k], a: -1})
		case isIdent(s, k-1, "function") && s.is(k+1, "(") && s.is(k+2, ")") && s.is(k+3, "{") && isIdent(s, k+4, "return") && s.m[k+3] > k+5:
			end := s.m[k+3]
			if s.is(end-1, ";") {
				end--
			}
			f.funcs[name] = append(f.funcs[name], binding{scope: s.scope[k], a: k + 5, b: end})
		}
		if name[0] < 'A' || name[0] > 'Z' {
			continue
		}
		if prop && s.is(k+1, "=") || (s.is(k-1, "{") || s.is(k-1, ",")) && s.is(k+1, ":") {
			if v, ok := literalNumber(s, k+2, s.exprEnd(k+2)); ok {
				f.enums[name] = append(f.enums[name], v)
			}
		}
	}
}

// isDeclaration says whether the name at k is declared there: it is one
// of the names of a let, const or var list.
func (s *seq) isDeclaration(k int) bool {
	for j := k - 1; j >= 0 && j > k-2000; j-- {
		t := s.t[j]
		switch {
		case t.kind == tkIdent && (t.text == "let" || t.text == "const" || t.text == "var"):
			return true
		case t.kind != tkPunct:
		case (t.text == ")" || t.text == "]" || t.text == "}") && s.m[j] >= 0:
			j = s.m[j]
		case t.text == ";" || t.text == "(" || t.text == "[" || t.text == "{" || t.text == ")" || t.text == "]" || t.text == "}":
			return false
		}
	}
	return false
}

// exprEnd is the index after the expression that starts at i: the next
// top-level comma or semicolon, or the bracket that closes the one around
// it.
func (s *seq) exprEnd(i int) int {
	for k := i; k < len(s.t); k++ {
		t := s.t[k]
		if t.kind != tkPunct {
			continue
		}
		switch t.text {
		case "(", "[", "{":
			if s.m[k] < 0 {
				return k
			}
			k = s.m[k]
		case ")", "]", "}", ",", ";":
			return k
		}
	}
	return len(s.t)
}

// litValue is the value of a string literal or of a template literal
// without ${...}.
func litValue(t token) string {
	if t.kind == tkTemplate && len(t.parts) > 0 {
		return t.parts[0]
	}
	return t.val
}

func isPlainLiteral(t token) bool {
	return t.kind == tkString || t.kind == tkTemplate && len(t.exprs) == 0
}

// literalNumber reads NUMBER or -NUMBER in [i, j).
func literalNumber(s *seq, i, j int) (int64, bool) {
	neg := false
	if s.is(i, "-") {
		neg, i = true, i+1
	}
	if j != i+1 || i >= len(s.t) || s.t[i].kind != tkNumber {
		return 0, false
	}
	v, ok := numberValue(s.t[i].text)
	if neg {
		v = -v
	}
	return v, ok
}

// numExpr reads a number in [i, j): a literal, or an enum member X.Name
// whose name the file binds to one number only.
func (f *jsFile) numExpr(s *seq, i, j int) (int64, bool) {
	if v, ok := literalNumber(s, i, j); ok {
		return v, true
	}
	if j-i < 3 || (j-i)%2 == 0 {
		return 0, false
	}
	for k := i; k < j; k++ {
		if (k-i)%2 == 0 && s.t[k].kind != tkIdent || (k-i)%2 == 1 && !s.is(k, ".") {
			return 0, false
		}
	}
	vals := f.enums[s.t[j-1].text]
	if len(vals) == 0 {
		return 0, false
	}
	for _, v := range vals[1:] {
		if v != vals[0] {
			return 0, false
		}
	}
	return vals[0], true
}

// visible picks, among a name's bindings, the one in the innermost block
// around the use at scope, if it is the only one there, nothing else in
// its block assigns the name, and no function between them takes a
// parameter of that name.
func (f *jsFile) visible(name string, bs []binding, scope int) (binding, bool) {
	best, bestDepth, n := binding{}, -1, 0
	for _, b := range bs {
		d := f.ancestorDepth(b.scope, scope)
		switch {
		case d < 0:
		case d > bestDepth:
			best, bestDepth, n = b, d, 1
		case d == bestDepth && !f.sameBinding(b, best):
			n++
		}
	}
	if bestDepth < 0 || n != 1 || best.a < 0 {
		return binding{}, false
	}
	for _, b := range bs {
		if !b.decl && f.ancestorDepth(best.scope, b.scope) >= 0 && !f.sameBinding(b, best) && !f.shadowed(name, bs, b.scope, best.scope) {
			return binding{}, false // it changes the variable
		}
	}
	for sc := scope; sc != best.scope && sc >= 0; sc = f.s.scope[sc] {
		if f.takesParam(sc, name) {
			return binding{}, false
		}
	}
	return best, true
}

// shadowed says whether a block from scope up to (not including) top
// declares a variable of its own called name: a let, const or var, or a
// function's parameter.
func (f *jsFile) shadowed(name string, bs []binding, scope, top int) bool {
	for sc := scope; sc != top && sc >= 0; sc = f.s.scope[sc] {
		if f.takesParam(sc, name) {
			return true
		}
		for _, b := range bs {
			if b.decl && b.scope == sc {
				return true
			}
		}
	}
	return false
}

// sameBinding says whether two bindings of a name give the same answer:
// the same expression, or the same string literal.
func (f *jsFile) sameBinding(x, y binding) bool {
	if x.a == y.a && x.b == y.b {
		return true
	}
	if x.a < 0 || y.a < 0 || x.b != x.a+1 || y.b != y.a+1 {
		return false
	}
	tx, ty := f.s.t[x.a], f.s.t[y.a]
	return isPlainLiteral(tx) && isPlainLiteral(ty) && litValue(tx) == litValue(ty)
}

// ancestorDepth is the depth of block a if it is block b or one around it,
// else -1.
func (f *jsFile) ancestorDepth(a, b int) int {
	if a == -1 {
		return 0
	}
	depth, found := 0, false
	for sc := b; sc >= 0; sc = f.s.scope[sc] {
		found = found || sc == a
		if found {
			depth++
		}
	}
	if !found {
		return -1
	}
	return depth
}

// takesParam says whether the block at brace is a function body with a
// parameter called name.
func (f *jsFile) takesParam(brace int, name string) bool {
	s := f.s
	if !s.isFunctionBody(brace) {
		return false
	}
	if s.is(brace-1, "=>") {
		if n, ok := s.identAt(brace - 2); ok {
			return n == name
		}
		if !s.is(brace-2, ")") {
			return false
		}
		brace-- // ( params ) =>: look at the parentheses before =>
	}
	o := s.m[brace-1]
	for k := o + 1; k < brace-1; k++ {
		if n, ok := s.identAt(k); ok && n == name && !s.is(k-1, ".") {
			return true
		}
	}
	return false
}

// constant resolves the name at i to the strings it is bound to.
func (f *jsFile) constant(s *seq, i int) ([]alt, bool) {
	name := s.t[i].text
	b, ok := f.visible(name, f.consts[name], s.scope[i])
	if !ok {
		return nil, false
	}
	alts, ok := f.value(b)
	if ok {
		f.declUsed[f.s.t[b.a].off] = true
	}
	return alts, ok
}

// call resolves NAME() to what the function of that name returns.
func (f *jsFile) call(s *seq, i int) ([]alt, bool) {
	name := s.t[i].text
	b, ok := f.visible(name, f.funcs[name], s.scope[i])
	if !ok {
		return nil, false
	}
	return f.value(b)
}

// value evaluates a binding's expression, which must give strings only.
// It uses an evaluator of its own: the literals it reads stay texts of
// their own place too.
func (f *jsFile) value(b binding) ([]alt, bool) {
	if b.a < 0 || b.a >= b.b || f.busy[b.a] {
		return nil, false
	}
	f.busy[b.a] = true
	defer delete(f.busy, b.a)
	ev := &evaluator{src: f.src, res: f, used: map[int]bool{}}
	alts := ev.expr(f.s, b.a, b.b)
	for _, a := range alts {
		if len(a.holes()) > 0 {
			return nil, false
		}
	}
	return alts, true
}

// useNumber is the number the code pairs a name bound to a text with where
// it uses the name (aa(e, -2800, ji) for ji = "..."), if its uses agree
// on one. a is the start of the bound expression.
func (f *jsFile) useNumber(a int) int64 {
	s := f.s
	name, ok := s.identAt(a - 2)
	if !ok || !s.is(a-1, "=") {
		return 0
	}
	var num int64
	for u, t := range s.t {
		if t.kind != tkIdent || t.text != name || u == a-2 || s.is(u-1, ".") || s.is(u+1, "=") {
			continue
		}
		b, ok := f.visible(name, f.consts[name], s.scope[u])
		if !ok || b.a != a {
			continue
		}
		n := pairedNumber(s, f, u)
		switch {
		case n == 0:
		case num == 0:
			num = n
		case num != n:
			return 0
		}
	}
	return num
}

// fragment says whether a text bound to a name reads as a part of other
// texts (it starts with a space, or ends with one or with a colon) rather
// than a text of its own.
func fragment(text string) bool {
	return strings.HasPrefix(text, " ") || strings.HasSuffix(text, " ") || strings.HasSuffix(text, ":")
}

// texts composes every text of the file whose alternatives keep says to
// keep, with the number the code pairs it with.
func (f *jsFile) texts(keep func(alt) bool) []jsText {
	s := f.s
	type found struct {
		jsText
		declLit int // the offset of a bound literal that stands alone, else -1
	}
	var res []found
	isDecl := map[[2]int]bool{}
	for _, bs := range f.consts {
		for _, b := range bs {
			if b.a >= 0 {
				isDecl[[2]int{b.a, b.b}] = true
			}
		}
	}
	for k, t := range s.t {
		if t.kind != tkString && t.kind != tkTemplate || f.ev.used[t.off] {
			continue
		}
		a, b := s.expression(k)
		alts := f.ev.additive(s, a, b)
		f.ev.used[t.off] = true
		var kept []alt
		for _, x := range alts {
			if keep(x) {
				kept = append(kept, x)
			}
		}
		if len(kept) == 0 {
			continue
		}
		num := pairedNumber(s, f, a)
		if num == 0 && isDecl[[2]int{a, b}] {
			num = f.useNumber(a)
		}
		declLit := -1
		if isDecl[[2]int{a, b}] {
			declLit = s.t[a].off
		}
		for _, x := range kept {
			res = append(res, found{jsText{off: s.t[a].off, alt: x, number: num}, declLit})
		}
	}
	var out []jsText
	for _, r := range res {
		if r.declLit >= 0 && f.declUsed[r.declLit] && fragment(r.alt.render()) {
			continue
		}
		out = append(out, r.jsText)
	}
	return out
}

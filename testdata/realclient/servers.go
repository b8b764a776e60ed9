package main

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// stage holds the stand-in servers of one scenario run, all on 127.0.0.1, so
// that each run has servers of its own and counts what reached them.
type stage struct {
	servers []*standIn
	closers []func()
	done    chan struct{} // closed when the run is over: hanging servers let go
}

// standIn is one stand-in server and what reached it.
type standIn struct {
	role     string // main, standby, or target (of a redirect)
	conns    atomic.Int64
	requests atomic.Int64 // HTTP requests read whole (headers)
	mu       sync.Mutex
	first    string // the first request's method and path, without the query
}

func newStage() *stage { return &stage{done: make(chan struct{})} }

// close stops every server and lets go of every connection they hold.
func (st *stage) close() {
	close(st.done)
	for _, f := range st.closers {
		f()
	}
}

// counts says what reached each server, for the progress output.
func (st *stage) counts() string {
	var parts []string
	for _, s := range st.servers {
		part := fmt.Sprintf("%s: %d conns, %d requests", s.role, s.conns.Load(), s.requests.Load())
		s.mu.Lock()
		if s.first != "" {
			part += " (" + s.first + ")"
		}
		s.mu.Unlock()
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return "no stand-in servers"
	}
	return strings.Join(parts, "; ")
}

// requests says how many requests reached each stand-in, in the order they
// started ("main=1 standby=0"): whether an SDK asked the standby after the
// main server's answer. A closed port has no stand-in to count them.
func (st *stage) requests() string {
	var parts []string
	for _, s := range st.servers {
		parts = append(parts, fmt.Sprintf("%s=%d", s.role, s.requests.Load()))
	}
	return strings.Join(parts, " ")
}

// listen opens a loopback port for a stand-in that counts its connections.
func (st *stage) listen(role string) (*standIn, net.Listener) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	s := &standIn{role: role}
	st.servers = append(st.servers, s)
	st.closers = append(st.closers, func() { ln.Close() })
	return s, countingListener{ln, s}
}

// request notes a request that reached s.
func (s *standIn) request(method, uri string) {
	if s.requests.Add(1) == 1 {
		path, _, _ := strings.Cut(uri, "?")
		s.mu.Lock()
		s.first = method + " " + path
		s.mu.Unlock()
	}
}

type countingListener struct {
	net.Listener
	s *standIn
}

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.s.conns.Add(1)
	}
	return c, err
}

func portURL(scheme string, ln net.Listener) string {
	return scheme + "://127.0.0.1:" + strconv.Itoa(ln.Addr().(*net.TCPAddr).Port) + "/"
}

// httpServer serves h on ln, counting requests, until the stage closes.
func (st *stage) httpServer(s *standIn, ln net.Listener, h http.HandlerFunc) {
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			s.request(r.Method, r.RequestURI)
			h(w, r)
		}),
		ErrorLog:          log.New(io.Discard, "", 0),
		ReadHeaderTimeout: time.Minute,
	}
	go srv.Serve(ln)
	st.closers = append(st.closers, func() { srv.Close() })
}

// status starts a server that answers every request with code and body, and
// returns its URL.
func (st *stage) status(role string, code int, body string) string {
	s, ln := st.listen(role)
	st.httpServer(s, ln, answer(code, body))
	return portURL("http", ln)
}

func answer(code int, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(code)
		io.WriteString(w, body)
	}
}

// verdict starts a server that answers every request as a license server
// refuses one: with code and a JSON body.
func (st *stage) verdict(role string, code int, body string) string {
	s, ln := st.listen(role)
	st.httpServer(s, ln, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		io.WriteString(w, body)
	})
	return portURL("http", ln)
}

// redirect starts a server that answers 302 to the same path on target.
func (st *stage) redirect(role, target string) string {
	s, ln := st.listen(role)
	st.httpServer(s, ln, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, strings.TrimSuffix(target, "/")+r.RequestURI, http.StatusFound)
	})
	return portURL("http", ln)
}

// raw starts a server that reads each request's headers and then does what
// after says with the connection, which it closes afterwards.
func (st *stage) raw(role string, after func(net.Conn)) string {
	s, ln := st.listen(role)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return // the stage closed ln
			}
			go func() {
				defer c.Close()
				r := bufio.NewReader(c)
				line, err := r.ReadString('\n')
				if err != nil {
					return
				}
				for { // the headers, up to the empty line
					h, err := r.ReadString('\n')
					if err != nil {
						return
					}
					if h == "\r\n" || h == "\n" {
						break
					}
				}
				if f := strings.Fields(line); len(f) >= 2 {
					s.request(f[0], f[1])
				}
				after(c)
			}()
		}
	}()
	return portURL("http", ln)
}

// hangFor is how long a hanging server holds a connection without answering
// before it closes it; 0: until the stage closes, so that the SDK's own
// timeout ends the call (60 s, measured, for both SDKs).
var hangFor = 3 * time.Second

// hang starts a server that reads each request and answers nothing: it
// closes the connection after hangFor.
func (st *stage) hang(role string) string {
	return st.raw(role, func(net.Conn) {
		if hangFor == 0 {
			<-st.done
			return
		}
		select {
		case <-st.done:
		case <-time.After(hangFor):
		}
	})
}

// truncated starts a server that sends headers and part of a body shorter
// than its Content-Length, then closes the connection.
func (st *stage) truncated(role string) string {
	return st.raw(role, func(c net.Conn) {
		io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nnot a lic")
	})
}

// closed returns the URL of a loopback port that refuses connections: a
// socket bound to it, never listening, keeps it from any other server of
// the run until the stage closes.
func (st *stage) closed() string {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		log.Fatal(err)
	}
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		log.Fatal(err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		log.Fatal(err)
	}
	st.closers = append(st.closers, func() { syscall.Close(fd) })
	return "http://127.0.0.1:" + strconv.Itoa(sa.(*syscall.SockaddrInet4).Port) + "/"
}

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
	"syscall"
	"time"
)

// The stand-in license servers mirror testdata/realclient/servers.go (a
// stage of servers per scenario, each on an ephemeral 127.0.0.1 port,
// counting what reached it; a closed port held by a bound socket that never
// listens; a server that reads the request and answers nothing), cut down to
// what the web clients are asked here. One thing is new: every answer
// carries Access-Control-Allow-Origin, as the vendor's servers' answers must
// for the client's cross-origin fetch (page and stand-in are on different
// ports) to read them; without it every answer would be a network error.

// stage holds the stand-in servers of one scenario run.
type stage struct {
	servers []*standIn
	closers []func()
	done    chan struct{} // closed when the run is over: hanging servers let go
}

// standIn is one stand-in server and what reached it.
type standIn struct {
	role   string // main or standby
	closed bool   // a closed port: nothing can reach it
	url    string
	mu     sync.Mutex
	reqs   int      // requests read whole (headers), preflights included
	firsts []string // each distinct method and path seen, without the query, in order
}

func newStage() *stage { return &stage{done: make(chan struct{})} }

// close stops every server and lets go of every connection they hold.
func (st *stage) close() {
	close(st.done)
	for _, f := range st.closers {
		f()
	}
}

// request notes a request that reached s.
func (s *standIn) request(method, uri string) {
	path, _, _ := strings.Cut(uri, "?")
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reqs++
	seen := method + " " + path
	for _, f := range s.firsts {
		if f == seen {
			return
		}
	}
	s.firsts = append(s.firsts, seen)
}

// requests is the golden file's requests value: each stand-in's role and
// how many requests reached it, or "closed" for a closed port.
func (st *stage) requests() string {
	var parts []string
	for _, s := range st.servers {
		s.mu.Lock()
		n := strconv.Itoa(s.reqs)
		s.mu.Unlock()
		if s.closed {
			n = "closed"
		}
		parts = append(parts, s.role+"="+n)
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, " ")
}

// paths lists what each stand-in was asked, for the progress output and the
// check that every request was the client's auth request.
func (st *stage) paths() map[string][]string {
	m := map[string][]string{}
	for _, s := range st.servers {
		s.mu.Lock()
		m[s.role] = append([]string(nil), s.firsts...)
		s.mu.Unlock()
	}
	return m
}

// listen opens a loopback port for a stand-in.
func (st *stage) listen(role string) (*standIn, net.Listener, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, nil, err
	}
	s := &standIn{role: role, url: "http://" + ln.Addr().String() + "/"}
	st.servers = append(st.servers, s)
	st.closers = append(st.closers, func() { ln.Close() })
	return s, ln, nil
}

// answer starts a server that answers every request with code, a content
// type and body, and returns its URL.
func (st *stage) answer(role string, code int, contentType, body string) (string, error) {
	s, ln, err := st.listen(role)
	if err != nil {
		return "", err
	}
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			s.request(r.Method, r.RequestURI)
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", "*")
			if r.Method == http.MethodOptions { // a CORS preflight, should the client send one
				h.Set("Access-Control-Allow-Methods", "GET, POST")
				h.Set("Access-Control-Allow-Headers", r.Header.Get("Access-Control-Request-Headers"))
				w.WriteHeader(http.StatusNoContent)
				return
			}
			h.Set("Content-Type", contentType)
			w.WriteHeader(code)
			io.WriteString(w, body)
		}),
		ErrorLog:          log.New(io.Discard, "", 0),
		ReadHeaderTimeout: time.Minute,
	}
	go srv.Serve(ln)
	st.closers = append(st.closers, func() { srv.Close() })
	return s.url, nil
}

// hang starts a server that reads each request's headers and answers
// nothing until the stage closes, so that the client's own limit (15 s in
// 11.4.2001, and in 10.4.31's license.worker.js) ends the call, and
// returns its URL. (realclient's closes the connection after 3 s unless
// -wait-timeout; here that would not save time,
// since the slow scenarios run beside the others, and it changes what the
// client says: measured, "network connection error" after 18 s instead of
// "network timed out" after 20 s.)
func (st *stage) hang(role string) (string, error) {
	s, ln, err := st.listen(role)
	if err != nil {
		return "", err
	}
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
				<-st.done
			}()
		}
	}()
	return s.url, nil
}

// closed returns the URL of a loopback port that refuses connections: a
// socket bound to it, never listening, keeps it from any other server of
// the run until the stage closes.
func (st *stage) closed(role string) (string, error) {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return "", err
	}
	st.closers = append(st.closers, func() { syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		return "", err
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		return "", err
	}
	url := fmt.Sprintf("http://127.0.0.1:%d/", sa.(*syscall.SockaddrInet4).Port)
	st.servers = append(st.servers, &standIn{role: role, closed: true, url: url})
	return url, nil
}

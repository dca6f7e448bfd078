package playground

import (
	"net"
	"net/http"
	"strings"
)

// checkHost refuses requests whose Host is not one the playground is served at. A page on
// another site can make its own host name resolve to 127.0.0.1 (DNS rebinding); the browser
// then treats the playground as that site, Origin and Host agree, and the same-origin check
// passes. Such a page always names its own host, so accepting only loopback names, IP
// addresses (which no site can rebind) and the configured public host shuts it out.
func (p *Playground) checkHost(h http.Handler) http.Handler {
	allowed := map[string]bool{}
	for _, a := range p.opts.AllowedHosts {
		if a != "" {
			allowed[strings.ToLower(strings.TrimSuffix(a, "."))] = true
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowedHost(r.Host, allowed) {
			http.Error(w, "this playground is not served at this host name; open it at localhost, "+
				"or set BRIEFBOT_PUBLIC_URL to the address you use", http.StatusMisdirectedRequest)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// allowedHost reports whether a Host header (host or host:port) names loopback, an IP
// address, or one of the allowed names.
func allowedHost(hostport string, allowed map[string]bool) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.ToLower(strings.TrimSuffix(strings.Trim(host, "[]"), "."))
	switch {
	case host == "":
		return false
	case host == "localhost" || strings.HasSuffix(host, ".localhost"):
		return true // resolved to loopback by browsers, never by DNS
	case net.ParseIP(host) != nil:
		return true
	}
	return allowed[host]
}

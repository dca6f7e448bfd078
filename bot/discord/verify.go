package discord

import (
	"crypto/ed25519"
	"crypto/sha512"
	"crypto/subtle"

	"filippo.io/edwards25519"
)

// verifier checks Ed25519 signatures against one public key, decoded once.
//
// crypto/ed25519.Verify decompresses the public key — a field inversion and a square root —
// on every call, about a tenth of the cost of a verification. Discord signs every interaction
// with the same application key, so the adapter decodes it when it starts and keeps -A.
//
// The check is RFC 8032's, with the exact semantics of crypto/ed25519.Verify (which the
// differential tests and fuzzer hold it to): a signature is 64 bytes, S must be canonical
// (below the group order), k = SHA-512(R ‖ A ‖ message) reduced mod the order, and
// [S]B − [k]A must encode to exactly R, compared cofactorless as Go does.
type verifier struct {
	pub    [ed25519.PublicKeySize]byte
	minusA *edwards25519.Point
}

// newVerifier decodes pub. It returns nil when pub is not a valid public key (wrong length or
// not a point on the curve), so that every request fails verification rather than the process
// failing to start on a key that ed25519.Verify would also never accept.
func newVerifier(pub ed25519.PublicKey) *verifier {
	if len(pub) != ed25519.PublicKeySize {
		return nil
	}
	a, err := new(edwards25519.Point).SetBytes(pub)
	if err != nil {
		return nil
	}
	v := &verifier{minusA: new(edwards25519.Point).Negate(a)}
	copy(v.pub[:], pub)
	return v
}

// Verify reports whether sig is a valid signature of message by the verifier's key. A nil
// verifier (no key, or an invalid one) accepts nothing.
func (v *verifier) Verify(message, sig []byte) bool {
	if v == nil || len(sig) != ed25519.SignatureSize || sig[63]&224 != 0 {
		return false
	}
	s, err := new(edwards25519.Scalar).SetCanonicalBytes(sig[32:])
	if err != nil {
		return false
	}
	h := sha512.New()
	h.Write(sig[:32])
	h.Write(v.pub[:])
	h.Write(message)
	var digest [sha512.Size]byte
	k, err := new(edwards25519.Scalar).SetUniformBytes(h.Sum(digest[:0]))
	if err != nil {
		return false
	}
	r := new(edwards25519.Point).VarTimeDoubleScalarBaseMult(k, v.minusA, s)
	return subtle.ConstantTimeCompare(r.Bytes(), sig[:32]) == 1
}

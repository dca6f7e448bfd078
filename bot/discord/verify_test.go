package discord

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"math/big"
	"math/rand/v2"
	"testing"
)

// The verifier must accept and refuse exactly what crypto/ed25519.Verify does: every case here
// asserts agreement with it as well as the expected answer.

func mustHex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkAgrees asserts the verifier and crypto/ed25519 give want for (pub, msg, sig).
func checkAgrees(t *testing.T, name string, pub, msg, sig []byte, want bool) {
	t.Helper()
	std := len(pub) == ed25519.PublicKeySize && ed25519.Verify(pub, msg, sig)
	ours := newVerifier(pub).Verify(msg, sig)
	if std != want {
		t.Errorf("%s: crypto/ed25519 says %v, case expects %v (bad test vector?)", name, std, want)
	}
	if ours != std {
		t.Errorf("%s: verifier says %v, crypto/ed25519 says %v", name, ours, std)
	}
}

// TestVerifierRFC8032 uses the test vectors of RFC 8032 section 7.1.
func TestVerifierRFC8032(t *testing.T) {
	for _, tc := range []struct{ name, pub, msg, sig string }{
		{"test 1 (empty message)",
			"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
			"e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"},
		{"test 2 (one byte)",
			"3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
			"92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
		{"test 3 (two bytes)",
			"fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
			"6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"},
	} {
		pub, msg, sig := mustHex(t, tc.pub), mustHex(t, tc.msg), mustHex(t, tc.sig)
		checkAgrees(t, tc.name, pub, msg, sig, true)
		bad := bytes.Clone(msg)
		bad = append(bad, 0)
		checkAgrees(t, tc.name+", message extended", pub, bad, sig, false)
	}
}

// groupOrder is ℓ = 2^252 + 27742317777372353535851937790883648493, little-endian in signatures.
var groupOrder, _ = new(big.Int).SetString("7237005577332262213973186563042994240857116359379907606001950938285454250989", 10)

func littleEndian(n *big.Int) []byte {
	be := n.FillBytes(make([]byte, 32))
	for i, j := 0, len(be)-1; i < j; i, j = i+1, j-1 {
		be[i], be[j] = be[j], be[i]
	}
	return be
}

func fromLittleEndian(b []byte) *big.Int {
	be := bytes.Clone(b)
	for i, j := 0, len(be)-1; i < j; i, j = i+1, j-1 {
		be[i], be[j] = be[j], be[i]
	}
	return new(big.Int).SetBytes(be)
}

func TestVerifierAgreesWithStdlib(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	seed := make([]byte, ed25519.SeedSize)
	for range 50 {
		for j := range seed {
			seed[j] = byte(rng.Uint32())
		}
		priv := ed25519.NewKeyFromSeed(seed)
		pub := priv.Public().(ed25519.PublicKey)
		msg := make([]byte, rng.IntN(300))
		for j := range msg {
			msg[j] = byte(rng.Uint32())
		}
		sig := ed25519.Sign(priv, msg)
		checkAgrees(t, "valid", pub, msg, sig, true)

		flipped := bytes.Clone(sig)
		flipped[rng.IntN(len(sig))] ^= 1 << rng.IntN(8)
		checkAgrees(t, "signature bit flipped", pub, msg, flipped, false)

		if len(msg) > 0 {
			m := bytes.Clone(msg)
			m[rng.IntN(len(m))] ^= 1 << rng.IntN(8)
			checkAgrees(t, "message bit flipped", pub, m, sig, false)
		}

		// S + ℓ is the same scalar but not its canonical encoding: both must refuse it.
		s := new(big.Int).Add(fromLittleEndian(sig[32:]), groupOrder)
		malleable := append(bytes.Clone(sig[:32]), littleEndian(s)...)
		checkAgrees(t, "non-canonical S", pub, msg, malleable, false)

		highBits := bytes.Clone(sig)
		highBits[63] |= 0x80
		checkAgrees(t, "high bits of S set", pub, msg, highBits, false)

		checkAgrees(t, "short signature", pub, msg, sig[:63], false)
		checkAgrees(t, "long signature", pub, msg, append(bytes.Clone(sig), 0), false)

		otherPub := ed25519.NewKeyFromSeed(append(seed[1:], seed[0]+1)).Public().(ed25519.PublicKey)
		checkAgrees(t, "other key", otherPub, msg, sig, false)

	}
}

func TestVerifierRefusesWithoutAValidKey(t *testing.T) {
	priv := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
	msg := []byte("1750000000{}")
	sig := ed25519.Sign(priv, msg)
	if v := newVerifier(nil); v != nil || v.Verify(msg, sig) {
		t.Error("a verifier without a key accepted a signature")
	}
	if newVerifier(make([]byte, 31)) != nil {
		t.Error("a 31-byte key made a verifier")
	}
	// Find an encoding that is not a point: y = 2 and upwards, until one fails to decode.
	for y := byte(2); y < 200; y++ {
		pub := make([]byte, 32)
		pub[0] = y
		if newVerifier(pub) == nil {
			if ed25519.Verify(pub, msg, sig) {
				t.Fatal("crypto/ed25519 accepted an invalid key")
			}
			return
		}
	}
	t.Fatal("found no invalid point encoding to test with")
}

// FuzzVerifier holds the verifier to crypto/ed25519 on fuzzed keys, messages and tampered
// signatures: it signs the message, applies the fuzzed mask to the signature, and both must
// agree on the result.
func FuzzVerifier(f *testing.F) {
	f.Add([]byte("seed"), []byte("1750000000{\"type\":1}"), []byte{})
	f.Add([]byte("k"), []byte(""), []byte{0, 0, 0, 1})
	f.Add([]byte("k"), []byte("x"), bytes.Repeat([]byte{0xff}, 64))
	f.Fuzz(func(t *testing.T, seed, msg, mask []byte) {
		s := make([]byte, ed25519.SeedSize)
		copy(s, seed)
		priv := ed25519.NewKeyFromSeed(s)
		pub := priv.Public().(ed25519.PublicKey)
		sig := ed25519.Sign(priv, msg)
		for i, m := range mask {
			if i < len(sig) {
				sig[i] ^= m
			}
		}
		if len(mask) > len(sig) {
			sig = append(sig, mask[len(sig):]...)
		}
		if got, want := newVerifier(pub).Verify(msg, sig), ed25519.Verify(pub, msg, sig); got != want {
			t.Fatalf("verifier %v, crypto/ed25519 %v (sig %x)", got, want, sig)
		}
	})
}

package archive

import (
	"bytes"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/smallstep/pkcs7"
)

// The few structures of RFC 3161 factline writes and reads, with
// encoding/asn1; the CMS signature around a token is checked by
// smallstep/pkcs7 (step-ca's), which links no test code into the binary.
// (digitorus/timestamp, which does all of it, pulls a pkcs7 whose
// non-test file imports the testing package, at the versions Go 1.26 can use.)

var (
	oidSHA256        = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 1}
	errNotATimeStamp = errors.New("the token is not an RFC 3161 time-stamp token")
)

type messageImprint struct {
	HashAlgorithm pkix.AlgorithmIdentifier
	HashedMessage []byte
}

// timeStampReq is TimeStampReq (RFC 3161 §2.4.1), without policy or extensions.
type timeStampReq struct {
	Version        int
	MessageImprint messageImprint
	Nonce          *big.Int `asn1:"optional"`
	CertReq        bool     `asn1:"optional"`
}

type pkiStatusInfo struct {
	Status       int
	StatusString []string       `asn1:"optional"`
	FailInfo     asn1.BitString `asn1:"optional"`
}

// timeStampResp is TimeStampResp (§2.4.2).
type timeStampResp struct {
	Status         pkiStatusInfo
	TimeStampToken asn1.RawValue `asn1:"optional"`
}

type accuracy struct {
	Seconds int `asn1:"optional"`
	Millis  int `asn1:"optional,tag:0"`
	Micros  int `asn1:"optional,tag:1"`
}

// tstInfo is TSTInfo (§2.4.2), what a token's signature covers.
type tstInfo struct {
	Version        int
	Policy         asn1.ObjectIdentifier
	MessageImprint messageImprint
	SerialNumber   *big.Int
	GenTime        time.Time        `asn1:"generalized"`
	Accuracy       accuracy         `asn1:"optional"`
	Ordering       bool             `asn1:"optional"`
	Nonce          *big.Int         `asn1:"optional"`
	TSA            asn1.RawValue    `asn1:"optional,explicit,tag:0"`
	Extensions     []pkix.Extension `asn1:"optional,tag:1"`
}

// stampQuery is the DER TimeStampReq for a SHA-256 digest, asking for the
// authority's certificate in the token.
func stampQuery(digest []byte, nonce *big.Int) ([]byte, error) {
	return asn1.Marshal(timeStampReq{Version: 1, Nonce: nonce, CertReq: true,
		MessageImprint: messageImprint{HashAlgorithm: pkix.AlgorithmIdentifier{Algorithm: oidSHA256, Parameters: asn1.NullRawValue}, HashedMessage: digest}})
}

// tokenOf reads an authority's answer: its token when granted, else why not.
func tokenOf(resp []byte) ([]byte, error) {
	var r timeStampResp
	if rest, err := asn1.Unmarshal(resp, &r); err != nil || len(rest) > 0 {
		return nil, errors.New("the answer is not an RFC 3161 time-stamp response")
	}
	if r.Status.Status > 1 { // 0 granted, 1 granted with mods
		return nil, fmt.Errorf("the authority refused (status %d: %v)", r.Status.Status, r.Status.StatusString)
	}
	if len(r.TimeStampToken.FullBytes) == 0 {
		return nil, errors.New("the authority granted no token")
	}
	return r.TimeStampToken.FullBytes, nil
}

// stamped is what a checked token says.
type stamped struct {
	Time   time.Time
	Nonce  *big.Int
	Signer *x509.Certificate
}

// checkToken checks a token: a CMS SignedData of a TSTInfo, signed by the
// time-stamping certificate it carries, over digest with SHA-256.
func checkToken(token, digest []byte) (*stamped, error) {
	p7, err := pkcs7.Parse(token)
	if err != nil {
		return nil, errNotATimeStamp
	}
	if len(p7.Certificates) == 0 {
		return nil, errors.New("the token carries no certificate to check its signature with")
	}
	if err := p7.Verify(); err != nil {
		return nil, fmt.Errorf("its signature does not verify: %w", err)
	}
	signer := p7.GetOnlySigner()
	if signer == nil || !slices.Contains(signer.ExtKeyUsage, x509.ExtKeyUsageTimeStamping) {
		return nil, errors.New("it is not signed by a time-stamping certificate")
	}
	var info tstInfo
	if rest, err := asn1.Unmarshal(p7.Content, &info); err != nil || len(rest) > 0 {
		return nil, errNotATimeStamp
	}
	if !info.MessageImprint.HashAlgorithm.Algorithm.Equal(oidSHA256) || !bytes.Equal(info.MessageImprint.HashedMessage, digest) {
		return nil, errors.New("the token stamps other bytes than these")
	}
	return &stamped{Time: info.GenTime.UTC(), Nonce: info.Nonce, Signer: signer}, nil
}

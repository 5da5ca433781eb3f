// werf's AES encoder, github.com/werf/common-go/pkg/secret/aes_encoder.go copied verbatim (the module proxy does
// not serve werf's modules), driven from the command line for slipway's tests.
// Usage: oracle <encrypt|decrypt>; key in WERF_SECRET_KEY, data on stdin, result on stdout.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	enc, err := NewAesEncoder([]byte(os.Getenv("WERF_SECRET_KEY")))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	data, _ := io.ReadAll(os.Stdin)
	var out []byte
	if os.Args[1] == "encrypt" {
		out, err = enc.Encrypt(data)
	} else {
		out, err = enc.Decrypt(data)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.Write(out)
}

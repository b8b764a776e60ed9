package main

import "github.com/dlserr/dlserr/testdata/harness"

// Keys, "DLS2" and base64 of a JSON text of the public trial's organization
// (harness.KeyJSON). A good key is well formed; a bogus one differs in its
// sessionPassword only, a lone UTF-16 surrogate escape: JSON's grammar allows
// it and encoding/json reads it (as U+FFFD), but both SDKs measured refuse
// the key with it before they contact any server.
func goodKey(mainURL, standbyURL string) string {
	return harness.EncodeKey(harness.KeyJSON("200001", mainURL, standbyURL, `"x"`))
}

func bogusKey(mainURL, standbyURL string) string {
	return harness.EncodeKey(harness.KeyJSON("200001", mainURL, standbyURL, `"\ud800"`))
}

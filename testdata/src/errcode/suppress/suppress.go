// Package suppress silences findings with directives.
package suppress

import "net/http"

func directives(resp *http.Response) bool {
	//apierrlint:ignore errcode the gateway answers 4040 when the quota is exhausted
	if resp.StatusCode == 4040 { // silenced by the directive on the line before
		return true
	}
	if resp.StatusCode == 4041 { //nolint:apierrlint // golangci-lint's directive silences it too
		return true
	}
	/* want `^apierrlint:ignore directive has no reason and silences nothing` */ //apierrlint:ignore errcode
	if resp.StatusCode == 4042 {                                                 // want `^4042 is not a known HTTP status; did you mean 404 \(http\.StatusNotFound\)$`
		return true // the directive above has no reason, so it does nothing
	}
	//apierrlint:ignore errdrop another rule's finding, not this one
	return resp.StatusCode == 4043 // want `^4043 is not a known HTTP status; did you mean 404 \(http\.StatusNotFound\)$`
}

// Package ignorestmt checks that a suppression directive covers the whole
// statement it is attached to, and nothing after it (errcode).
package ignorestmt

import (
	"fmt"
	"net/http"
)

// A directive above a call statement spread over lines silences the
// finding on its third line.
func above(resp *http.Response) {
	//apierrlint:ignore errcode the gateway answers 4040 when the quota is exhausted
	fmt.Println(
		"quota",
		resp.StatusCode == 4040, // silenced by the directive above the statement
	)
	fmt.Println(resp.StatusCode == 4041) // want `^4041 is not a known HTTP status; did you mean 404 \(http\.StatusNotFound\)$`
}

// A directive after code on the statement's first line covers the
// statement.
func trailing(resp *http.Response) bool {
	switch resp.StatusCode { //apierrlint:ignore errcode the gateway's own statuses
	case 4040, 4041: // silenced by the directive on the switch's first line
		return true
	}
	return resp.StatusCode == 4042 // want `^4042 is not a known HTTP status; did you mean 404 \(http\.StatusNotFound\)$`
}

// A directive covers one statement, not the next sibling.
func siblings(resp *http.Response) bool {
	//apierrlint:ignore errcode the gateway answers 4040 when the quota is exhausted
	if resp.StatusCode == 4040 {
		return true
	}
	if resp.StatusCode == 4041 { // want `^4041 is not a known HTTP status; did you mean 404 \(http\.StatusNotFound\)$`
		return true
	}
	return false
}

// A declaration is covered whole.
//
//apierrlint:ignore errcode the gateway's own statuses
func gateway(resp *http.Response) bool {
	return resp.StatusCode == 4040 || // silenced: the directive is in the function's doc comment
		resp.StatusCode == 4041 // silenced too
}

// A directive for another rule silences nothing here.
func otherRule(resp *http.Response) {
	//apierrlint:ignore errdrop not errcode's business
	fmt.Println(
		"quota",
		resp.StatusCode == 4040, // want `^4040 is not a known HTTP status; did you mean 404 \(http\.StatusNotFound\)$`
	)
}

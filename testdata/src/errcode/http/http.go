// Package http compares HTTP statuses with values that are not statuses.
package http

import (
	"net/http"
	"net/http/httptest"

	"github.com/ngrok/ngrok-api-go/v7"
	"google.golang.org/api/googleapi"
)

func extraDigit(resp *http.Response) bool {
	return resp.StatusCode == 4040 // want `^4040 is not a known HTTP status; did you mean 404 \(http\.StatusNotFound\)$`
}

func missingDigit(resp *http.Response) bool {
	return resp.StatusCode != 40 // want `^40 is not a known HTTP status; did you mean 400 \(http\.StatusBadRequest\), 401 \(http\.StatusUnauthorized\), 402 \(http\.StatusPaymentRequired\) or one of 8 more$`
}

func sameHundredIsValid(e *googleapi.Error) bool {
	return e.Code == 434 // in 100..599: a status some API may define, valid if unnamed (see the nonstandardstatus fixture)
}

func doubledKey(e *ngrok.Error) bool {
	return e.StatusCode == 4299 // want `^4299 is not a known HTTP status; did you mean 429 \(http\.StatusTooManyRequests\)$`
}

func farOff(rec *httptest.ResponseRecorder) bool {
	return rec.Code == 7 // want `^7 is not a known HTTP status; compare with a net/http Status constant$`
}

func switchCases(resp *http.Response) string {
	switch resp.StatusCode {
	case http.StatusAccepted, 2001: // want `^2001 is not a known HTTP status; did you mean 200 \(http\.StatusOK\)$`
		return "ok"
	case 404, 410: // both are statuses: known values are never reported
		return "gone"
	case 499: // nginx's "client closed request": in 100..599, valid without a net/http constant
		return "closed"
	}
	return ""
}

type wrapped struct {
	http.ResponseWriter
	StatusCode int
}

func negatives(resp *http.Response, w *wrapped, want int) bool {
	if w.StatusCode == 0 { // 0 is the zero value: "no status yet", compared on purpose
		w.StatusCode = http.StatusOK
	}
	if resp.StatusCode >= 500 { // ordering is not a code comparison
		return true
	}
	if resp.StatusCode == want { // a status read from a variable
		return true
	}
	return resp.StatusCode == 520 // Cloudflare's "web server returned an unknown error"
}

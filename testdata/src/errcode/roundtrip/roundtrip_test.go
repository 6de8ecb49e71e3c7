// Package roundtrip writes a value that is not a code and reads it back.
// Found on k8s.io/apiserver (pkg/endpoints/filters/audit_test.go), which
// calls WriteHeader(42) and then checks that the recorded status Code is
// 42: a regression fixture for reporting values the code itself produces.
package roundtrip

import (
	"net/http"
	"net/http/httptest"
	"testing"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

func TestPassThrough(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.WriteHeader(42)
	if rec.Code != 42 { // the test wrote 42 itself: a round trip, not a mistake
		t.Errorf("status %d", rec.Code)
	}
	st := metav1.Status{Code: 7, Reason: "NoSuchReason"}
	if st.Code != 7 || st.Reason != "NoSuchReason" { // written by the composite literal above
		t.Errorf("status %v", st)
	}
}

func TestOnlyCompared(t *testing.T) {
	resp := &http.Response{StatusCode: http.StatusOK}
	if resp.StatusCode == 2000 { // want `^2000 is not a known HTTP status; did you mean 200 \(http\.StatusOK\)$`
		t.Fatal("2000 is only ever compared, never written: still reported")
	}
	if resp.StatusCode != 2000 { // want `^2000 is not a known HTTP status; did you mean 200 \(http\.StatusOK\)$`
		t.Log("a second comparison does not make it a round trip")
	}
}

// Package k8s compares Kubernetes status reasons and codes with values that
// are neither.
package k8s

import (
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

func reasonTypo(err error) bool {
	return apierrors.ReasonForError(err) == "NotFund" // want `^"NotFund" is not a known v1\.StatusReason; did you mean "NotFound" \(v1\.StatusReasonNotFound\)$`
}

func statusReason(st metav1.Status) bool {
	return st.Reason == "Conflicted" // want `^"Conflicted" is not a known v1\.StatusReason; did you mean "Conflict" \(v1\.StatusReasonConflict\)$`
}

func statusCode(st metav1.Status) bool {
	// net/http is not imported here: the fix writes the literal 400 rather
	// than add an import.
	return st.Code == 4004 // want `^4004 is not a known HTTP status; did you mean 400 \(http\.StatusBadRequest\)$`
}

func negatives(err error, st metav1.Status) bool {
	if apierrors.ReasonForError(err) == metav1.StatusReasonUnknown { // "" is both the zero value and a constant
		return true
	}
	if st.Message == "NotFund" { // Message is text, not a code
		return true
	}
	return st.Code == 409 // a known status
}

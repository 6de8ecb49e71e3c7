// Package smithy compares AWS error codes, an open set, with near misses
// of modeled codes and with unmodeled codes.
package smithy

import (
	"errors"

	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
)

func nearMiss(err error) bool {
	var apiErr smithy.APIError
	return errors.As(err, &apiErr) && apiErr.ErrorCode() == "NoSuchKy" // want `^"NoSuchKy" is not a known modeled error code; did you mean "NoSuchKey" \(types\.NoSuchKey\)$`
}

func caseOnly(apiErr smithy.APIError) bool {
	switch apiErr.ErrorCode() {
	case "nosuchbucket": // want `^"nosuchbucket" is not a known modeled error code; did you mean "NoSuchBucket" \(types\.NoSuchBucket\)$`
		return true
	}
	return false
}

func unmodeled(err error) bool {
	var apiErr smithy.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.ErrorCode() {
	case "ThrottlingException", "SlowDown", "RequestTimeout": // unmodeled codes are valid: the set is open
		return true
	case "InvalidBucketName", "AccessDeniedException": // not near any modeled code
		return true
	case "NoSuchKey", "AccessDenied": // modeled codes
		return true
	case "NoSuchKeys2": // two edits from NoSuchKey: an open set only flags one edit or a difference of case
		return true
	}
	var nsk *types.NoSuchKey
	if errors.As(err, &nsk) && nsk.ErrorCode() == "NoSuchKy" { // a concrete exception's ErrorCode: not the open interface site
		return true
	}
	return false
}

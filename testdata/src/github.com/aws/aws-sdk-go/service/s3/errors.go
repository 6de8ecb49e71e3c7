// Package s3 is a test stub of github.com/aws/aws-sdk-go/service/s3 at
// v1.55.8, holding only the service error codes.
//
// Shape-relevant: the codes are UNTYPED string constants (there is no named
// code type); callers compare them with awserr.Error.Code().
package s3

const (
	// ErrCodeBucketAlreadyExists for service response error code
	// "BucketAlreadyExists".
	ErrCodeBucketAlreadyExists = "BucketAlreadyExists"

	// ErrCodeBucketAlreadyOwnedByYou for service response error code
	// "BucketAlreadyOwnedByYou".
	ErrCodeBucketAlreadyOwnedByYou = "BucketAlreadyOwnedByYou"

	// ErrCodeInvalidObjectState for service response error code
	// "InvalidObjectState".
	ErrCodeInvalidObjectState = "InvalidObjectState"

	// ErrCodeNoSuchBucket for service response error code
	// "NoSuchBucket".
	ErrCodeNoSuchBucket = "NoSuchBucket"

	// ErrCodeNoSuchKey for service response error code
	// "NoSuchKey".
	ErrCodeNoSuchKey = "NoSuchKey"

	// ErrCodeNoSuchUpload for service response error code
	// "NoSuchUpload".
	ErrCodeNoSuchUpload = "NoSuchUpload"

	// ErrCodeObjectAlreadyInActiveTierError for service response error code
	// "ObjectAlreadyInActiveTierError".
	ErrCodeObjectAlreadyInActiveTierError = "ObjectAlreadyInActiveTierError"

	// ErrCodeObjectNotInActiveTierError for service response error code
	// "ObjectNotInActiveTierError".
	ErrCodeObjectNotInActiveTierError = "ObjectNotInActiveTierError"
)

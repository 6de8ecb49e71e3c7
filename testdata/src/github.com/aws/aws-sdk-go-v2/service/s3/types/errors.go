// Package types is a test stub of github.com/aws/aws-sdk-go-v2/service/s3/types
// at v1.114.8: the modeled S3 exceptions (all 21 of errors.go at that
// version) and the two enums that one of them carries.
//
// Shape-relevant: every exception is a distinct struct with pointer-receiver
// methods Error, ErrorMessage, ErrorCode and ErrorFault, so each *T satisfies
// smithy.APIError; none has Unwrap, Is or As, and none embeds another. Each
// ErrorCode returns a fixed code string unless ErrorCodeOverride is set. All
// of them report smithy.FaultClient.
package types

import (
	"fmt"

	smithy "github.com/aws/smithy-go"
)

// noSmithyDocumentSerde stands in for smithy-go's document.NoSerde marker,
// which the generated structs embed.
type noSmithyDocumentSerde struct{}

// StorageClass is the S3 storage class enum.
type StorageClass string

// StorageClass values.
const (
	StorageClassStandard             StorageClass = "STANDARD"
	StorageClassReducedRedundancy    StorageClass = "REDUCED_REDUNDANCY"
	StorageClassStandardIa           StorageClass = "STANDARD_IA"
	StorageClassOnezoneIa            StorageClass = "ONEZONE_IA"
	StorageClassIntelligentTiering   StorageClass = "INTELLIGENT_TIERING"
	StorageClassGlacier              StorageClass = "GLACIER"
	StorageClassDeepArchive          StorageClass = "DEEP_ARCHIVE"
	StorageClassOutposts             StorageClass = "OUTPOSTS"
	StorageClassGlacierIr            StorageClass = "GLACIER_IR"
	StorageClassSnow                 StorageClass = "SNOW"
	StorageClassExpressOnezone       StorageClass = "EXPRESS_ONEZONE"
	StorageClassFsxOpenzfs           StorageClass = "FSX_OPENZFS"
	StorageClassFsxOntap             StorageClass = "FSX_ONTAP"
	StorageClassAwsBackupWarm        StorageClass = "AWS_BACKUP_WARM"
	StorageClassAwsBackupLowCostWarm StorageClass = "AWS_BACKUP_LOW_COST_WARM"
)

// IntelligentTieringAccessTier is the S3 Intelligent-Tiering access tier enum.
type IntelligentTieringAccessTier string

// IntelligentTieringAccessTier values.
const (
	IntelligentTieringAccessTierArchiveAccess     IntelligentTieringAccessTier = "ARCHIVE_ACCESS"
	IntelligentTieringAccessTierDeepArchiveAccess IntelligentTieringAccessTier = "DEEP_ARCHIVE_ACCESS"
)

// AccessDenied is the modeled S3 exception with code "AccessDenied".
type AccessDenied struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *AccessDenied) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *AccessDenied) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *AccessDenied) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "AccessDenied"
	}
	return *e.ErrorCodeOverride
}
func (e *AccessDenied) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// AnnotationLimitExceeded is the modeled S3 exception with code "AnnotationLimitExceeded".
type AnnotationLimitExceeded struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *AnnotationLimitExceeded) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *AnnotationLimitExceeded) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *AnnotationLimitExceeded) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "AnnotationLimitExceeded"
	}
	return *e.ErrorCodeOverride
}
func (e *AnnotationLimitExceeded) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// AnnotationNameTooLong is the modeled S3 exception with code "AnnotationNameTooLong".
type AnnotationNameTooLong struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *AnnotationNameTooLong) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *AnnotationNameTooLong) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *AnnotationNameTooLong) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "AnnotationNameTooLong"
	}
	return *e.ErrorCodeOverride
}
func (e *AnnotationNameTooLong) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// BucketAlreadyExists is the modeled S3 exception with code "BucketAlreadyExists".
type BucketAlreadyExists struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *BucketAlreadyExists) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *BucketAlreadyExists) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *BucketAlreadyExists) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "BucketAlreadyExists"
	}
	return *e.ErrorCodeOverride
}
func (e *BucketAlreadyExists) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// BucketAlreadyOwnedByYou is the modeled S3 exception with code "BucketAlreadyOwnedByYou".
type BucketAlreadyOwnedByYou struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *BucketAlreadyOwnedByYou) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *BucketAlreadyOwnedByYou) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *BucketAlreadyOwnedByYou) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "BucketAlreadyOwnedByYou"
	}
	return *e.ErrorCodeOverride
}
func (e *BucketAlreadyOwnedByYou) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// EncryptionTypeMismatch is the modeled S3 exception with code "EncryptionTypeMismatch".
type EncryptionTypeMismatch struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *EncryptionTypeMismatch) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *EncryptionTypeMismatch) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *EncryptionTypeMismatch) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "EncryptionTypeMismatch"
	}
	return *e.ErrorCodeOverride
}
func (e *EncryptionTypeMismatch) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// IdempotencyParameterMismatch is the modeled S3 exception with code "IdempotencyParameterMismatch".
type IdempotencyParameterMismatch struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *IdempotencyParameterMismatch) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *IdempotencyParameterMismatch) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *IdempotencyParameterMismatch) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "IdempotencyParameterMismatch"
	}
	return *e.ErrorCodeOverride
}
func (e *IdempotencyParameterMismatch) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// InvalidAnnotationName is the modeled S3 exception with code "InvalidAnnotationName".
type InvalidAnnotationName struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *InvalidAnnotationName) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *InvalidAnnotationName) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *InvalidAnnotationName) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "InvalidAnnotationName"
	}
	return *e.ErrorCodeOverride
}
func (e *InvalidAnnotationName) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// InvalidObjectState is the modeled S3 exception with code "InvalidObjectState".
type InvalidObjectState struct {
	Message *string

	ErrorCodeOverride *string

	StorageClass StorageClass
	AccessTier   IntelligentTieringAccessTier

	noSmithyDocumentSerde
}

func (e *InvalidObjectState) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *InvalidObjectState) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *InvalidObjectState) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "InvalidObjectState"
	}
	return *e.ErrorCodeOverride
}
func (e *InvalidObjectState) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// InvalidPrefix is the modeled S3 exception with code "InvalidPrefix".
type InvalidPrefix struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *InvalidPrefix) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *InvalidPrefix) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *InvalidPrefix) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "InvalidPrefix"
	}
	return *e.ErrorCodeOverride
}
func (e *InvalidPrefix) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// InvalidRequest is the modeled S3 exception with code "InvalidRequest".
type InvalidRequest struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *InvalidRequest) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *InvalidRequest) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *InvalidRequest) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "InvalidRequest"
	}
	return *e.ErrorCodeOverride
}
func (e *InvalidRequest) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// InvalidWriteOffset is the modeled S3 exception with code "InvalidWriteOffset".
type InvalidWriteOffset struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *InvalidWriteOffset) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *InvalidWriteOffset) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *InvalidWriteOffset) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "InvalidWriteOffset"
	}
	return *e.ErrorCodeOverride
}
func (e *InvalidWriteOffset) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// NoSuchAnnotation is the modeled S3 exception with code "NoSuchAnnotation".
type NoSuchAnnotation struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *NoSuchAnnotation) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *NoSuchAnnotation) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *NoSuchAnnotation) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "NoSuchAnnotation"
	}
	return *e.ErrorCodeOverride
}
func (e *NoSuchAnnotation) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// NoSuchBucket is the modeled S3 exception with code "NoSuchBucket".
type NoSuchBucket struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *NoSuchBucket) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *NoSuchBucket) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *NoSuchBucket) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "NoSuchBucket"
	}
	return *e.ErrorCodeOverride
}
func (e *NoSuchBucket) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// NoSuchKey is the modeled S3 exception with code "NoSuchKey".
type NoSuchKey struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *NoSuchKey) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *NoSuchKey) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *NoSuchKey) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "NoSuchKey"
	}
	return *e.ErrorCodeOverride
}
func (e *NoSuchKey) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// NoSuchUpload is the modeled S3 exception with code "NoSuchUpload".
type NoSuchUpload struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *NoSuchUpload) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *NoSuchUpload) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *NoSuchUpload) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "NoSuchUpload"
	}
	return *e.ErrorCodeOverride
}
func (e *NoSuchUpload) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// NotFound is the modeled S3 exception with code "NotFound".
type NotFound struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *NotFound) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *NotFound) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *NotFound) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "NotFound"
	}
	return *e.ErrorCodeOverride
}
func (e *NotFound) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// ObjectAlreadyInActiveTierError is the modeled S3 exception with code "ObjectAlreadyInActiveTierError".
type ObjectAlreadyInActiveTierError struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *ObjectAlreadyInActiveTierError) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *ObjectAlreadyInActiveTierError) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *ObjectAlreadyInActiveTierError) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "ObjectAlreadyInActiveTierError"
	}
	return *e.ErrorCodeOverride
}
func (e *ObjectAlreadyInActiveTierError) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// ObjectNotInActiveTierError is the modeled S3 exception with code "ObjectNotInActiveTierError".
type ObjectNotInActiveTierError struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *ObjectNotInActiveTierError) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *ObjectNotInActiveTierError) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *ObjectNotInActiveTierError) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "ObjectNotInActiveTierError"
	}
	return *e.ErrorCodeOverride
}
func (e *ObjectNotInActiveTierError) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// TooManyParts is the modeled S3 exception with code "TooManyParts".
type TooManyParts struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *TooManyParts) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *TooManyParts) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *TooManyParts) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "TooManyParts"
	}
	return *e.ErrorCodeOverride
}
func (e *TooManyParts) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// UnsupportedMediaType is the modeled S3 exception with code "UnsupportedMediaType".
type UnsupportedMediaType struct {
	Message *string

	ErrorCodeOverride *string

	noSmithyDocumentSerde
}

func (e *UnsupportedMediaType) Error() string {
	return fmt.Sprintf("%s: %s", e.ErrorCode(), e.ErrorMessage())
}
func (e *UnsupportedMediaType) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
func (e *UnsupportedMediaType) ErrorCode() string {
	if e == nil || e.ErrorCodeOverride == nil {
		return "UnsupportedMediaType"
	}
	return *e.ErrorCodeOverride
}
func (e *UnsupportedMediaType) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// Every modeled exception is a smithy.APIError.
var (
	_ smithy.APIError = (*AccessDenied)(nil)
	_ smithy.APIError = (*NoSuchKey)(nil)
	_ smithy.APIError = (*InvalidObjectState)(nil)
)

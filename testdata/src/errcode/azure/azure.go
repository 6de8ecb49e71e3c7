// Package azure passes misspelled blob codes to bloberror.HasCode and
// compares azcore statuses with values that are not statuses.
package azure

import (
	"errors"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/bloberror"
)

func predicateArgs(err error) bool {
	return bloberror.HasCode(err, bloberror.BlobNotFound, "ContainerNotFund") // want `^"ContainerNotFund" is not a known bloberror\.Code; did you mean "ContainerNotFound" \(bloberror\.ContainerNotFound\)$`
}

func conversionArg(err error) bool {
	return bloberror.HasCode(err, bloberror.Code("BlobAlreadyExist")) // want `^"BlobAlreadyExist" is not a known bloberror\.Code; did you mean "BlobAlreadyExists" \(bloberror\.BlobAlreadyExists\)$`
}

func statusThroughAlias(err error) bool {
	var re *azcore.ResponseError
	return errors.As(err, &re) && re.StatusCode == 4090 // want `^4090 is not a known HTTP status; did you mean 409 \(http\.StatusConflict\)$`
}

func negatives(err error, name string, codes []bloberror.Code) bool {
	var re *azcore.ResponseError
	if errors.As(err, &re) && re.ErrorCode == "WhateverTheServiceSays" { // ErrorCode is a plain string: no known set
		return true
	}
	if bloberror.HasCode(err, bloberror.Code(name)) { // a code read from a variable
		return true
	}
	if bloberror.HasCode(err, bloberror.Code("ConcurrentContainerOperationInProgress")) { // explicitconversion: a code the service returns that the constants lack, converted on purpose and near no known code
		return true
	}
	if bloberror.HasCode(err, "IncrementalCopyOfEarlierVersionSnapshotNotAllowed") { // aliasedtype: a code of generated.StorageErrorCode's own constants is known through the alias bloberror.Code
		return true
	}
	if bloberror.HasCode(err, "IncrementalCopyOfEralierVersionSnapshotNotAllowed") { // aliasedtype: bloberror's own constant (misspelt by the service itself) is known
		return true
	}
	return bloberror.HasCode(err, codes...) // codes passed as a slice are not constants
}

// Package azcore is a test stub of github.com/Azure/azure-sdk-for-go/sdk/azcore
// at v1.24.0, holding only ResponseError.
//
// Shape-relevant: azcore.ResponseError is a type ALIAS of
// azcore/internal/exported.ResponseError, as in the real module, so the
// named type a checker sees is exported.ResponseError (package path
// .../sdk/azcore/internal/exported), not one declared in azcore.
package azcore

import "github.com/Azure/azure-sdk-for-go/sdk/azcore/internal/exported"

// ResponseError is returned when a request is made to a service and the
// service returns a non-success HTTP status code.
// Use errors.As() to access this type in the error chain.
type ResponseError = exported.ResponseError

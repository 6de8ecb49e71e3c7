package constants

import "google.golang.org/api/googleapi"

func noImport(e *googleapi.Error) bool {
	// net/http is not imported in this file: the finding has no fix, as
	// the rule adds no imports.
	return e.Code == 404 // want `^404 is http\.StatusNotFound; use the named constant$`
}

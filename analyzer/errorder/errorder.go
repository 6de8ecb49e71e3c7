package errorder

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer/internal/ruledoc"
)

//go:embed doc.go
var doc string

// Analyzer is the errorder rule with its default configuration.
var Analyzer = &analysis.Analyzer{
	Name: "errorder",
	Doc:  ruledoc.Extract(doc, "errorder"),
	URL:  "https://github.com/apierrlint/apierrlint#errorder",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

package errdrop

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer/internal/ruledoc"
)

//go:embed doc.go
var doc string

// Analyzer is the errdrop rule with its default configuration.
var Analyzer = &analysis.Analyzer{
	Name: "errdrop",
	Doc:  ruledoc.Extract(doc, "errdrop"),
	URL:  "https://github.com/apierrlint/apierrlint#errdrop",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

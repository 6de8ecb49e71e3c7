package errcode

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer/internal/ruledoc"
)

//go:embed doc.go
var doc string

// Analyzer is the errcode rule with its default configuration.
var Analyzer = &analysis.Analyzer{
	Name: "errcode",
	Doc:  ruledoc.Extract(doc, "errcode"),
	URL:  "https://github.com/apierrlint/apierrlint#errcode",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

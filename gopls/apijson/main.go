// Command apijson adds apierrlint's rules to the api.json of a gopls
// module, the description that gopls api-json prints and that editors
// read to list the analyzers and the keys of the "analyses" setting.
// gopls generates that file from its analyzer list with a program of its
// own (internal/doc/generate), which type-checks gopls from source, too
// slow to run on every build; build-gopls.sh runs this one instead:
//
//	go run ./gopls/apijson FILE
//
// It rewrites FILE in place, adding each rule to "Analyzers" and to the
// keys of the "analyses" option, in the order of names that gopls keeps,
// with the rule's Doc, URL and default. A rule already present is
// replaced, so that running it twice changes nothing.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"

	"github.com/apierrlint/apierrlint/analyzer"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: apijson FILE")
		os.Exit(2)
	}
	if err := rewrite(os.Args[1]); err != nil {
		fmt.Fprintf(os.Stderr, "apijson: %v\n", err)
		os.Exit(1)
	}
}

type object = map[string]any

func rewrite(name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var api object
	if err := dec.Decode(&api); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	analyzers, ok := api["Analyzers"].([]any)
	if !ok {
		return fmt.Errorf("%s has no list Analyzers", name)
	}
	keys, err := analysesKeys(api)
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	for _, r := range analyzer.Rules() {
		a := r.Analyzer
		analyzers = insert(analyzers, object{
			"Name": a.Name, "Doc": a.Doc, "URL": a.URL, "Default": r.Default,
		})
		keys.list = insert(keys.list, object{
			"Name": strconv.Quote(a.Name), "Doc": a.Doc,
			"Default": strconv.FormatBool(r.Default), "Status": "",
		})
	}
	api["Analyzers"] = analyzers
	keys.holder["Keys"] = keys.list
	out, err := json.MarshalIndent(api, "", "\t")
	if err != nil {
		return err
	}
	return os.WriteFile(name, append(out, '\n'), 0o644)
}

type enumKeys struct {
	holder object // the option's EnumKeys
	list   []any
}

// analysesKeys finds the keys of the "analyses" option among the options
// of every section.
func analysesKeys(api object) (enumKeys, error) {
	sections, _ := api["Options"].(object)
	for _, s := range sections {
		opts, _ := s.([]any)
		for _, o := range opts {
			opt, _ := o.(object)
			if opt["Name"] != "analyses" {
				continue
			}
			ek, _ := opt["EnumKeys"].(object)
			list, ok := ek["Keys"].([]any)
			if !ok {
				return enumKeys{}, fmt.Errorf(`the option "analyses" has no list EnumKeys.Keys`)
			}
			return enumKeys{ek, list}, nil
		}
	}
	return enumKeys{}, fmt.Errorf(`no option "analyses"`)
}

// insert puts entry into list, ordered by Name, replacing an entry of the
// same Name.
func insert(list []any, entry object) []any {
	name := entry["Name"].(string)
	nameOf := func(v any) string {
		o, _ := v.(object)
		s, _ := o["Name"].(string)
		return s
	}
	if i := slices.IndexFunc(list, func(v any) bool { return nameOf(v) == name }); i >= 0 {
		list[i] = entry
		return list
	}
	i := slices.IndexFunc(list, func(v any) bool { return nameOf(v) > name })
	if i < 0 {
		return append(list, entry)
	}
	return slices.Insert(list, i, any(entry))
}

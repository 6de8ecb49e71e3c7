// Package ptrfieldconds holds error checks split over two ifs on a field
// read through a pointer parameter (controller-runtime's
// pkg/envtest/webhook.go, parseWebhook(options *WebhookInstallOptions)):
// the function never writes the field and never lets the pointer escape,
// so both loads read the same value, and err is read on every path.
package ptrfieldconds

import "os"

type Options struct {
	Paths         []string
	IgnoreMissing bool
	Hooks         []string
}

func read(path string) ([]string, error) { return []string{path}, os.ErrClosed }

// Reduced from parseWebhook, with the loop and the append to another field.
func parse(options *Options) error {
	if len(options.Paths) > 0 {
		for _, path := range options.Paths {
			_, err := os.Stat(path) // not reported: one of the two ifs reads err on every path
			if options.IgnoreMissing && os.IsNotExist(err) {
				continue
			}
			if !options.IgnoreMissing && os.IsNotExist(err) {
				return err
			}
			hooks, err := read(path)
			if err != nil {
				return err
			}
			options.Hooks = append(options.Hooks, hooks...)
		}
	}
	return nil
}

// Without the loop, and with a nil check of the pointer.
func single(options *Options, path string) error {
	if options == nil {
		return nil
	}
	_, err := os.Stat(path) // not reported: read under either value of options.IgnoreMissing
	if options.IgnoreMissing && os.IsNotExist(err) {
		return nil
	}
	if !options.IgnoreMissing && os.IsNotExist(err) {
		return err
	}
	_, err = read(path)
	return err
}

func toggle(o *Options) { o.IgnoreMissing = !o.IgnoreMissing }

// The field is written between the two loads: they may differ.
func written(options *Options, path string) error {
	_, err := os.Stat(path) // want `error from os\.Stat is overwritten on line 67 before it is checked`
	if options.IgnoreMissing && os.IsNotExist(err) {
		return nil
	}
	options.IgnoreMissing = false
	if !options.IgnoreMissing && os.IsNotExist(err) {
		return err
	}
	_, err = read(path)
	return err
}

// The pointer escapes to a call that may write the field.
func escapes(options *Options, path string) error {
	_, err := os.Stat(path) // want `error from os\.Stat is overwritten on line 81 before it is checked`
	if options.IgnoreMissing && os.IsNotExist(err) {
		return nil
	}
	toggle(options)
	if !options.IgnoreMissing && os.IsNotExist(err) {
		return err
	}
	_, err = read(path)
	return err
}

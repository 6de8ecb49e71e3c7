package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// goEnv is the environment of every go command run on a module copy: the
// copy's go.mod and go.sum are updated as needed, and no go.work applies.
func goEnv() []string {
	return append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
}

// fetch returns the directory of a writable copy of module@version under
// work/src, made as bench/run makes it: the module's directory from the
// module cache, with the replace directives that point into the module's
// own repository dropped (the proxy's zip does not hold their targets),
// and go list -deps -test run once so that go.sum holds what the packages
// and their tests import. A directory is used as it is.
func fetch(ctx context.Context, work, mv string) (string, error) {
	if isDir(mv) {
		return filepath.Abs(mv)
	}
	dst := filepath.Join(work, "src", strings.ReplaceAll(mv, "/", "+"))
	if isDir(dst) {
		return dst, nil
	}
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, "go", "mod", "download", "-json", mv)
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "GOWORK=off")
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go mod download %s: %w", mv, err)
	}
	var dl struct{ Dir, Error string }
	if err := json.Unmarshal(out.Bytes(), &dl); err != nil {
		return "", fmt.Errorf("go mod download %s: %w", mv, err)
	}
	if dl.Error != "" || dl.Dir == "" {
		return "", fmt.Errorf("go mod download %s: %s", mv, dl.Error)
	}
	tmp := dst + ".tmp"
	if err := os.RemoveAll(tmp); err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(tmp), 0o755); err != nil {
		return "", err
	}
	if err := exec.CommandContext(ctx, "cp", "-r", dl.Dir, tmp).Run(); err != nil {
		return "", fmt.Errorf("copying %s: %w", dl.Dir, err)
	}
	if err := exec.CommandContext(ctx, "chmod", "-R", "u+w", tmp).Run(); err != nil {
		return "", fmt.Errorf("chmod %s: %w", tmp, err)
	}
	if err := dropLocalReplaces(ctx, tmp); err != nil {
		return "", err
	}
	list := exec.CommandContext(ctx, "go", "list", "-deps", "-test", "./...")
	list.Dir = tmp
	list.Env = goEnv()
	list.Stderr = os.Stderr
	if err := list.Run(); err != nil {
		return "", fmt.Errorf("go list -deps -test ./... in %s: %w", mv, err)
	}
	if err := os.Rename(tmp, dst); err != nil {
		return "", err
	}
	return dst, nil
}

// dropLocalReplaces drops the replace directives whose target is a
// directory (etcd's client replaces its sibling modules by ../api).
func dropLocalReplaces(ctx context.Context, dir string) error {
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, "go", "mod", "edit", "-json")
	cmd.Dir = dir
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go mod edit -json in %s: %w", dir, err)
	}
	var mod struct {
		Replace []struct {
			Old, New struct{ Path, Version string }
		}
	}
	if err := json.Unmarshal(out.Bytes(), &mod); err != nil {
		return fmt.Errorf("go mod edit -json in %s: %w", dir, err)
	}
	args := []string{"mod", "edit"}
	for _, r := range mod.Replace {
		if r.New.Version == "" && (strings.HasPrefix(r.New.Path, ".") || filepath.IsAbs(r.New.Path)) {
			args = append(args, "-dropreplace="+r.Old.Path)
		}
	}
	if len(args) == 2 {
		return nil
	}
	edit := exec.CommandContext(ctx, "go", args...)
	edit.Dir = dir
	edit.Stderr = os.Stderr
	if err := edit.Run(); err != nil {
		return fmt.Errorf("dropping replace directives in %s: %w", dir, err)
	}
	return nil
}

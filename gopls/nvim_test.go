package gopls_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// nvimScript runs in Neovim (0.7 or later, headless, no user config): it
// starts gopls-apierrlint with Neovim's own LSP client (what
// nvim-lspconfig configures), waits for the diagnostics of the three rules
// and of printf, applies errorder's quick fix and writes the buffer to
// $OUT. It exits with status 1 and a message when a step fails.
const nvimScript = `
local function fail(msg)
  io.stdout:write(msg .. '\n')
  vim.cmd('cquit 1')
end
local root = os.getenv('MOD')
vim.cmd('edit ' .. root .. '/user/user.go')
local id = vim.lsp.start_client({
  name = 'gopls', cmd = { os.getenv('GOPLS_BIN'), 'serve' }, root_dir = root,
})
if not id then fail('cannot start ' .. os.getenv('GOPLS_BIN')) end
vim.lsp.buf_attach_client(0, id)
local sources = { 'errorder', 'errcode', 'errdrop', 'printf' }
local ok = vim.wait(180000, function()
  local seen = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do seen[d.source or ''] = true end
  for _, s in ipairs(sources) do if not seen[s] then return false end end
  return true
end, 200)
local eo
for _, d in ipairs(vim.diagnostic.get(0)) do
  io.stdout:write(string.format('%d:%d %s: %s\n', d.lnum + 1, d.col + 1, d.source, d.message))
  if d.source == 'errorder' then eo = d end
end
if not ok then fail('not every one of errorder, errcode, errdrop and printf reported') end
local params = {
  textDocument = { uri = vim.uri_from_bufnr(0) },
  range = { start = { line = eo.lnum, character = eo.col }, ['end'] = { line = eo.end_lnum, character = eo.end_col } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(0, eo.lnum), only = { 'quickfix' } },
}
local applied = false
for _, r in pairs(vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 60000) or {}) do
  for _, a in ipairs(r.result or {}) do
    if a.title == 'move the specific checks first' and a.edit then
      vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16')
      applied = true
    end
  end
end
if not applied then fail('no quick fix "move the specific checks first" with an edit') end
vim.cmd('write! ' .. os.getenv('OUT'))
vim.lsp.stop_client(id)
vim.cmd('qall!')
`

// TestNeovim drives gopls-apierrlint from Neovim's LSP client, headless:
// the rules' diagnostics appear in the buffer and errorder's quick fix
// edits it as the golden file says. It skips when nvim is not installed
// (Debian's neovim package has it).
func TestNeovim(t *testing.T) {
	bin := gopls(t)
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim is not installed")
	}
	dir, ar := module(t)
	script := filepath.Join(t.TempDir(), "check.lua")
	writeFile(t, script, nvimScript)
	out := filepath.Join(t.TempDir(), "user.go")
	cmd := exec.Command(nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile "+script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local",
		"GOTELEMETRY=off", "GOPLSCACHE="+t.TempDir(), "XDG_STATE_HOME="+t.TempDir(),
		"GOPLS_BIN="+bin, "MOD="+dir, "OUT="+out)
	output, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("nvim: %v\n%s", err, output)
	}
	for _, w := range wantUser {
		if !strings.Contains(string(output), " "+w.source+": "+w.message+"\n") {
			t.Errorf("Neovim shows no %s diagnostic %q; it shows:\n%s", w.source, w.message, output)
		}
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if want := archiveFile(t, ar, "user/user.go.errorder.golden"); string(got) != want {
		t.Errorf("after errorder's quick fix in Neovim:\n%s\nwant:\n%s", got, want)
	}
}

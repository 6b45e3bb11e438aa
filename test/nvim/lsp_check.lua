-- Runs inside `nvim --headless`: starts the Hybrid Plan language server with Neovim's built-in LSP client
-- (vim.lsp.start_client, Neovim 0.7+), opens a plan, waits for the pushed diagnostics, asks for hovers, and writes
-- everything as JSON for test/nvim/nvim.test.ts to assert. Inputs come from the environment:
--   HYBRID_NVIM_SERVER  path to bin/hybrid-language-server.js
--   HYBRID_NVIM_PLAN    the .hybrid file to open
--   HYBRID_NVIM_HOVERS  hover positions, "line:character;line:character" (0-based, as in LSP)
--   HYBRID_NVIM_OUT     where to write the JSON result
local out_path = os.getenv('HYBRID_NVIM_OUT')

local function write_result(result)
  local file = assert(io.open(out_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function run()
  local server = assert(os.getenv('HYBRID_NVIM_SERVER'), 'HYBRID_NVIM_SERVER is not set')
  local plan = assert(os.getenv('HYBRID_NVIM_PLAN'), 'HYBRID_NVIM_PLAN is not set')
  local server_errors = {}

  local client_id = vim.lsp.start_client({
    name = 'hybrid',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(plan, ':h'),
    on_error = function(code, err)
      table.insert(server_errors, tostring(code) .. ': ' .. vim.inspect(err))
    end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')

  vim.cmd('edit ' .. vim.fn.fnameescape(plan))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'hybrid'
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach the client to the buffer')

  local initialized = vim.wait(30000, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized
  end, 20)
  assert(initialized, 'the server did not initialize within 30 s; errors: ' .. vim.inspect(server_errors))

  -- Diagnostics are pushed (textDocument/publishDiagnostics); the first non-empty set is the complete one.
  local got_diagnostics = vim.wait(30000, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 20)
  assert(got_diagnostics, 'no diagnostics within 30 s; errors: ' .. vim.inspect(server_errors))

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(diagnostics, {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      code = d.code,
      source = d.source,
      message = d.message,
    })
  end

  local hovers = {}
  for line, character in string.gmatch(os.getenv('HYBRID_NVIM_HOVERS') or '', '(%d+):(%d+)') do
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = { line = tonumber(line), character = tonumber(character) },
    }
    local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 15000)
    assert(responses, 'hover request failed: ' .. tostring(err))
    local response = responses[client_id]
    assert(response and not response.err, 'hover error: ' .. vim.inspect(response))
    local contents = response.result and response.result.contents or vim.NIL
    table.insert(hovers, {
      line = tonumber(line),
      character = tonumber(character),
      kind = type(contents) == 'table' and contents.kind or vim.NIL,
      value = type(contents) == 'table' and contents.value or vim.NIL,
    })
  end

  vim.lsp.stop_client(client_id)
  vim.wait(10000, function()
    return vim.lsp.get_client_by_id(client_id) == nil
  end, 20)

  write_result({ diagnostics = diagnostics, hovers = hovers, server_errors = server_errors })
end

local ok, err = pcall(run)
if not ok then
  write_result({ error = tostring(err) })
  vim.cmd('cquit 1')
else
  vim.cmd('qall!')
end

// Installs code-server (VS Code for the browser, from npm) into the ignored `.cache/` folder once, and starts it.
// Follows /work/shared/guide/real-vscode.md: code-server 4.100.3 is the last release that runs on Node 20, and its
// postinstall cannot run offline as is (ripgrep downloads a binary, kerberos needs headers), so the steps of its
// postinstall.sh are done here by hand with the workarounds, on one core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
const NATIVE_PACKAGES = ['@parcel/watcher', '@vscode/spdlog', 'kerberos', 'native-watchdog', 'node-pty', '@vscode/deviceid'];

export interface CodeServerInstall {
  /** `node_modules/code-server` inside the cache. */
  packageDir: string;
  /** The entry point to run with `node`. */
  entry: string;
}

function log(message: string): void {
  process.stderr.write(`[e2e] ${message}\n`);
}

/** Runs a command with output streamed to a log file; throws with the log's tail when it fails. */
function run(command: string, args: string[], cwd: string, logFile: string, env: NodeJS.ProcessEnv = {}): void {
  const started = Date.now();
  log(`${path.relative(process.cwd(), cwd) || '.'}$ ${command} ${args.join(' ')}`);
  const fd = fs.openSync(logFile, 'a');
  fs.writeSync(fd, `\n$ (cd ${cwd} && ${command} ${args.join(' ')})\n`);
  const result = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      // One core: the machines running this are small and shared.
      JOBS: '1',
      npm_config_jobs: '1',
      MAKEFLAGS: '-j1',
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      ...env,
    },
  });
  fs.closeSync(fd);
  if (result.status !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}); see ${logFile}\n${tail}`);
  }
  log(`  done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function which(binary: string): string | undefined {
  const result = spawnSync('sh', ['-c', `command -v ${binary}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found ? found : undefined;
}

function symlink(target: string, linkPath: string): void {
  fs.rmSync(linkPath, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(linkPath), { recursive: true });
  fs.symlinkSync(target, linkPath);
}

/**
 * Makes sure code-server is installed under `<cacheRoot>/code-server` and returns where. A stamp file records a
 * finished install, so a second run costs nothing; a half-finished install (no stamp) is redone from the start.
 */
export function ensureCodeServer(cacheRoot: string): CodeServerInstall {
  const root = path.join(cacheRoot, 'code-server');
  const packageDir = path.join(root, 'node_modules', 'code-server');
  const entry = path.join(packageDir, 'out', 'node', 'entry.js');
  const stamp = path.join(root, `installed-${CODE_SERVER_VERSION}.stamp`);
  if (fs.existsSync(stamp) && fs.existsSync(entry)) return { packageDir, entry };

  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is not installed: run `bash scripts/e2e/setup.sh` first');
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== 20) throw new Error(`code-server ${CODE_SERVER_VERSION} needs Node 20, this is Node ${process.versions.node}`);

  log(`installing code-server ${CODE_SERVER_VERSION} into ${root} (once; several minutes)`);
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  const logFile = path.join(root, 'install.log');
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }, null, 2));

  // 1. code-server itself, without its postinstall (which would fetch ripgrep from GitHub).
  run('npm', ['install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], root, logFile);

  // 2. What postinstall.sh does in lib/vscode, with the offline workarounds.
  const vscodeDir = path.join(packageDir, 'lib', 'vscode');
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], vscodeDir, logFile);
  run('npm', ['rebuild', ...NATIVE_PACKAGES], vscodeDir, logFile);
  symlink(rg, path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'));
  symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  symlink('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  symlink('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
  // The built-in extensions share one dependency (typescript); their postinstall only trims it.
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], path.join(vscodeDir, 'extensions'), logFile);

  // 3. code-server's own native dependency.
  run('npm', ['rebuild', 'argon2'], root, logFile);

  fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
  log('code-server installed');
  return { packageDir, entry };
}

/** A free TCP port on 127.0.0.1 (asked from the OS, so parallel runs never collide). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

export interface Profile {
  userDataDir: string;
  extensionsDir: string;
}

/** Installs a `.vsix` into the profile's extensions folder with code-server's own CLI. */
export function installExtension(install: CodeServerInstall, profile: Profile, vsix: string, logFile: string): void {
  run(
    process.execPath,
    [install.entry, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--install-extension', vsix, '--force'],
    process.cwd(),
    logFile,
  );
  const installed = fs.readdirSync(profile.extensionsDir).filter((name) => name.startsWith('hybrid-plan.hybrid-plan-'));
  if (installed.length === 0) throw new Error(`the extension did not land in ${profile.extensionsDir}; see ${logFile}`);
}

/** Settings that keep the workbench quiet and deterministic (no welcome page, no tips, no auto save, no network). */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'files.autoSave': 'off',
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'window.restoreWindows': 'none',
  'chat.commandCenter.enabled': false,
};

export function writeQuietSettings(userDataDir: string): void {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
}

export interface RunningCodeServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts code-server on 127.0.0.1 and resolves once it answers HTTP (it prints the address when listening). */
export async function startCodeServer(
  install: CodeServerInstall,
  profile: Profile,
  folder: string,
  logFile: string,
  env: NodeJS.ProcessEnv = {},
): Promise<RunningCodeServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      install.entry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', profile.userDataDir,
      '--extensions-dir', profile.extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      folder,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PASSWORD: '', ...env } },
  );
  const logStream = fs.createWriteStream(logFile, { flags: 'a' });
  const url = `http://127.0.0.1:${port}/`;
  // code-server prints "HTTP server listening on <url>" once it serves the workbench.
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      logStream.write(chunk);
      seen = (seen + chunk.toString('utf8')).slice(-4000);
      if (seen.includes('HTTP server listening on')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`code-server exited early (${code ?? signal}); see ${logFile}`)));
  });
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => logStream.end(() => resolve()));
        child.kill('SIGTERM');
      }),
  };
}

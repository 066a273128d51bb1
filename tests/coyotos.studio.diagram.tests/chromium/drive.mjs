// Drives the Coyotos diagram page in Debian's headless Chromium (never a downloaded browser).
//
//   node drive.mjs <file-url-of-index.html-with-query> <scenario> <screenshot-dir>
//
// The caller plays the GLSP server. stdout, one JSON object per line:
//   {"toServer": "<json-rpc>"}  every message the page passes to window.coyotosHostSend
//   {"step": "..."}             progress
//   {"result": {...}}           at the end, then exit 0
//   {"error": "..."}            on failure, then exit 1
// stdin, one JSON object per line: {"toClient": "<json-rpc>"}, delivered in order to window.coyotosHostReceive
// (a long one through a file the page reads, see FILE_DELIVERY_CHARS).
// The scenario gets `marks`: when (Date.now()) the page sent requestModel, and when the first model arrived on
// stdin and was handed to the page, so a benchmark can say where the time between page load and drawing went.
// The page's own console output goes to stderr.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { scenarios } from './scenarios.mjs';

const CHROMIUM = process.env.COYOTOS_CHROMIUM ?? '/usr/bin/chromium';
// A message at least this long reaches the page through a file it reads (a synchronous XMLHttpRequest, which
// --allow-file-access-from-files permits), not as an argument of page.evaluate: Playwright's protocol alone takes
// about 1.5 s to carry a 1.8 M character string into a blank page on a busy 2-core machine, a cost of this driver
// that SWT's bridge (one script with the message as a string literal) does not have and that would swamp the
// figures of a large diagram. Short messages keep the direct way.
const FILE_DELIVERY_CHARS = 64 * 1024;
// Without the background-networking flags Chromium keeps dialling Google on this closed network.
const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // The page is a file:// URL; it loads only its own files, but allow them to be read as such.
    '--allow-file-access-from-files',
    // Marks this driver's browser, so its processes' CPU time can be found (chromiumCpuMillis).
    `--coyotos-driver=${process.pid}`
];

/**
 * CPU time (user + system, ms) that this driver's Chromium processes have used so far, read from /proc: unlike
 * wall time it does not grow when other work shares the machine.
 */
function chromiumCpuMillis() {
    const processes = new Map();
    for (const pid of readdirSync('/proc').filter(name => /^\d+$/.test(name))) {
        try {
            const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
            processes.set(+pid, { parent: +fields[1], ticks: +fields[11] + +fields[12], cmdline });
        } catch (error) {
            // a process that ended while we looked
        }
    }
    const roots = [...processes].filter(([, p]) => p.cmdline.includes(`--coyotos-driver=${process.pid}`)
        && !p.cmdline.includes('--type=')).map(([pid]) => pid);
    let ticks = 0;
    const pending = [...roots];
    while (pending.length > 0) {
        const pid = pending.pop();
        ticks += processes.get(pid)?.ticks ?? 0;
        for (const [child, p] of processes) {
            if (p.parent === pid) {
                pending.push(child);
            }
        }
    }
    return ticks * 10; // USER_HZ is 100 on Linux
}

function emit(object) {
    process.stdout.write(JSON.stringify(object) + '\n');
}

async function main() {
    const [url, scenarioName, shotDir] = process.argv.slice(2);
    if (!url || !scenarioName || !shotDir) {
        throw new Error('usage: node drive.mjs <file-url-of-index.html-with-query> <scenario> <screenshot-dir>');
    }
    const scenario = scenarios[scenarioName];
    if (!scenario) {
        throw new Error(`unknown scenario '${scenarioName}'; known: ${Object.keys(scenarios).join(', ')}`);
    }
    mkdirSync(shotDir, { recursive: true });

    const spool = mkdtempSync(join(tmpdir(), 'coyotos-drive-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        page.on('console', msg => process.stderr.write(`[page ${msg.type()}] ${msg.text()}\n`));
        const pageErrors = [];
        page.on('pageerror', error => {
            pageErrors.push(error.message);
            process.stderr.write(`[page error] ${error.stack ?? error.message}\n`);
        });

        // The host bridge: installed before the page loads, as SWT does (only sooner).
        const marks = {};
        await page.exposeFunction('coyotosHostSend', json => {
            if (marks.requestModelSent === undefined && json.includes('"requestModel"')) {
                marks.requestModelSent = Date.now();
            }
            emit({ toServer: json });
        });
        deliverStdinInOrder(page, marks, spool);

        emit({ step: `open ${url}` });
        await page.goto(url);
        const shot = name => page.screenshot({ path: join(shotDir, name) });
        const result = await scenario({ page, step: text => emit({ step: text }), shot, cpu: chromiumCpuMillis, marks });
        if (pageErrors.length > 0) {
            throw new Error(`the page threw: ${pageErrors.join(' | ')}`);
        }
        emit({ result });
    } finally {
        await browser.close();
        rmSync(spool, { recursive: true, force: true });
    }
}

// Server messages must reach the page in the order they were sent, so each delivery waits for the previous one.
function deliverStdinInOrder(page, marks, spool) {
    let queue = Promise.resolve();
    let spooled = 0;
    const lines = createInterface({ input: process.stdin });
    lines.on('line', line => {
        if (!line.trim()) {
            return;
        }
        let message;
        try {
            message = JSON.parse(line).toClient;
        } catch (error) {
            emit({ step: `ignored stdin line that is not JSON: ${line.slice(0, 200)}` });
            return;
        }
        if (typeof message !== 'string') {
            emit({ step: 'ignored stdin object without a "toClient" string' });
            return;
        }
        const firstModel = marks.modelArrived === undefined && message.includes('"newRoot"');
        if (firstModel) {
            marks.modelArrived = Date.now();
        }
        queue = queue
            .then(() => message.length < FILE_DELIVERY_CHARS
                ? page.evaluate(m => window.coyotosHostReceive(m), message)
                : deliverThroughFile(page, message, join(spool, `message-${++spooled}.json`)))
            .then(() => {
                if (firstModel) {
                    marks.modelDelivered = Date.now();
                }
            })
            .catch(error => process.stderr.write(`[drive] delivery failed: ${error.message}\n`));
    });
}

async function deliverThroughFile(page, message, file) {
    writeFileSync(file, message);
    try {
        await page.evaluate(url => {
            const request = new XMLHttpRequest();
            request.open('GET', url, false);
            request.overrideMimeType('text/plain; charset=utf-8');
            request.send();
            window.coyotosHostReceive(request.responseText);
        }, pathToFileURL(file).href);
    } finally {
        rmSync(file, { force: true });
    }
}

main().then(
    () => process.exit(0),
    error => {
        emit({ error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
    }
);

// Dev-only check of the diagram page and drive.mjs without the Java server: runs drive.mjs as the
// JUnit test does, with mock-server.mjs answering in the server's place, and checks each result
// against the mock's own model. Needs the page built first (npm run build in the client bundle).
//   npm run selftest            screenshots land in target/selftest/<case>/
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MockGlspServer } from './mock-server.mjs';
import { PROCESS_INIT, layoutModel, spaceModel } from './mock-model.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const page = resolve(here, '../../../bundles/coyotos.studio.diagram.client/web/index.html');

function pageUrl(query) {
    return `${pathToFileURL(page).href}?${new URLSearchParams(query)}`;
}

/** Runs drive.mjs with the mock as server; resolves with the driver's result and the mock. */
function drive(url, scenario, shotDir) {
    const server = new MockGlspServer(text => process.stderr.write(`[mock] ${text}\n`));
    const child = spawn(process.execPath, [join(here, 'drive.mjs'), url, scenario, shotDir], { stdio: ['pipe', 'pipe', 'inherit'] });
    return new Promise((resolvePromise, reject) => {
        let outcome;
        createInterface({ input: child.stdout }).on('line', line => {
            const message = JSON.parse(line);
            if (message.toServer !== undefined) {
                try {
                    for (const json of server.handle(message.toServer)) {
                        child.stdin.write(JSON.stringify({ toClient: json }) + '\n');
                    }
                } catch (error) {
                    outcome = { error: `mock server: ${error.message}` };
                    child.kill();
                }
            } else if (message.step !== undefined) {
                console.log(`  · ${message.step}`);
            } else {
                outcome ??= message;
            }
        });
        child.on('exit', code => {
            if (outcome?.result && code === 0) {
                resolvePromise({ result: outcome.result, server });
            } else {
                reject(new Error(outcome?.error ?? `drive.mjs exited with ${code} and no result`));
            }
        });
    });
}

function count(model, prefix) {
    return model.children.filter(c => c.type.startsWith(prefix)).length;
}

function expect(condition, text) {
    if (!condition) {
        throw new Error(text);
    }
}

function expectScreenshot(dir, name) {
    const file = join(dir, name);
    // An empty page compresses to a few KB; a drawn diagram with a palette is far larger.
    expect(existsSync(file) && statSync(file).size > 15000, `${file} missing or blank`);
    console.log(`  screenshot ${file}`);
}

const cases = [
    {
        name: 'layout-render',
        async run(dir) {
            const url = pageUrl({ diagramType: 'coyotos-layout', sourceUri: 'file:///tmp/system.coyotos', clientId: 'selftest-1' });
            const { result } = await drive(url, 'render', dir);
            const model = layoutModel();
            expect(result.nodes === count(model, 'node:'), `nodes ${result.nodes}, model has ${count(model, 'node:')}`);
            expect(result.edges === count(model, 'edge:'), `edges ${result.edges}, model has ${count(model, 'edge:')}`);
            expectScreenshot(dir, 'rendered.png');
        }
    },
    {
        name: 'space-render',
        async run(dir) {
            const url = pageUrl({ diagramType: 'coyotos-space', sourceUri: 'file:///tmp/system.coyotos', clientId: 'selftest-2', process: PROCESS_INIT });
            const { result } = await drive(url, 'render', dir);
            const model = spaceModel(PROCESS_INIT);
            expect(result.nodes === count(model, 'node:'), `nodes ${result.nodes}, model has ${count(model, 'node:')}`);
            expect(result.edges === count(model, 'edge:'), `edges ${result.edges}, model has ${count(model, 'edge:')}`);
            expectScreenshot(dir, 'rendered.png');
        }
    },
    {
        name: 'create-node-and-edge',
        async run(dir) {
            const url = pageUrl({ diagramType: 'coyotos-layout', sourceUri: 'file:///tmp/system.coyotos', clientId: 'selftest-3' });
            const { result, server } = await drive(url, 'create-node-and-edge', dir);
            const model = server.session('selftest-3').model;
            const node = model.children.find(c => c.id === result.newNode);
            const edge = model.children.find(c => c.id === result.newEdge);
            expect(node?.type === 'node:process', `server has no new process ${result.newNode}`);
            expect(edge?.type === 'edge:entry', `server has no new entry edge ${result.newEdge}`);
            expect(edge.sourceId === node.id, `new edge starts at ${edge.sourceId}, not at the new process`);
            const target = model.children.find(c => c.id === edge.targetId);
            expect(target?.type === 'node:endpoint', `new edge ends at ${target?.type}, not at an endpoint`);
            const created = server.received.filter(a => a.kind === 'createNode' || a.kind === 'createEdge').map(a => a.elementTypeId);
            expect(JSON.stringify(created) === JSON.stringify(['node:process', 'edge:entry']), `page sent creations ${created}`);
            expectScreenshot(dir, 'rendered.png');
            expectScreenshot(dir, 'edited.png');
        }
    }
];

if (!existsSync(page)) {
    console.error(`no page at ${page}: run "npm ci && npm run build" in bundles/coyotos.studio.diagram.client first`);
    process.exit(1);
}
let failed = 0;
for (const testCase of cases) {
    console.log(`${testCase.name}`);
    try {
        await testCase.run(join(here, 'target', 'selftest', testCase.name));
        console.log(`  ok`);
    } catch (error) {
        failed++;
        console.log(`  FAILED: ${error.message}`);
    }
}
console.log(failed === 0 ? 'selftest passed' : `selftest: ${failed} of ${cases.length} failed`);
process.exit(failed === 0 ? 0 : 1);

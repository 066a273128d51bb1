// What drive.mjs does on the page, per scenario. Every click is a real mouse event at an element's
// on-screen box (page.mouse), so the GLSP tools see what a user's mouse would produce.

// Element types of DIAGRAM-PROTOCOL.md; counting by them keeps labels and markers out of the totals.
const NODE_TYPES = ['node:process', 'node:endpoint', 'node:space', 'node:gpt', 'node:page', 'node:cappage'];
const EDGE_TYPES = ['edge:space', 'edge:handler', 'edge:entry', 'edge:recipient', 'edge:slot'];
const TIMEOUT_MS = 90000;

async function waitReady(page, step) {
    step('wait for window.coyotosDiagram.ready');
    await page.waitForFunction(() => window.coyotosDiagram?.ready === true, null, { timeout: TIMEOUT_MS });
    // Let the last render and the palette settle before anything is measured or photographed.
    await page.waitForTimeout(300);
}

function idsOf(page, type) {
    return page.evaluate(t => window.coyotosDiagram.elementIds(t), type);
}

async function countOf(page, types) {
    let total = 0;
    for (const type of types) {
        total += (await idsOf(page, type)).length;
    }
    return total;
}

/** Polls until an id of `type` shows up that was not in `before`. */
async function waitForNewId(page, type, before) {
    const handle = await page.waitForFunction(
        ([t, old]) => window.coyotosDiagram.elementIds(t).find(id => !old.includes(id)),
        [type, before],
        { timeout: TIMEOUT_MS, polling: 100 }
    );
    return handle.jsonValue();
}

async function clickAt(page, point) {
    // Move first, in steps: GLSP tools decide on mouseover/mousemove what is under the pointer.
    await page.mouse.move(point.x, point.y, { steps: 8 });
    await page.mouse.click(point.x, point.y);
}

function centre(box) {
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function clickPaletteTool(page, label, step) {
    step(`click palette tool "${label}"`);
    const button = page.locator('.tool-palette .tool-button').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) });
    if ((await button.count()) !== 1) {
        const labels = await page.locator('.tool-palette .tool-button').allInnerTexts();
        throw new Error(`palette has no single tool "${label}"; it shows: ${JSON.stringify(labels)}`);
    }
    const box = await button.boundingBox();
    if (!box) {
        throw new Error(`palette tool "${label}" is not visible`);
    }
    await clickAt(page, centre(box));
}

function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The on-screen box of a node's outline; sprotty gives each element's <g> a DOM id ending in `_<element id>`. */
async function nodeBox(page, elementId) {
    const box = await page.evaluate(id => {
        const group = [...document.querySelectorAll('g.coyotos-node')].find(g => g.id.endsWith('_' + id));
        const outline = group?.querySelector('.sprotty-node');
        if (!outline) {
            return undefined;
        }
        const r = outline.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
    }, elementId);
    if (!box) {
        throw new Error(`no node with id ${elementId} on the canvas`);
    }
    return box;
}

/** A canvas point with a free area of `size` right and below it: no node, edge, label or palette there. */
async function findEmptyPoint(page, size) {
    const point = await page.evaluate(({ width, height }) => {
        const canvas = document.querySelector('#coyotos-diagram svg.sprotty-graph') ?? document.querySelector('svg');
        const area = canvas.getBoundingClientRect();
        const blockers = [...document.querySelectorAll('g.coyotos-node, .sprotty-edge, .sprotty-label, .tool-palette')]
            .map(el => el.getBoundingClientRect())
            .filter(r => r.width > 0 && r.height > 0);
        const margin = 16;
        const free = (x, y) =>
            x + width < area.right - margin &&
            y + height < area.bottom - margin &&
            blockers.every(r => x + width + margin < r.left || x - margin > r.right || y + height + margin < r.top || y - margin > r.bottom);
        for (let y = area.top + 40; y < area.bottom; y += 20) {
            for (let x = area.left + 40; x < area.right; x += 20) {
                if (free(x, y)) {
                    return { x, y };
                }
            }
        }
        return undefined;
    }, size);
    if (!point) {
        throw new Error('no empty spot on the canvas');
    }
    return point;
}

/**
 * How the server's label boxes fit what Chromium drew: text drawn outside its node's outline (the server
 * measured the text too narrow), and the largest distance of a text's centre from its node's centre.
 */
function labelFit(page) {
    return page.evaluate(() => {
        let outside = 0;
        let worstOffset = 0;
        for (const group of document.querySelectorAll('g.coyotos-node')) {
            const outline = group.querySelector('.sprotty-node')?.getBoundingClientRect();
            if (!outline) {
                continue;
            }
            for (const text of group.querySelectorAll('text.sprotty-label')) {
                const r = text.getBoundingClientRect();
                if (r.left < outline.left - 0.5 || r.right > outline.right + 0.5) {
                    outside++;
                }
                const offset = Math.abs((r.left + r.right) / 2 - (outline.left + outline.right) / 2);
                worstOffset = Math.max(worstOffset, offset);
            }
        }
        return { labelsOutside: outside, worstCentreOffset: Math.round(worstOffset * 10) / 10 };
    });
}

async function render({ page, step, shot, cpu, marks }) {
    // From the page's scripts loaded to the first model drawn: what a user waits for when a diagram opens,
    // and the CPU time Chromium spent on it (a figure the load of a shared machine does not inflate).
    const started = Date.now();
    const cpuBefore = cpu();
    // Polled every 20 ms, not on every animation frame (Playwright's default): polling each frame keeps the
    // page busy for the whole wait, which the host never does, and would count in the page's CPU time.
    await page.waitForFunction(() => window.coyotosDiagram?.ready === true, null, { timeout: TIMEOUT_MS, polling: 20 });
    const readyMillis = Date.now() - started;
    const pageCpuMillis = cpu() - cpuBefore;
    step('drawn');
    // What comes after the first drawing (markers, type hints, a canvas measured late) used to draw it again:
    // a second later, count the drawings and the page's CPU time up to then.
    await page.waitForTimeout(1000);
    const settledCpuMillis = cpu() - cpuBefore;
    const drawings = await page.evaluate(() => window.coyotosDiagram.drawings());
    await waitReady(page, step);
    await shot('rendered.png');
    return {
        drawings,
        settledCpuMillis,
        nodes: await countOf(page, NODE_TYPES),
        edges: await countOf(page, EDGE_TYPES),
        readyMillis,
        pageCpuMillis,
        // milliseconds after page load: the page asked for the model, the model reached the driver, and the
        // page had taken it in (parsed); ready minus that is the page building and drawing it
        requestModelMillis: marks.requestModelSent - started,
        modelArrivedMillis: marks.modelArrived - started,
        modelDeliveredMillis: marks.modelDelivered - started,
        ...(await labelFit(page))
    };
}

async function createNodeAndEdge({ page, step, shot }) {
    await waitReady(page, step);
    await shot('rendered.png');

    const processesBefore = await idsOf(page, 'node:process');
    const endpoints = await idsOf(page, 'node:endpoint');
    if (endpoints.length === 0) {
        throw new Error('the diagram shows no node:endpoint to connect to');
    }
    await clickPaletteTool(page, 'Process', step);
    const spot = await findEmptyPoint(page, { width: 180, height: 90 });
    step(`click empty canvas at ${Math.round(spot.x)},${Math.round(spot.y)}`);
    await clickAt(page, spot);
    const newNode = await waitForNewId(page, 'node:process', processesBefore);
    step(`new process ${newNode}`);
    await page.waitForTimeout(200);

    const entriesBefore = await idsOf(page, 'edge:entry');
    await clickPaletteTool(page, 'Entry capability', step);
    step(`click new process ${newNode}`);
    await clickAt(page, centre(await nodeBox(page, newNode)));
    step(`click endpoint ${endpoints[0]}`);
    await clickAt(page, centre(await nodeBox(page, endpoints[0])));
    const newEdge = await waitForNewId(page, 'edge:entry', entriesBefore);
    step(`new entry capability ${newEdge}`);
    await page.waitForTimeout(300);
    await shot('edited.png');
    return { newNode, newEdge };
}

/**
 * A click on the issue marker of the process the caller broke (its id in the page URL's `marker` parameter)
 * opens the command palette with the server's quick fixes; Enter applies the first.
 */
async function quickFixFromMarker({ page, step, shot }) {
    await waitReady(page, step);
    const target = new URL(page.url()).searchParams.get('marker');
    step(`wait for the issue marker of ${target}`);
    const marker = await page.waitForFunction(id => {
        const group = [...document.querySelectorAll('g.coyotos-node')].find(g => g.id.endsWith('_' + id));
        const issue = group?.querySelector('g.sprotty-issue');
        if (!issue) {
            return undefined;
        }
        const r = issue.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, target, { timeout: TIMEOUT_MS, polling: 100 });
    step('click the issue marker');
    await clickAt(page, await marker.jsonValue());
    step('wait for the quick fixes in the command palette');
    const fix = page.locator('.command-palette-suggestions div', { hasText: 'Quick fix: ' }).first();
    await fix.waitFor({ timeout: TIMEOUT_MS });
    const offered = await page.locator('.command-palette-suggestions div', { hasText: 'Quick fix: ' }).allInnerTexts();
    await shot('quick-fix-palette.png');
    step(`apply "${offered[0]}"`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.command-palette')?.style.visibility !== 'visible'
        && document.querySelector('.command-palette')?.style.display !== 'block', null, { timeout: TIMEOUT_MS });
    await page.waitForTimeout(500);
    await shot('quick-fix-applied.png');
    // sprotty's command palette writes a label's spaces as &nbsp; (command-palette.js); whether innerText gives
    // them back as spaces is up to Chromium, so compare with plain spaces
    return { offered: offered.map(text => text.replace(/\u00a0/g, ' ').trim()) };
}

export const scenarios = {
    render,
    'create-node-and-edge': createNodeAndEdge,
    'quick-fix-from-marker': quickFixFromMarker
};

// Dev-only: the small Coyotos graphs and palettes the mock server serves, shaped as
// DIAGRAM-PROTOCOL.md says the Java server shapes them.
import { randomUUID } from 'node:crypto';

export const PROCESS_INIT = '6b1f2c0e-0d5a-4f0e-9a51-0c4c7c1f0001';
const PROCESS_SHELL = '6b1f2c0e-0d5a-4f0e-9a51-0c4c7c1f0002';
const ENDPOINT_PAGER = '6b1f2c0e-0d5a-4f0e-9a51-0c4c7c1f0003';
const SPACE_ROOT = '6b1f2c0e-0d5a-4f0e-9a51-0c4c7c1f0004';

function labels(id, name, detail) {
    const children = [{ type: 'label:name', id: `${id}_name`, text: name }];
    if (detail) {
        children.push({ type: 'label:detail', id: `${id}_detail`, text: detail });
    }
    return children;
}

export function node(type, id, name, detail, x, y, width, height) {
    return { type, id, position: { x, y }, size: { width, height }, children: labels(id, name, detail) };
}

export function edge(type, id, sourceId, targetId, text, slot) {
    const children = [{ type: 'label:edge', id: `${id}_label`, text }];
    if (slot !== undefined) {
        children.push({ type: 'label:slot', id: `${id}_slot`, text: String(slot) });
    }
    return { type, id, sourceId, targetId, children };
}

export function layoutModel() {
    return {
        type: 'graph',
        id: 'coyotos-layout',
        revision: 0,
        children: [
            node('node:process', PROCESS_INIT, 'init', 'running · handler: endpoint', 60, 60, 190, 64),
            node('node:process', PROCESS_SHELL, 'shell', 'waiting · no handler', 60, 300, 190, 64),
            node('node:endpoint', ENDPOINT_PAGER, 'pager', 'id 3 · pm', 420, 180, 160, 60),
            node('node:space', SPACE_ROOT, 'init space', 'GPT l2v=12', 420, 400, 170, 60),
            edge('edge:entry', `${PROCESS_INIT}#capReg#4`, PROCESS_INIT, ENDPOINT_PAGER, 'cr4'),
            edge('edge:handler', `${PROCESS_SHELL}#handler`, PROCESS_SHELL, PROCESS_INIT, 'handler'),
            edge('edge:recipient', `${ENDPOINT_PAGER}#recipient`, ENDPOINT_PAGER, PROCESS_SHELL, 'recipient'),
            edge('edge:space', `${PROCESS_INIT}#space`, PROCESS_INIT, SPACE_ROOT, 'l2g 16'),
            edge('edge:space', `${PROCESS_SHELL}#space`, PROCESS_SHELL, SPACE_ROOT, 'l2g 16')
        ]
    };
}

/** The address space of one process: process → GPT → pages and a capability page. */
export function spaceModel(processId) {
    const gpt = 'a0a0a0a0-0000-4000-8000-000000000001';
    const page0 = 'a0a0a0a0-0000-4000-8000-000000000002';
    const page1 = 'a0a0a0a0-0000-4000-8000-000000000003';
    const capPage = 'a0a0a0a0-0000-4000-8000-000000000004';
    const proc = node('node:process', processId, 'init', 'running · handler: endpoint', 40, 40, 190, 64);
    proc.cssClasses = ['coyotos-selected-process'];
    const warnPage = node('node:page', page1, 'stack', undefined, 560, 260, 120, 56);
    warnPage.cssClasses = ['coyotos-warning'];
    return {
        type: 'graph',
        id: 'coyotos-space',
        revision: 0,
        children: [
            proc,
            node('node:gpt', gpt, 'root', 'l2v 12 · ha · bg', 300, 160, 170, 60),
            node('node:page', page0, 'text', undefined, 560, 100, 120, 56),
            warnPage,
            node('node:cappage', capPage, 'caps', undefined, 300, 360, 140, 56),
            edge('edge:space', `${processId}#space`, processId, gpt, 'l2g 16'),
            edge('edge:slot', `${gpt}#slots#0`, gpt, page0, 'guard 0x0/12 · RO', 0),
            edge('edge:slot', `${gpt}#slots#1`, gpt, page1, 'guard 0x1000/12', 1),
            edge('edge:slot', `${gpt}#slots#2`, gpt, capPage, 'weak', 2)
        ]
    };
}

function paletteGroup(id, label, tools) {
    return {
        id,
        label,
        sortString: id,
        actions: [],
        children: tools.map(([kind, elementTypeId, toolLabel], i) => ({
            id: `${id}.${i}`,
            label: toolLabel,
            sortString: String.fromCharCode(97 + i),
            actions: [{ kind, elementTypeId, args: {} }]
        }))
    };
}

const NODE = 'triggerNodeCreation';
const EDGE = 'triggerEdgeCreation';

/** Tool palettes with the labels DIAGRAM-PROTOCOL.md fixes. */
export const PALETTES = {
    'coyotos-layout': [
        paletteGroup('a-nodes', 'Nodes', [
            [NODE, 'node:process', 'Process'],
            [NODE, 'node:endpoint', 'Endpoint'],
            [NODE, 'node:space', 'Address space (GPT)']
        ]),
        paletteGroup('b-edges', 'Capabilities', [
            [EDGE, 'edge:space', 'Address space'],
            [EDGE, 'edge:handler', 'Fault handler'],
            [EDGE, 'edge:entry', 'Entry capability'],
            [EDGE, 'edge:recipient', 'Recipient']
        ])
    ],
    'coyotos-space': [
        paletteGroup('a-nodes', 'Nodes', [
            [NODE, 'node:gpt', 'GPT'],
            [NODE, 'node:page', 'Page'],
            [NODE, 'node:cappage', 'Capability page']
        ]),
        paletteGroup('b-edges', 'Capabilities', [[EDGE, 'edge:slot', 'Slot capability']])
    ]
};

const shape = (elementTypeId, containable) => ({
    elementTypeId,
    deletable: true,
    repositionable: true,
    resizable: true,
    reparentable: false,
    ...(containable ? { containableElementTypeIds: containable } : {})
});
const edgeHint = (elementTypeId, sourceElementTypeIds, targetElementTypeIds) => ({
    elementTypeId,
    deletable: true,
    repositionable: false,
    routable: true,
    sourceElementTypeIds,
    targetElementTypeIds
});

/** Which edge may join which nodes: the table of DIAGRAM-PROTOCOL.md. */
export const TYPE_HINTS = {
    shapeHints: ['node:process', 'node:endpoint', 'node:space', 'node:gpt', 'node:page', 'node:cappage'].map(t => shape(t)),
    edgeHints: [
        edgeHint('edge:space', ['node:process'], ['node:space', 'node:gpt']),
        edgeHint('edge:handler', ['node:process'], ['node:endpoint', 'node:process']),
        edgeHint('edge:entry', ['node:process'], ['node:endpoint']),
        edgeHint('edge:recipient', ['node:endpoint'], ['node:process']),
        edgeHint('edge:slot', ['node:gpt', 'node:cappage'], ['node:gpt', 'node:page', 'node:cappage'])
    ]
};

const NEW_NODE = {
    'node:process': ['process', 'stopped · no handler', 190, 64],
    'node:endpoint': ['endpoint', 'id 0', 160, 60],
    'node:space': ['space', 'GPT l2v=12', 170, 60],
    'node:gpt': ['gpt', 'l2v 12', 170, 60],
    'node:page': ['page', undefined, 120, 56],
    'node:cappage': ['cappage', undefined, 140, 56]
};

export function newNode(elementTypeId, location, count) {
    const [name, detail, width, height] = NEW_NODE[elementTypeId] ?? [];
    if (!name) {
        throw new Error(`cannot create node of type ${elementTypeId}`);
    }
    const at = location ?? { x: 0, y: 0 };
    return node(elementTypeId, randomUUID(), `${name} ${count}`, detail, at.x, at.y, width, height);
}

// Dev-only stand-in for the Java GLSP server, so the page can be checked without Eclipse.
// It speaks JSON-RPC as GLSP 2.x does (initialize, initializeClientSession, `process` notifications)
// and follows the server's client-layout flow: model → RequestBoundsAction → ComputedBoundsAction →
// SetModelAction (first time) or UpdateModelAction (after an edit).
import { PALETTES, TYPE_HINTS, edge, layoutModel, newNode, spaceModel } from './mock-model.mjs';

const PROTOCOL_VERSION = '1.0.0';
// The action kinds this mock really handles; the page forwards exactly these to the server.
const SERVER_ACTIONS = [
    'requestModel',
    'computedBounds',
    'requestContextActions',
    'requestTypeHints',
    'createNode',
    'createEdge',
    'deleteElement',
    'changeBounds',
    'applyLabelEdit',
    'requestEditValidation',
    'layout',
    'glspUndo',
    'glspRedo'
];

export class MockGlspServer {
    constructor(log = () => {}) {
        this.log = log;
        this.sessions = new Map();
        /** Every action the page sent, for the self test to inspect. */
        this.received = [];
    }

    /** Takes one JSON-RPC message from the page; returns the messages to send back, in order. */
    handle(json) {
        const message = JSON.parse(json);
        const out = [];
        const reply = result => out.push({ jsonrpc: '2.0', id: message.id, result });
        switch (message.method) {
            case 'initialize':
                reply({
                    protocolVersion: PROTOCOL_VERSION,
                    serverActions: { 'coyotos-layout': SERVER_ACTIONS, 'coyotos-space': SERVER_ACTIONS }
                });
                break;
            case 'initializeClientSession':
                this.sessions.set(message.params.clientSessionId, { diagramType: message.params.diagramType, history: [], future: [] });
                reply(null);
                break;
            case 'disposeClientSession':
                this.sessions.delete(message.params.clientSessionId);
                reply(null);
                break;
            case 'process':
                this.received.push(message.params.action);
                for (const action of this.process(message.params.clientId, message.params.action)) {
                    out.push({ jsonrpc: '2.0', method: 'process', params: { clientId: message.params.clientId, action } });
                }
                break;
            case 'shutdown':
                break;
            default:
                if (message.id !== undefined) {
                    out.push({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: `no method ${message.method}` } });
                }
        }
        return out.map(m => JSON.stringify(m));
    }

    session(clientId) {
        const session = this.sessions.get(clientId);
        if (!session) {
            throw new Error(`action for unknown client session ${clientId}`);
        }
        return session;
    }

    /** Returns the actions to send to the page in answer to one action. */
    process(clientId, action) {
        const session = this.session(clientId);
        switch (action.kind) {
            case 'requestModel':
                return this.requestModel(session, action);
            case 'computedBounds':
                return this.computedBounds(session, action);
            case 'requestContextActions':
                return [{
                    kind: 'setContextActions',
                    responseId: action.requestId,
                    actions: action.contextId === 'tool-palette' ? PALETTES[session.diagramType] : [],
                    args: {}
                }];
            case 'requestTypeHints':
                return [{ kind: 'setTypeHints', responseId: action.requestId, ...TYPE_HINTS }];
            case 'createNode':
                return this.edit(session, model => model.children.push(newNode(action.elementTypeId, action.location, model.children.length + 1)));
            case 'createEdge':
                return this.edit(session, model => model.children.push(this.newEdge(model, action)));
            case 'deleteElement':
                return this.edit(session, model => deleteElements(model, action.elementIds));
            case 'changeBounds':
                return this.edit(session, model => action.newBounds.forEach(b => applyBounds(model, b)));
            case 'applyLabelEdit':
                return this.edit(session, model => (findById(model, action.labelId).text = action.text));
            case 'requestEditValidation':
                return [{ kind: 'setEditValidationResult', responseId: action.requestId, status: { severity: 'OK' }, args: {} }];
            case 'layout':
                return this.edit(session, model => gridLayout(model));
            case 'glspUndo':
                return this.undoRedo(session, session.history, session.future);
            case 'glspRedo':
                return this.undoRedo(session, session.future, session.history);
            default:
                this.log(`mock server ignores action ${action.kind}`);
                return [];
        }
    }

    requestModel(session, action) {
        const options = action.options ?? {};
        if (options.diagramType !== session.diagramType || !options.sourceUri) {
            throw new Error(`requestModel options do not match the session: ${JSON.stringify(options)}`);
        }
        if (session.diagramType === 'coyotos-space') {
            // The page must pass the process as a plain option (DIAGRAM-PROTOCOL.md).
            if (typeof options.process !== 'string') {
                throw new Error(`coyotos-space requestModel lacks the process option: ${JSON.stringify(options)}`);
            }
            session.model = spaceModel(options.process);
        } else {
            session.model = layoutModel();
        }
        session.initialRequestId = action.requestId;
        return this.requestBounds(session);
    }

    requestBounds(session) {
        session.model.revision += 1;
        return [{ kind: 'requestBounds', newRoot: clone(session.model), requestId: '' }];
    }

    computedBounds(session, action) {
        if (action.revision !== undefined && action.revision !== session.model.revision) {
            this.log(`stale computedBounds for revision ${action.revision}`);
            return [];
        }
        action.bounds.forEach(b => applyBounds(session.model, b));
        (action.alignments ?? []).forEach(a => (findById(session.model, a.elementId).alignment = a.newAlignment));
        if (!session.shown) {
            session.shown = true;
            return [{ kind: 'setModel', newRoot: clone(session.model), responseId: session.initialRequestId ?? '' }];
        }
        return [{ kind: 'updateModel', newRoot: clone(session.model), animate: true }];
    }

    /** Applies one command to the model, remembering the state before it for undo. */
    edit(session, change) {
        session.history.push(clone(session.model));
        session.future = [];
        change(session.model);
        return this.requestBounds(session);
    }

    undoRedo(session, from, to) {
        const state = from.pop();
        if (!state) {
            return [];
        }
        to.push(clone(session.model));
        state.revision = session.model.revision;
        session.model = state;
        return this.requestBounds(session);
    }

    newEdge(model, action) {
        const hint = TYPE_HINTS.edgeHints.find(h => h.elementTypeId === action.elementTypeId);
        const source = findById(model, action.sourceElementId);
        const target = findById(model, action.targetElementId);
        if (!hint || !hint.sourceElementTypeIds.includes(source.type) || !hint.targetElementTypeIds.includes(target.type)) {
            throw new Error(`${action.elementTypeId} may not join ${source.type} to ${target.type}`);
        }
        const feature = action.elementTypeId.substring(5);
        const siblings = model.children.filter(c => c.id.startsWith(`${source.id}#${feature}`)).length;
        const text = feature === 'entry' ? `cr${siblings}` : feature;
        return edge(action.elementTypeId, `${source.id}#${feature}#${siblings}`, source.id, target.id, text);
    }
}

function clone(value) {
    return JSON.parse(JSON.stringify(value));
}

function findById(parent, id) {
    for (const child of parent.children ?? []) {
        if (child.id === id) {
            return child;
        }
        const inner = findById(child, id);
        if (inner) {
            return inner;
        }
    }
    if (parent.id === id) {
        return parent;
    }
    return undefined;
}

function applyBounds(model, { elementId, newSize, newPosition }) {
    const element = findById(model, elementId);
    if (!element) {
        return;
    }
    if (newSize) {
        element.size = newSize;
    }
    if (newPosition) {
        element.position = newPosition;
    }
}

function deleteElements(model, ids) {
    const gone = new Set(ids);
    model.children = model.children.filter(c => !gone.has(c.id) && !gone.has(c.sourceId) && !gone.has(c.targetId));
}

function gridLayout(model) {
    model.children
        .filter(c => c.type.startsWith('node:'))
        .forEach((n, i) => (n.position = { x: 60 + (i % 3) * 280, y: 60 + Math.floor(i / 3) * 180 }));
}

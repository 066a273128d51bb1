/**
 * The diagram session the host asked for, read from the page URL query
 * (see DIAGRAM-PROTOCOL.md, "The host bridge").
 */
export interface DiagramSession {
    diagramType: string;
    sourceUri: string;
    clientId: string;
    /** xmi:id of the process whose address space a `coyotos-space` diagram shows. */
    process?: string;
}

export function readSession(search: string = window.location.search): DiagramSession {
    const query = new URLSearchParams(search);
    const diagramType = query.get('diagramType');
    const sourceUri = query.get('sourceUri');
    if (!diagramType || !sourceUri) {
        // Without these the server cannot open a session; say so instead of showing an empty canvas.
        throw new Error(`page URL lacks diagramType or sourceUri: ${search}`);
    }
    const process = query.get('process') ?? undefined;
    // The clientId names the server-side session; invent one only when the host did not choose it.
    const clientId = query.get('clientId') ?? `coyotos-${Date.now().toString(36)}`;
    return { diagramType, sourceUri, clientId, process };
}

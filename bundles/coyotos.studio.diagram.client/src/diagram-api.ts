/**
 * `window.coyotosDiagram`: what the Eclipse toolbar and the tests call (DIAGRAM-PROTOCOL.md), and
 * forwarding of selection changes to `window.coyotosHostSelection`.
 */
import {
    EditorContextService,
    FitToScreenAction,
    GLSPActionDispatcher,
    GModelRoot,
    LayoutOperation,
    RequestExportSvgAction,
    SelectAction,
    SelectionService,
    SetViewportAction
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { DrawingCounter } from './first-drawing';
import { hostLog } from './host';

export interface CoyotosDiagramApi {
    ready: boolean;
    layout(): void;
    fit(): void;
    zoom(factor: number): void;
    exportSvg(): void;
    selectedIds(): string[];
    select(ids: string[]): void;
    elementIds(type?: string): string[];
    /** How often the page has drawn the diagram (not counting the empty page before the first model). */
    drawings(): number;
}

declare global {
    interface Window {
        coyotosDiagram?: CoyotosDiagramApi;
    }
}

const ZOOM_LIMITS = { min: 0.1, max: 20 };

interface ViewportRoot extends GModelRoot {
    scroll: { x: number; y: number };
    zoom: number;
}

function isViewportRoot(root: GModelRoot): root is ViewportRoot {
    return 'zoom' in root && 'scroll' in root;
}

export function createDiagramApi(container: Container): CoyotosDiagramApi {
    const dispatcher = container.get(GLSPActionDispatcher);
    const editorContext = container.get(EditorContextService);
    const selection = container.get(SelectionService);
    const drawingCounter = container.get(DrawingCounter);
    // Errors in a toolbar call must reach the host log, not vanish in a rejected promise.
    const dispatch = (...actions: Parameters<GLSPActionDispatcher['dispatchAll']>[0]): void => {
        dispatcher.dispatchAll(actions).catch(error => hostLog('error', `dispatch failed: ${String(error)}`));
    };
    return {
        ready: false,
        layout: () => dispatch(LayoutOperation.create()),
        fit: () => dispatch(FitToScreenAction.create([], { padding: 20, maxZoom: 1.5, animate: false })),
        zoom: (factor: number) => {
            const root = editorContext.modelRoot;
            if (!isViewportRoot(root) || !(factor > 0)) {
                return;
            }
            const zoom = Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, root.zoom * factor));
            // Keep the point in the middle of the canvas where it is.
            const half = { x: root.canvasBounds.width / 2, y: root.canvasBounds.height / 2 };
            const centre = { x: root.scroll.x + half.x / root.zoom, y: root.scroll.y + half.y / root.zoom };
            const scroll = { x: centre.x - half.x / zoom, y: centre.y - half.y / zoom };
            dispatch(SetViewportAction.create(root.id, { scroll, zoom }, { animate: false }));
        },
        exportSvg: () => dispatch(RequestExportSvgAction.create()),
        selectedIds: () => selection.getSelectedElementIDs(),
        select: (ids: string[]) => dispatch(SelectAction.setSelection(ids)),
        elementIds: (type?: string) =>
            [...editorContext.modelRoot.index.all()]
                .filter(element => element !== editorContext.modelRoot && (type === undefined || element.type === type))
                .map(element => element.id),
        drawings: () => drawingCounter.drawings
    };
}

/** Tells the host about every selection change, so Eclipse's Properties view can follow. */
export function forwardSelectionToHost(container: Container): void {
    container.get(SelectionService).onSelectionChanged(change => {
        if (typeof window.coyotosHostSelection !== 'function') {
            return;
        }
        try {
            window.coyotosHostSelection(JSON.stringify(change.selectedElements));
        } catch (error) {
            hostLog('error', `coyotosHostSelection failed: ${String(error)}`);
        }
    });
}

/**
 * Model classes for the Coyotos element types. The server sizes and places every label (it sends each
 * label's position, size and anchor), so these only add what the views need beyond GLSP's defaults.
 */
import { GNode } from '@eclipse-glsp/client';
import { HEXAGON_ANCHOR_KIND } from './hexagon';

/** Endpoints are hexagons: edges end on the hexagon's outline, not on its bounding box. */
export class EndpointNode extends GNode {
    override get anchorKind(): string {
        return HEXAGON_ANCHOR_KIND;
    }
}

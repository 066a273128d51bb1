/**
 * Model classes for the Coyotos element types and the factory that builds them. The server sizes and places every
 * label (it sends each label's position, size and anchor), so these only add what the views need beyond GLSP's
 * defaults.
 */
import { GChildElement, GIssueMarker, GModelElementSchema, GModelFactory, GNode, GParentElement, isBoundsAware } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { HEXAGON_ANCHOR_KIND } from './hexagon';

/** Endpoints are hexagons: edges end on the hexagon's outline, not on its bounding box. */
export class EndpointNode extends GNode {
    override get anchorKind(): string {
        return HEXAGON_ANCHOR_KIND;
    }
}

/**
 * Builds the page's model from what the server sends. An issue marker arrives inside the model (one issue per
 * rule finding; the server sends no SetMarkersAction, whose markers the page would add with a second drawing of
 * the whole diagram): it gets what GLSP's ApplyMarkersCommand gives a marker it creates, the severity classes of
 * its scroll-bar projection and its element's box as the projected bounds.
 */
@injectable()
export class CoyotosModelFactory extends GModelFactory {
    protected override initializeChild(child: GChildElement, schema: GModelElementSchema, parent?: GParentElement): GChildElement {
        super.initializeChild(child, schema, parent);
        if (child instanceof GIssueMarker) {
            child.computeProjectionCssClasses();
            if (parent && isBoundsAware(parent)) {
                child.projectedBounds = parent.parentToLocal(parent.bounds);
            }
        }
        return child;
    }
}

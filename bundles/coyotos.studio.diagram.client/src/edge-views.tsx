/** @jsx svg */
/**
 * Edges: one view, told by its type how to draw the line end. Dash patterns and weights per edge
 * type live in diagram.css (`coyotos-edge-<kind>` classes), so the exported SVG carries them too.
 */
import { GEdge, GEdgeView, Point, RenderingContext, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { Classes, VNode } from 'snabbdom';

/** The part after `edge:`, e.g. `entry` for `edge:entry`. */
function edgeKind(edge: Readonly<GEdge>): string {
    return edge.type.startsWith('edge:') ? edge.type.substring(5) : 'generic';
}

@injectable()
export class CoyotosEdgeView extends GEdgeView {
    // GEdgeView spreads these into the <g>'s JSX attributes, so each key needs the `class-` prefix.
    protected override additionalClasses(edge: Readonly<GEdge>, _context: RenderingContext): Classes {
        return { [`class-coyotos-edge-${edgeKind(edge)}`]: true, 'class-coyotos-edge': true };
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const additionals = super.renderAdditionals(edge, segments, context);
        if (segments.length >= 2) {
            additionals.push(this.arrowHead(edgeKind(edge), segments[segments.length - 2], segments[segments.length - 1]));
        }
        return additionals;
    }

    /** Capabilities point at what they designate: filled head for entry/space/slot, open head for handler/recipient. */
    protected arrowHead(kind: string, from: Point, to: Point): VNode {
        const degrees = (Math.atan2(from.y - to.y, from.x - to.x) * 180) / Math.PI;
        const open = kind === 'handler' || kind === 'recipient';
        const d = open ? 'M 10,-5 L 0,0 L 10,5' : 'M 0,0 L 10,-4.5 L 10,4.5 Z';
        return (
            <path
                class-coyotos-arrow={true}
                class-coyotos-arrow-open={open}
                d={d}
                transform={`translate(${to.x} ${to.y}) rotate(${degrees})`}
            />
        );
    }
}

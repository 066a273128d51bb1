/** @jsx svg */
/**
 * Edges: one view, told by its type how to draw the line end. Dash patterns and weights per edge
 * type live in diagram.css (`coyotos-edge-<kind>` classes), so the exported SVG carries them too.
 */
import { GEdge, IViewArgs, Point, PolylineEdgeView, RenderingContext, getAbsoluteBounds, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { Classes, VNode } from 'snabbdom';

/** How far (canvas pixels) an edge's labels can reach beyond its route: the widest label and its offset. */
const LABEL_REACH = 160;

/** The part after `edge:`, e.g. `entry` for `edge:entry`. */
function edgeKind(edge: Readonly<GEdge>): string {
    return edge.type.startsWith('edge:') ? edge.type.substring(5) : 'generic';
}

@injectable()
export class CoyotosEdgeView extends PolylineEdgeView {
    /**
     * GLSP's views route every edge and draw it even off screen; on a 2,000-edge diagram that was half of the
     * first drawing. An edge without routing points (all of ours: the page routes them from the nodes' outlines)
     * lies within the box around its two ends, so an edge whose ends are both far off the canvas is neither
     * routed nor drawn, labels included (sprotty skips off-screen nodes the same way); scrolling or zooming
     * draws it again.
     */
    override render(edge: Readonly<GEdge>, context: RenderingContext, args?: IViewArgs): VNode | undefined {
        if (!this.endsNearCanvas(edge, context)) {
            return undefined;
        }
        const route = this.edgeRouterRegistry.route(edge, args);
        if (route.length === 0) {
            return this.renderDanglingEdge('Cannot compute route', edge, context);
        }
        return (
            <g class-sprotty-edge={true} class-mouseover={edge.hoverFeedback} {...this.kindClasses(edge)}>
                {this.renderLine(edge, route, context)}
                {this.renderAdditionals(edge, route, context)}
                {context.renderChildren(edge, { route })}
            </g>
        );
    }

    protected endsNearCanvas(edge: Readonly<GEdge>, context: RenderingContext): boolean {
        if (context.targetKind === 'hidden' || edge.routingPoints.length > 0 || !edge.source || !edge.target) {
            return true;
        }
        const a = getAbsoluteBounds(edge.source);
        const b = getAbsoluteBounds(edge.target);
        const canvas = edge.root.canvasBounds;
        return Math.min(a.x, b.x) <= canvas.width + LABEL_REACH
            && Math.max(a.x + a.width, b.x + b.width) >= -LABEL_REACH
            && Math.min(a.y, b.y) <= canvas.height + LABEL_REACH
            && Math.max(a.y + a.height, b.y + b.height) >= -LABEL_REACH;
    }

    // Spread into the <g>'s JSX attributes, so each key needs the `class-` prefix.
    protected kindClasses(edge: Readonly<GEdge>): Classes {
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

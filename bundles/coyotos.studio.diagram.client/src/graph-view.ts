/**
 * The graph: GLSP's projection view (scroll bars with the projections of marked elements) without the
 * up-front routing of every edge. GLSP routes all edges before drawing any; here each edge view routes only
 * the edge it draws (CoyotosEdgeView), which on a large diagram are the few near the canvas.
 */
import { GLSPProjectionView, GViewportRootElement, RenderingContext } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode, h } from 'snabbdom';

const SVG_NS = 'http://www.w3.org/2000/svg';

@injectable()
export class CoyotosGraphView extends GLSPProjectionView {
    protected override renderSvg(model: Readonly<GViewportRootElement>, context: RenderingContext): VNode {
        const transform = `scale(${model.zoom}) translate(${-model.scroll.x},${-model.scroll.y})`;
        return h(
            'svg',
            { ns: SVG_NS, style: { height: '100%', ...this.getGridStyle(model, context) }, class: { 'sprotty-graph': true } },
            h('g', { ns: SVG_NS, attrs: { transform } }, context.renderChildren(model))
        );
    }
}

/** @jsx svg */
/**
 * One SVG view per Coyotos node type (DIAGRAM-PROTOCOL.md, "Element types"). Every view draws its
 * outline with the sprotty classes (`sprotty-node`, `selected`, `mouseover`) so selection, hover and the
 * validation classes `error`/`warning` are styled by diagram.css, then renders the
 * children (labels, issue markers) that the layout placed.
 */
import { GLabel, GNode, RenderingContext, ShapeView, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { hexagonCorners } from './hexagon';

abstract class CoyotosNodeView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const { width, height } = this.size(node);
        return (
            <g class={{ 'coyotos-node': true, [`coyotos-${nodeKind(node)}`]: true }}>
                {this.shape(node, width, height)}
                {context.renderChildren(node)}
            </g>
        );
    }

    /** The outline and decorations, drawn below the labels. */
    protected abstract shape(node: Readonly<GNode>, width: number, height: number): VNode[];

    /** The element classes the stylesheet keys on; the first path of every shape carries them. */
    protected outlineClasses(node: Readonly<GNode>): Record<string, boolean> {
        return { 'sprotty-node': true, selected: node.selected, mouseover: node.hoverFeedback };
    }

    private size(node: Readonly<GNode>): { width: number; height: number } {
        // Before the first bounds computation the size is -1; draw nothing negative.
        return { width: Math.max(node.size.width, 0), height: Math.max(node.size.height, 0) };
    }
}

/** Rounded rectangle with a tinted header band behind the name. */
@injectable()
export class ProcessNodeView extends CoyotosNodeView {
    protected shape(node: Readonly<GNode>, width: number, height: number): VNode[] {
        const header = Math.min(height, headerHeight(node));
        return [
            <rect class={this.outlineClasses(node)} x={0} y={0} width={width} height={height} rx={8} ry={8} />,
            <path class-coyotos-header={true} d={`M0,${header} V8 A8,8 0 0 1 8,0 H${width - 8} A8,8 0 0 1 ${width},8 V${header} Z`} />,
            <line class-coyotos-header-rule={true} x1={0} y1={header} x2={width} y2={header} />
        ];
    }
}

/** Hexagon: pointed left and right, so an endpoint never reads as a process. */
@injectable()
export class EndpointNodeView extends CoyotosNodeView {
    protected shape(node: Readonly<GNode>, width: number, height: number): VNode[] {
        const points = hexagonCorners(width, height).map(p => `${p.x},${p.y}`).join(' ');
        return [<polygon class={this.outlineClasses(node)} points={points} />];
    }
}

/** Rectangle with a 4×2 slot-grid glyph in the top right corner: a GPT is a table of capability slots. */
@injectable()
export class SlotTableNodeView extends CoyotosNodeView {
    protected shape(node: Readonly<GNode>, width: number, height: number): VNode[] {
        const cell = 4;
        const gap = 1;
        const x0 = width - 6 - 4 * (cell + gap);
        const cells: VNode[] = [];
        for (let row = 0; row < 2; row++) {
            for (let col = 0; col < 4; col++) {
                cells.push(<rect class-coyotos-slot-cell={true} x={x0 + col * (cell + gap)} y={6 + row * (cell + gap)} width={cell} height={cell} />);
            }
        }
        return [<rect class={this.outlineClasses(node)} x={0} y={0} width={width} height={height} rx={2} ry={2} />, ...cells];
    }
}

/** Rectangle with a folded top-right corner, the usual sign for a page of memory. */
@injectable()
export class PageNodeView extends CoyotosNodeView {
    protected shape(node: Readonly<GNode>, width: number, height: number): VNode[] {
        const fold = Math.min(12, width / 3, height / 3);
        return [
            <path class={this.outlineClasses(node)} d={`M0,0 H${width - fold} L${width},${fold} V${height} H0 Z`} />,
            <path class-coyotos-fold={true} d={`M${width - fold},0 V${fold} H${width}`} />
        ];
    }
}

/** Double-bordered rectangle: a capability page holds capabilities, not data. */
@injectable()
export class CapPageNodeView extends CoyotosNodeView {
    protected shape(node: Readonly<GNode>, width: number, height: number): VNode[] {
        return [
            <rect class={this.outlineClasses(node)} x={0} y={0} width={width} height={height} />,
            <rect class-coyotos-inner-border={true} x={3} y={3} width={Math.max(width - 6, 0)} height={Math.max(height - 6, 0)} />
        ];
    }
}

/** The part after `node:`, e.g. `process`; the stylesheet picks colours by it. */
function nodeKind(node: Readonly<GNode>): string {
    return node.type.startsWith('node:') ? node.type.substring(5) : 'generic';
}

/** Height of the header band: down to just below the name label, once the layout has placed it. */
function headerHeight(node: Readonly<GNode>): number {
    const name = node.children.find(child => child instanceof GLabel && child.type === 'label:name') as GLabel | undefined;
    if (!name || name.size.height <= 0) {
        return 24;
    }
    return name.position.y + name.size.height + 3;
}

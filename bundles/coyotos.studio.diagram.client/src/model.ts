/**
 * Model classes for the Coyotos element types. They only add client-side defaults; anything the
 * server sends (layout, layoutOptions, edgePlacement) overrides them, because sprotty copies the
 * schema's properties onto the instance after construction.
 */
import { EdgePlacement, GLabel, GNode, ModelLayoutOptions } from '@eclipse-glsp/client';
import { HEXAGON_ANCHOR_KIND } from './hexagon';

/**
 * Stacks `label:name` over `label:detail` so labels never sit on each other or on the header line.
 * GLSP's vbox layout sizes a node from `prefWidth`/`prefHeight` and its children, not from `size`;
 * so unless the server sets them, the size the server sent is offered as the preferred size: the
 * node keeps it, and grows only when its labels need more room.
 */
export class CoyotosNode extends GNode {
    override layout = 'vbox';

    constructor() {
        super();
        let serverOptions: ModelLayoutOptions | undefined;
        // An accessor, because sprotty assigns the schema's `layoutOptions` after construction.
        Object.defineProperty(this, 'layoutOptions', {
            configurable: true,
            enumerable: true,
            get: (): ModelLayoutOptions => ({ ...this.defaultLayoutOptions(), ...this.sizeAsPreferred(), ...serverOptions }),
            set: (options: ModelLayoutOptions | undefined) => (serverOptions = options)
        });
    }

    protected defaultLayoutOptions(): ModelLayoutOptions {
        return {
            hAlign: 'center',
            resizeContainer: true,
            paddingTop: 6,
            paddingBottom: 8,
            paddingLeft: 12,
            paddingRight: 12,
            vGap: 6,
            minWidth: 80,
            minHeight: 36
        };
    }

    private sizeAsPreferred(): ModelLayoutOptions {
        const { width, height } = this.size;
        return width > 0 && height > 0 ? { prefWidth: width, prefHeight: height } : {};
    }
}

/** Endpoints are hexagons: keep the text clear of the slanted sides and roughly mid-height. */
export class EndpointNode extends CoyotosNode {
    // Edges end on the hexagon's outline, not on its bounding box.
    override get anchorKind(): string {
        return HEXAGON_ANCHOR_KIND;
    }

    protected override defaultLayoutOptions(): ModelLayoutOptions {
        return { ...super.defaultLayoutOptions(), paddingLeft: 24, paddingRight: 24, paddingTop: 10 };
    }
}

/** Space/GPT nodes carry a slot-grid glyph in the top right corner; symmetric padding keeps text centred and off it. */
export class SlotTableNode extends CoyotosNode {
    protected override defaultLayoutOptions(): ModelLayoutOptions {
        return { ...super.defaultLayoutOptions(), paddingLeft: 32, paddingRight: 32 };
    }
}

/** Pages have a folded top-right corner. */
export class PageNode extends CoyotosNode {
    protected override defaultLayoutOptions(): ModelLayoutOptions {
        return { ...super.defaultLayoutOptions(), paddingLeft: 18, paddingRight: 18 };
    }
}

/** Edge text (`label:edge`) sits beside the middle of the line. */
export class EdgeTextLabel extends GLabel {
    edgePlacement: EdgePlacement = { position: 0.55, side: 'top', rotate: false, offset: 4 };
}

/**
 * Slot index (`label:slot`) sits on the line near the source end, where a slot belongs; on the line
 * (with the stylesheet's halo) it stays clear of the edge text even on short, slanted edges.
 */
export class SlotIndexLabel extends GLabel {
    edgePlacement: EdgePlacement = { position: 0.15, side: 'on', rotate: false, offset: 0 };
}

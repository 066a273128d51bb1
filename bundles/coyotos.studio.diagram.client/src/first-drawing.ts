/**
 * What it takes for the page to draw a diagram once when its model arrives, with its markers, type hints and
 * scroll bars in place, instead of drawing it again for each (a 2,000-node diagram costs ~0.3 s a drawing):
 * - the model carries its issue markers (CoyotosModelFactory), so no SetMarkersAction follows it;
 * - the type hints are asked for before the model, so they are applied as part of setting it;
 * - a new model comes with the canvas size measured, so sprotty does not draw it, measure the canvas and draw
 *   it again (the model counts as initialized once drawn, DrawnModelConstraint).
 * DrawingCounter counts the drawings, for the tests and the benchmark.
 */
import {
    Action,
    CommandExecutionContext,
    Dimension,
    EMPTY_ROOT,
    FeatureModule,
    FeedbackAwareSetModelCommand,
    GModelElement,
    GModelRoot,
    IVNodePostprocessor,
    ModelInitializationConstraint,
    RequestTypeHintsAction,
    SetModelCommand,
    TYPES,
    TypeHintProvider,
    bindAsService
} from '@eclipse-glsp/client';
import type { ViewerOptions } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { VNode } from 'snabbdom';

/** Sends requestTypeHints ahead of requestModel (GLSP sends it after), without waiting for the answer. */
@injectable()
export class TypeHintsFirstProvider extends TypeHintProvider {
    async preRequestModel(): Promise<void> {
        // The server answers in the order it was asked: the hints arrive before the model.
        this.actionDispatcher.request(RequestTypeHintsAction.create()).then(hints => this.handle(hints));
    }

    override async postRequestModel(): Promise<void> {
        // asked for already
    }
}

/**
 * Sets the model as GLSP does, with the canvas bounds already in place: those of the page's diagram div, which
 * the graph view fills (theme.css), measured as sprotty's CanvasBoundsInitializer measures the drawn graph. Without
 * them sprotty draws the model, measures the canvas, and draws it again; and its SetModelCommand holds every
 * later action back until that measurement, which nothing needs to wait for here.
 */
@injectable()
export class MeasuredCanvasSetModelCommand extends FeedbackAwareSetModelCommand {
    @inject(TYPES.ViewerOptions) protected readonly viewerOptions!: ViewerOptions;

    override get blockUntil(): (action: Action) => boolean {
        return () => true;
    }

    override execute(context: CommandExecutionContext): GModelRoot {
        const root = super.execute(context);
        const div = document.getElementById(this.viewerOptions.baseDiv);
        if (div && !Dimension.isValid(root.canvasBounds)) {
            const box = div.getBoundingClientRect();
            root.canvasBounds = { x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height };
        }
        return root;
    }
}

/**
 * The model counts as initialized once it is drawn. GLSP's default waits for the InitializeCanvasBoundsAction
 * that follows a first drawing made without canvas bounds, which MeasuredCanvasSetModelCommand avoids.
 */
@injectable()
export class DrawnModelConstraint extends ModelInitializationConstraint {
    isInitializedAfter(_action: Action): boolean {
        return false;
    }

    drawn(): void {
        this.setCompleted();
    }
}

/**
 * Counts how often the page drew the diagram: sprotty decorates the root once per drawing and calls postUpdate
 * after it. Drawings of the placeholder root the page shows before the first model are not counted. The first
 * drawing of a diagram completes the model's initialization.
 */
@injectable()
export class DrawingCounter implements IVNodePostprocessor {
    @inject(ModelInitializationConstraint) protected readonly initialization!: DrawnModelConstraint;
    drawings = 0;
    private drawingDiagram = false;

    decorate(vnode: VNode, element: GModelElement): VNode {
        if (element instanceof GModelRoot) {
            // sprotty's placeholder root, drawn before the first model, is not a diagram; a model with no elements
            // yet (a new file) is one, and must complete the initialization too
            this.drawingDiagram = element.type !== EMPTY_ROOT.type;
        }
        return vnode;
    }

    postUpdate(): void {
        if (this.drawingDiagram) {
            this.drawings++;
            this.drawingDiagram = false;
            this.initialization.drawn();
        }
    }
}

export const firstDrawingModule = new FeatureModule(
    (bind, _unbind, _isBound, rebind) => {
        rebind(TypeHintProvider).to(TypeHintsFirstProvider).inSingletonScope();
        rebind(SetModelCommand).to(MeasuredCanvasSetModelCommand);
        rebind(ModelInitializationConstraint).to(DrawnModelConstraint).inSingletonScope();
        bindAsService(bind, TYPES.IVNodePostprocessor, DrawingCounter);
    },
    { featureId: Symbol('coyotosFirstDrawing') }
);

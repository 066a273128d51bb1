/**
 * The diagram container: GLSP's default and standalone modules, plus the Coyotos element types.
 */
import {
    ConsoleLogger,
    DefaultTypes,
    FeatureModule,
    GEdge,
    GGraph,
    GLabel,
    GLabelView,
    GNode,
    IDiagramOptions,
    LogLevel,
    STANDALONE_MODULE_CONFIG,
    TYPES,
    bindOrRebind,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    edgeIntersectionModule,
    editLabelFeature,
    initializeDiagramContainer,
    overrideModelElement,
    standaloneExportModule
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { CoyotosEdgeView } from './edge-views';
import { CoyotosGraphView } from './graph-view';
import { HexagonAnchor } from './hexagon';
import { hostExportModule } from './host-export';
import { quickFixModule } from './quick-fix';
import { firstDrawingModule } from './first-drawing';
import { CoyotosModelFactory, EndpointNode } from './model';
import { CapPageNodeView, EndpointNodeView, PageNodeView, ProcessNodeView, SlotTableNodeView } from './node-views';

/** Id of the DOM element index.html provides for the diagram. */
export const BASE_DIV = 'coyotos-diagram';

export const EDGE_TYPES = ['edge:space', 'edge:handler', 'edge:entry', 'edge:recipient', 'edge:slot'];

export const coyotosDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);

        bind(TYPES.IAnchorComputer).to(HexagonAnchor).inSingletonScope();
        configureDefaultModelElements(context);
        // The projection view adds scroll bars, which a Sirius user expects on a large diagram.
        overrideModelElement(context, DefaultTypes.GRAPH, GGraph, CoyotosGraphView);
        rebind(TYPES.IModelFactory).to(CoyotosModelFactory).inSingletonScope();

        configureModelElement(context, 'node:process', GNode, ProcessNodeView);
        configureModelElement(context, 'node:endpoint', EndpointNode, EndpointNodeView);
        configureModelElement(context, 'node:space', GNode, SlotTableNodeView);
        configureModelElement(context, 'node:gpt', GNode, SlotTableNodeView);
        configureModelElement(context, 'node:page', GNode, PageNodeView);
        configureModelElement(context, 'node:cappage', GNode, CapPageNodeView);

        configureModelElement(context, 'label:name', GLabel, GLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:detail', GLabel, GLabelView);
        configureModelElement(context, 'label:edge', GLabel, GLabelView);
        configureModelElement(context, 'label:slot', GLabel, GLabelView, { enable: [editLabelFeature] });

        EDGE_TYPES.forEach(type => configureModelElement(context, type, GEdge, CoyotosEdgeView));
    },
    { featureId: Symbol('coyotosDiagram') }
);

export function createCoyotosContainer(options: IDiagramOptions): Container {
    return initializeDiagramContainer(
        new Container(),
        // The server sends every label's bounds (DIAGRAM-PROTOCOL.md): no hidden rendering to measure the model.
        createDiagramOptionsModule(options, { baseDiv: BASE_DIV, needsClientLayout: false }),
        coyotosDiagramModule,
        quickFixModule,
        firstDrawingModule,
        STANDALONE_MODULE_CONFIG,
        // Export goes to the host, not to a browser download. Edge crossings are not drawn as jumps, so the
        // sweep that finds them (a tenth of a 2,000-node first drawing) is left out.
        { remove: [standaloneExportModule, edgeIntersectionModule], add: hostExportModule }
    );
}

/**
 * The diagram container: GLSP's default and standalone modules, plus the Coyotos element types.
 */
import {
    ConsoleLogger,
    DefaultTypes,
    FeatureModule,
    GEdge,
    GGraph,
    GLSPProjectionView,
    GLabel,
    GLabelView,
    IDiagramOptions,
    LogLevel,
    STANDALONE_MODULE_CONFIG,
    TYPES,
    bindOrRebind,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    editLabelFeature,
    initializeDiagramContainer,
    overrideModelElement,
    standaloneExportModule
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { CoyotosEdgeView } from './edge-views';
import { HexagonAnchor } from './hexagon';
import { hostExportModule } from './host-export';
import { CoyotosNode, EdgeTextLabel, EndpointNode, PageNode, SlotIndexLabel, SlotTableNode } from './model';
import { CapPageNodeView, EndpointNodeView, PageNodeView, ProcessNodeView, SlotTableNodeView } from './node-views';

/** Ids of the DOM elements index.html provides for the visible and the hidden (measuring) rendering. */
export const BASE_DIV = 'coyotos-diagram';
export const HIDDEN_DIV = 'coyotos-diagram-hidden';

export const EDGE_TYPES = ['edge:space', 'edge:handler', 'edge:entry', 'edge:recipient', 'edge:slot'];

export const coyotosDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);

        bind(TYPES.IAnchorComputer).to(HexagonAnchor).inSingletonScope();
        configureDefaultModelElements(context);
        // The projection view adds scroll bars, which a Sirius user expects on a large diagram.
        overrideModelElement(context, DefaultTypes.GRAPH, GGraph, GLSPProjectionView);

        configureModelElement(context, 'node:process', CoyotosNode, ProcessNodeView);
        configureModelElement(context, 'node:endpoint', EndpointNode, EndpointNodeView);
        configureModelElement(context, 'node:space', SlotTableNode, SlotTableNodeView);
        configureModelElement(context, 'node:gpt', SlotTableNode, SlotTableNodeView);
        configureModelElement(context, 'node:page', PageNode, PageNodeView);
        configureModelElement(context, 'node:cappage', CoyotosNode, CapPageNodeView);

        configureModelElement(context, 'label:name', GLabel, GLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:detail', GLabel, GLabelView);
        configureModelElement(context, 'label:edge', EdgeTextLabel, GLabelView);
        configureModelElement(context, 'label:slot', SlotIndexLabel, GLabelView, { enable: [editLabelFeature] });

        EDGE_TYPES.forEach(type => configureModelElement(context, type, GEdge, CoyotosEdgeView));
    },
    { featureId: Symbol('coyotosDiagram') }
);

export function createCoyotosContainer(options: IDiagramOptions): Container {
    return initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule(options, { baseDiv: BASE_DIV, hiddenDiv: HIDDEN_DIV }),
        coyotosDiagramModule,
        STANDALONE_MODULE_CONFIG,
        // Export goes to the host, not to a browser download.
        { remove: standaloneExportModule, add: hostExportModule }
    );
}

package coyotos.studio.diagram.internal.graph;

import coyotos.studio.diagram.DiagramKinds;

/** The size a node gets until the user resizes it. */
public final class NodeSizes {

    public static double width(String type) {
        return switch (type) {
            case DiagramKinds.PROCESS -> 170;
            case DiagramKinds.ENDPOINT -> 130;
            case DiagramKinds.PAGE -> 100;
            default -> 140;
        };
    }

    public static double height(String type) {
        return switch (type) {
            case DiagramKinds.PROCESS -> 64;
            case DiagramKinds.PAGE -> 48;
            default -> 56;
        };
    }

    private NodeSizes() {
    }
}

package coyotos.studio.diagram.layout;

/** Where a node sits in one diagram, in diagram coordinates. */
public record Bounds(double x, double y, double width, double height) {
}

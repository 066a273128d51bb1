package coyotos.studio.diagram.internal.graph;

import coyotos.studio.diagram.DiagramKinds;

/**
 * Where a node's labels sit: the name over the detail, each centred, from the top padding down with a gap
 * between them; a node keeps the size it was given and grows only where its labels need more room. Paddings
 * keep the text clear of each shape's decorations (the endpoint's slanted sides, the GPT's slot-grid glyph,
 * the page's folded corner), as drawn by the client's node views.
 */
public final class NodeLabels {

    /** A label's box inside its node, and where its text is anchored inside the box (centre, baseline). */
    public record Box(double x, double y, double width, double height, double anchorX, double anchorY) {
    }

    /** A node's final size and its label boxes ({@code detail} is null for a node without detail text). */
    public record Layout(double width, double height, Box name, Box detail) {
    }

    private record Padding(double top, double bottom, double side) {
    }

    static final double GAP = 6;
    static final double MIN_WIDTH = 80;
    static final double MIN_HEIGHT = 36;

    public static Layout layout(String type, String name, String detail, double width, double height) {
        Padding padding = padding(type);
        boolean hasDetail = detail != null && !detail.isEmpty();
        double nameWidth = LabelFont.NAME.width(name);
        double detailWidth = hasDetail ? LabelFont.DETAIL.width(detail) : 0;
        double contentHeight = LabelFont.NAME.height() + (hasDetail ? GAP + LabelFont.DETAIL.height() : 0);
        double w = Math.max(Math.max(width, MIN_WIDTH), Math.max(nameWidth, detailWidth) + 2 * padding.side());
        double h = Math.max(Math.max(height, MIN_HEIGHT), contentHeight + padding.top() + padding.bottom());
        Box nameBox = box(LabelFont.NAME, nameWidth, w, padding.top());
        Box detailBox = hasDetail
                ? box(LabelFont.DETAIL, detailWidth, w, padding.top() + LabelFont.NAME.height() + GAP) : null;
        return new Layout(w, h, nameBox, detailBox);
    }

    /** The box of an edge's label: placed along the edge by the page, so only its size and anchor matter. */
    public static Box edgeLabel(LabelFont font, String text) {
        double width = font.width(text);
        return new Box(0, 0, width, font.height(), width / 2, font.ascent());
    }

    private static Box box(LabelFont font, double textWidth, double nodeWidth, double y) {
        return new Box((nodeWidth - textWidth) / 2, y, textWidth, font.height(), textWidth / 2, font.ascent());
    }

    private static Padding padding(String type) {
        return switch (type) {
            case DiagramKinds.ENDPOINT -> new Padding(10, 8, 24);
            case DiagramKinds.SPACE, DiagramKinds.GPT -> new Padding(6, 8, 32);
            case DiagramKinds.PAGE -> new Padding(6, 8, 18);
            default -> new Padding(6, 8, 12);
        };
    }

    private NodeLabels() {
    }
}

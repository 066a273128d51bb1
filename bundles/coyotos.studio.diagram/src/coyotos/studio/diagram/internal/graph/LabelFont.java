package coyotos.studio.diagram.internal.graph;

/**
 * The fonts the page draws labels in (the client's theme.css: DejaVu Sans first, 13 px bold for names, 11 px
 * for the rest, DejaVu Sans Mono for slot numbers), measured here so the server can size every label and the
 * page never has to render the diagram a first time, hidden, to measure it. The advance widths are those of
 * the DejaVu fonts (Debian's fonts-dejavu-core), in units of 1/2048 em, for printable ASCII; other characters
 * count as wide as 'M' except the few the labels use. The page centres text on its box (text-anchor middle), so
 * a different font only makes the box a little wider or narrower than the text, never misplaces it.
 */
public enum LabelFont {

    NAME(13, new short[] { 713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748,
            1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188, 2048, 1585,
            1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741, 1501, 1741, 1577, 1475,
            1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024, 1024, 1382, 1466, 1214, 1466, 1389,
            891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407, 1466, 1466, 1010, 1219, 979, 1458, 1335, 1892,
            1321, 1335, 1192, 1458, 748, 1458, 1716 }, 778),
    DETAIL(11, Widths.SANS, 651),
    EDGE(11, Widths.SANS, 651),
    SLOT(11, Widths.MONO, 1233);

    /** DejaVu's ascent and descent (1901 and 483 of 2048 units); the page's boxes come out rounded to pixels. */
    private static final double ASCENT = 1901.0 / 2048;
    private static final double DESCENT = 483.0 / 2048;
    private static final char MIDDLE_DOT = '\u00b7';
    private static final char ARROW = '\u2192';

    private final double px;
    private final short[] ascii;
    private final short middleDot;

    LabelFont(double px, short[] ascii, int middleDot) {
        this.px = px;
        this.ascii = ascii;
        this.middleDot = (short) middleDot;
    }

    /** The width of {@code text} in pixels, as the page will draw it. */
    public double width(String text) {
        long units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += advance(text.charAt(i));
        }
        return Math.round(units * px / 2048 * 100) / 100.0;
    }

    private int advance(char c) {
        if (c >= 32 && c < 127) {
            return ascii[c - 32];
        }
        if (c == MIDDLE_DOT) {
            return middleDot;
        }
        return c == ARROW ? 1716 : ascii['M' - 32];
    }

    /** The height of a line, ascent plus descent. */
    public double height() {
        return Math.round(px * (ASCENT + DESCENT));
    }

    /** From the top of the box down to the baseline, where SVG text is anchored. */
    public double ascent() {
        return Math.round(px * ASCENT);
    }

    /** The advance tables the regular faces share. */
    private static final class Widths {
        static final short[] SANS = { 651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651,
                690, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048,
                1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423,
                1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300,
                1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253, 1300, 1300, 842, 1067, 803, 1298, 1212,
                1675, 1212, 1212, 1075, 1303, 690, 1303, 1716 };
        static final short[] MONO = monospace();

        private static short[] monospace() {
            short[] widths = new short[95];
            java.util.Arrays.fill(widths, (short) 1233);
            return widths;
        }
    }
}

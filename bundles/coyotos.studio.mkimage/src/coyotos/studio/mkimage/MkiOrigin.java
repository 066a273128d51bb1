package coyotos.studio.mkimage;

import java.nio.file.Path;

/**
 * The .mki place a model element came from, as an import stores it in the element's {@code origin}
 * ({@code /path/file.mki:LINE:COLUMN}); parsed here so that an editor can open the file at that line.
 */
public record MkiOrigin(Path file, int line, int column) {

    /** The origin in {@code text}, or null when there is none (an element made in the tool) or it is not one. */
    public static MkiOrigin parse(String text) {
        if (text == null) {
            return null;
        }
        int c2 = text.lastIndexOf(':');
        int c1 = c2 <= 0 ? -1 : text.lastIndexOf(':', c2 - 1);
        if (c1 <= 0) {
            return null;
        }
        try {
            int line = Integer.parseInt(text.substring(c1 + 1, c2));
            int column = Integer.parseInt(text.substring(c2 + 1));
            return line > 0 && column > 0 ? new MkiOrigin(Path.of(text.substring(0, c1)), line, column) : null;
        } catch (RuntimeException notAnOrigin) {
            return null;
        }
    }
}

package coyotos.studio.ui.internal.views;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Magnifier icons for the Timeline's zoom actions. The workbench has no zoom images and this bundle's icon
 * folder belongs to another change, so they are drawn from geometry (supersampled for smooth edges, at any
 * display zoom).
 */
final class ZoomIcons {

    enum Kind {
        IN, OUT, RESET
    }

    private static final int SAMPLES = 4;

    private ZoomIcons() {
    }

    static ImageDescriptor of(Kind kind) {
        return ImageDescriptor.createFromImageDataProvider(zoom -> draw(kind, 16 * zoom / 100));
    }

    private static ImageData draw(Kind kind, int size) {
        ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        data.alphaData = new byte[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int hits = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        // shapes are defined on a 16-unit grid whatever the pixel size
                        double u = (x + (sx + 0.5) / SAMPLES) * 16.0 / size;
                        double v = (y + (sy + 0.5) / SAMPLES) * 16.0 / size;
                        if (inside(kind, u, v)) {
                            hits++;
                        }
                    }
                }
                data.setPixel(x, y, 0x404850);
                data.alphaData[y * size + x] = (byte) (255 * hits / (SAMPLES * SAMPLES));
            }
        }
        return data;
    }

    private static boolean inside(Kind kind, double u, double v) {
        double cx = 6.5;
        double cy = 6.5;
        double r = Math.hypot(u - cx, v - cy);
        boolean ring = r >= 4.2 && r <= 5.6;
        // handle: a thick segment from the ring towards the bottom-right corner
        double t = ((u - 10.5) + (v - 10.5)) / 2;
        double off = Math.abs((u - 10.5) - (v - 10.5)) / Math.sqrt(2);
        boolean handle = t >= -0.5 && t <= 4.0 && off <= 1.3;
        boolean bar = Math.abs(v - cy) <= 0.8 && Math.abs(u - cx) <= 2.6;
        boolean stem = Math.abs(u - cx) <= 0.8 && Math.abs(v - cy) <= 2.6;
        boolean box = Math.max(Math.abs(u - cx), Math.abs(v - cy)) <= 2.4
                && Math.max(Math.abs(u - cx), Math.abs(v - cy)) >= 1.4;
        boolean glyph = switch (kind) {
            case IN -> bar || stem;
            case OUT -> bar;
            case RESET -> box;
        };
        return ring || handle || glyph;
    }
}

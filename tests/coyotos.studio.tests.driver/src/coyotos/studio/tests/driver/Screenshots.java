package coyotos.studio.tests.driver;

import java.io.File;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** Saves the screen (the workbench and any dialog over it) or one window as a PNG under target/screenshots. */
public final class Screenshots {

    public static final File FOLDER = new File("target/screenshots");

    private Screenshots() {
    }

    public static File save(String name) {
        return save(name, () -> Display.getCurrent().getBounds());
    }

    /** Only the workbench window: what a view shows, without the rest of the screen. */
    public static File saveWorkbenchWindow(String name) {
        return save(name, () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getBounds());
    }

    private static File save(String name, Supplier<Rectangle> area) {
        EventLoop.pump();
        return UIThread.syncExec(() -> {
            Display display = Display.getCurrent();
            // paint everything that is pending: queued events, then the damage GTK has not painted yet
            for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
                shell.update();
            }
            // GTK 3 paints on its frame clock, not when damage is queued: let a few frames pass so the
            // picture shows what the test just checked (this waits for paint, never for the application)
            for (int frame = 0; frame < 3; frame++) {
                while (display.readAndDispatch()) {
                    // drain
                }
                display.timerExec(20, () -> { });
                display.sleep();
            }
            while (display.readAndDispatch()) {
                // drain
            }
            Rectangle screen = area.get();
            Image image = new Image(display, screen.width, screen.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, screen.x, screen.y);
                FOLDER.mkdirs();
                File file = new File(FOLDER, name + ".png");
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                loader.save(file.getPath(), SWT.IMAGE_PNG);
                return file;
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }
}

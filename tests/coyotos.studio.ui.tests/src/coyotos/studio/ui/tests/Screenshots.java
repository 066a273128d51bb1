package coyotos.studio.ui.tests;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves the workbench window as a PNG under target/screenshots, so a run leaves pictures to look at. */
final class Screenshots {

    private Screenshots() {
    }

    static File save(String name) {
        Display display = Display.getCurrent();
        Workbench.processEvents();
        Shell shell = display.getActiveShell() != null ? display.getActiveShell()
                : org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        File dir = new File("target/screenshots");
        dir.mkdirs();
        File file = new File(dir, name + ".png");
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(file.getPath(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return file;
    }
}

package coyotos.studio.tests.driver;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Widget;

/** A found widget: reading it happens on the UI thread, acting on it through posted mouse and key events. */
public class BotWidget<T extends Widget> {

    protected final T widget;

    protected BotWidget(T widget) {
        this.widget = widget;
    }

    public T widget() {
        return widget;
    }

    public boolean isEnabled() {
        return UIThread.syncExec(() -> !(widget instanceof Control c) || c.isEnabled());
    }

    /** Clicks the middle of the widget with the real mouse. */
    public BotWidget<T> click() {
        Mouse.click(center());
        return this;
    }

    /** The middle of the widget in display coordinates. */
    protected Point center() {
        return UIThread.syncExec(() -> {
            Control control = (Control) widget;
            Rectangle size = control.getBounds();
            return control.toDisplay(size.width / 2, size.height / 2);
        });
    }

    protected void waitUntilEnabled() {
        EventLoop.waitUntil(Condition.that(this + " is enabled", this::isEnabled), 10_000);
    }

    @Override
    public String toString() {
        return UIThread.syncExec(() -> widget.getClass().getSimpleName() + " '" + textOf(widget) + "'");
    }

    static String textOf(Widget widget) {
        if (widget.isDisposed()) {
            return "(disposed)";
        }
        try {
            Object text = widget.getClass().getMethod("getText").invoke(widget);
            return Finder.clean(String.valueOf(text));
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }
}

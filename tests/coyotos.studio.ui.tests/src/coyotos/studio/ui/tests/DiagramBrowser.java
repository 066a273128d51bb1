package coyotos.studio.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Drives the GLSP page inside the editor's SWT Browser the way a user does: reads the page through
 * window.coyotosDiagram and clicks with real mouse events posted to the display at page coordinates.
 */
final class DiagramBrowser {

    private final Browser browser;

    DiagramBrowser(Browser browser) {
        this.browser = browser;
    }

    Object evaluate(String script) {
        return browser.evaluate(script);
    }

    void waitUntilReady() {
        Workbench.waitUntil("the diagram page shows its first model", 60_000,
                () -> Boolean.TRUE.equals(evaluate("return !!(window.coyotosDiagram && window.coyotosDiagram.ready)")));
    }

    int count(String type) {
        return ((Number) evaluate("return window.coyotosDiagram.elementIds('" + type + "').length")).intValue();
    }

    /** Clicks the palette tool with this label. */
    void clickTool(String label) {
        Object[] at = (Object[]) evaluate("const b=[...document.querySelectorAll('.tool-palette .tool-button')]"
                + ".find(e=>e.textContent.trim()==='" + label + "'); if(!b) return null;"
                + "const r=b.getBoundingClientRect(); return [r.x+r.width/2, r.y+r.height/2];");
        if (at == null) {
            throw new AssertionError("no palette tool '" + label + "' in the page");
        }
        click(((Number) at[0]).intValue(), ((Number) at[1]).intValue());
    }

    /** A point of the canvas, in page coordinates, that no node covers. */
    int[] emptyCanvasPoint() {
        Object[] at = (Object[]) evaluate("const svg=document.querySelector('svg.sprotty-graph');"
                + "const s=svg.getBoundingClientRect(); const nodes=[...svg.querySelectorAll('g.coyotos-node, .tool-palette')]"
                + ".map(n=>n.getBoundingClientRect()); for(let y=s.bottom-120;y>s.top+40;y-=30){"
                + "for(let x=s.left+40;x<s.right-220;x+=30){ if(!nodes.some(r=>x+190>r.left-20&&x<r.right+20&&y+80>r.top-20"
                + "&&y<r.bottom+20)) return [x,y]; }} return null;");
        if (at == null) {
            throw new AssertionError("the canvas has no empty point");
        }
        return new int[] { ((Number) at[0]).intValue(), ((Number) at[1]).intValue() };
    }

    void click(int pageX, int pageY) {
        Display display = browser.getDisplay();
        Point screen = browser.toDisplay(pageX, pageY);
        post(display, SWT.MouseMove, screen, 0);
        post(display, SWT.MouseDown, screen, 1);
        post(display, SWT.MouseUp, screen, 1);
        Workbench.processEvents();
    }

    private static void post(Display display, int type, Point at, int button) {
        Event event = new Event();
        event.type = type;
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        if (!display.post(event)) {
            throw new AssertionError("the display refused a posted mouse event");
        }
    }
}

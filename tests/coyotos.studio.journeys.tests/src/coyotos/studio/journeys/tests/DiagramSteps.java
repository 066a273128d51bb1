package coyotos.studio.journeys.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import coyotos.studio.tests.driver.BotEditor;
import coyotos.studio.tests.driver.Condition;
import coyotos.studio.tests.driver.Mouse;
import coyotos.studio.tests.driver.UIThread;
import coyotos.studio.tests.driver.WorkbenchBot;

/**
 * What a user does on a diagram page of the .coyotos editor: pick the page tab, pick a palette tool, click
 * on the canvas or on a node. Clicks are real mouse clicks at the place the page draws the element; the page
 * is read through window.coyotosDiagram only to know where things are and what appeared.
 */
final class DiagramSteps {

    private final WorkbenchBot bot;
    private final BotEditor editor;
    private Browser browser;

    DiagramSteps(WorkbenchBot bot, BotEditor editor) {
        this.bot = bot;
        this.editor = editor;
    }

    /** Clicks the editor's page tab with this title and waits for the diagram in it. */
    DiagramSteps showPage(String title) {
        CTabItem tab = editor.bot().widget("page tab '" + title + "'", CTabItem.class, t -> t.getText().equals(title));
        Mouse.click(UIThread.syncExec(() -> {
            Rectangle r = tab.getBounds();
            return tab.getParent().toDisplay(r.x + r.width / 2, r.y + r.height / 2);
        }));
        browser = editor.bot().widget("the diagram browser of '" + title + "'", Browser.class,
                b -> b.isVisible() && b.getUrl().contains("diagramType"));
        bot.waitUntil(Condition.that("the diagram is drawn", () -> Boolean.TRUE.equals(
                eval("return !!(window.coyotosDiagram && window.coyotosDiagram.ready)"))), 60_000);
        return this;
    }

    Object eval(String script) {
        return UIThread.syncExec(() -> browser.evaluate(script));
    }

    Set<String> ids(String type) {
        Object[] ids = (Object[]) eval("return window.coyotosDiagram.elementIds('" + type + "')");
        Set<String> set = new TreeSet<>();
        for (Object id : ids) {
            set.add((String) id);
        }
        return set;
    }

    /** Picks a palette tool, clicks an empty place of the canvas, and returns the id of the node that appears. */
    String createNode(String tool, String type) {
        Set<String> before = ids(type);
        clickTool(tool);
        clickPage(emptyPoint());
        return awaitNew(type, before);
    }

    /** Picks an edge tool and clicks its source and target nodes; returns the id of the new edge. */
    String connect(String tool, String type, String sourceId, String targetId) {
        Set<String> before = ids(type);
        clickTool(tool);
        clickPage(centreOf(sourceId));
        clickPage(centreOf(targetId));
        return awaitNew(type, before);
    }

    /** The id of the one element of this type that was not there before, once the page draws it. */
    private String awaitNew(String type, Set<String> before) {
        String[] created = new String[1];
        bot.waitUntil(Condition.that("a new " + type + " appears", () -> {
            Set<String> now = ids(type);
            now.removeAll(before);
            created[0] = now.size() == 1 ? now.iterator().next() : null;
            return created[0] != null;
        }), 20_000);
        return created[0];
    }

    private void clickTool(String label) {
        clickPage(point("const b=[...document.querySelectorAll('.tool-palette .tool-button')]"
                + ".find(e=>e.textContent.trim()==='" + label + "'); if(!b) return null;"
                + "const r=b.getBoundingClientRect(); return [r.x+r.width/2, r.y+r.height/2];", "palette tool " + label));
    }

    private int[] centreOf(String id) {
        return point("const g=[...document.querySelectorAll('g.coyotos-node')].find(g=>g.id.endsWith('_" + id + "'));"
                + "const n=g && g.querySelector('.sprotty-node'); if(!n) return null;"
                + "const r=n.getBoundingClientRect(); return [r.x+r.width/2, r.y+r.height/2];", "node " + id);
    }

    /**
     * A canvas point with room for a new node right of and below it (a node is placed with its top left
     * where the user clicks): clear of nodes, edges, labels and the palette, nearest the top left.
     */
    private int[] emptyPoint() {
        return point("const s=document.querySelector('svg.sprotty-graph').getBoundingClientRect();"
                + "const busy=[...document.querySelectorAll('g.coyotos-node, .sprotty-edge, .sprotty-label, .tool-palette')]"
                + ".map(e=>e.getBoundingClientRect()).filter(r=>r.width>0&&r.height>0); const w=190, h=80, m=24;"
                + "for(let y=s.top+40;y+h<s.bottom-m;y+=20){for(let x=s.left+40;x+w<s.right-m;x+=20){"
                + "if(busy.every(r=>x+w+m<r.left||x-m>r.right||y+h+m<r.top||y-m>r.bottom)) return [x,y];}}"
                + "return null;", "an empty point of the canvas");
    }

    private int[] point(String script, String what) {
        Object[] at = (Object[]) eval(script);
        if (at == null) {
            throw new AssertionError("the page has no " + what);
        }
        return new int[] { ((Number) at[0]).intValue(), ((Number) at[1]).intValue() };
    }

    private void clickPage(int[] at) {
        Point screen = UIThread.syncExec(() -> browser.toDisplay(at[0], at[1]));
        Mouse.click(screen);
    }

    /**
     * What the page draws, as text: every node and edge with its labels and the node positions, each once
     * (an edge's DOM group may be nested, and hover or selection feedback may repeat it). The edge-creation tool's
     * feedback edge is not part of the drawing: on a loaded machine it can outlive the click that made the edge.
     * Neither is sprotty's hidden measuring root (the server lays out labels, so it keeps the first model it saw).
     * Read once the page has settled: while an update is drawn, an element can stand twice, old and new label.
     */
    List<String> drawing() {
        List<String> settled = new ArrayList<>();
        bot.waitUntil(Condition.that("the diagram settles (each element drawn once)", () -> {
            List<String> now = drawnRows();
            settled.clear();
            settled.addAll(now);
            return now.stream().map(row -> row.substring(0, row.indexOf(' '))).distinct().count() == now.size();
        }), 20_000);
        return settled;
    }

    private List<String> drawnRows() {
        Object[] rows = (Object[]) eval("return [...document.querySelectorAll('g.coyotos-node, g.sprotty-edge')]"
                + ".filter(g=>!g.id.includes('feedback')&&!g.closest('.sprotty-hidden'))"
                + ".map(g=>g.id.replace(/^.*?_(_)/,'$1')+' '+(g.getAttribute('transform')||'')+' '"
                + "+[...g.querySelectorAll('text')].map(t=>t.textContent).join('|')).sort()");
        Set<String> distinct = new TreeSet<>();
        for (Object row : rows) {
            distinct.add((String) row);
        }
        return new ArrayList<>(distinct);
    }
}

package coyotos.studio.diagram.layout;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The positions of the nodes of every diagram of one model, kept apart from the model so that the .coyotos
 * file says only what the system is. Keyed by diagram (see DiagramKinds.layoutKey) and element id; sorted,
 * so the file it is saved to changes only where a position changed.
 */
public final class DiagramLayout {

    private final Map<String, Map<String, Bounds>> diagrams = new TreeMap<>();
    private String notice;

    public synchronized Bounds get(String diagram, String elementId) {
        Map<String, Bounds> positions = diagrams.get(diagram);
        return positions == null || elementId == null ? null : positions.get(elementId);
    }

    /** Sets or (with null) removes a position; returns the previous one. */
    public synchronized Bounds put(String diagram, String elementId, Bounds bounds) {
        if (bounds == null) {
            Map<String, Bounds> positions = diagrams.get(diagram);
            return positions == null ? null : positions.remove(elementId);
        }
        return diagrams.computeIfAbsent(diagram, d -> new TreeMap<>()).put(elementId, bounds);
    }

    public synchronized boolean isEmpty(String diagram) {
        Map<String, Bounds> positions = diagrams.get(diagram);
        return positions == null || positions.isEmpty();
    }

    public synchronized Set<String> diagrams() {
        return Collections.unmodifiableSet(new TreeMap<>(diagrams).keySet());
    }

    public synchronized Map<String, Bounds> positions(String diagram) {
        return Collections.unmodifiableMap(new TreeMap<>(diagrams.getOrDefault(diagram, Map.of())));
    }

    /** Drops positions of elements that are no longer in the model, so a stale file does not grow forever. */
    public synchronized int retainOnly(String diagram, Set<String> liveIds) {
        Map<String, Bounds> positions = diagrams.get(diagram);
        if (positions == null) {
            return 0;
        }
        int before = positions.size();
        positions.keySet().retainAll(liveIds);
        return before - positions.size();
    }

    /** Something the user should be told about how the layout was read (a corrupt or stale file), or null. */
    public synchronized String notice() {
        return notice;
    }

    public synchronized void setNotice(String notice) {
        this.notice = notice;
    }
}

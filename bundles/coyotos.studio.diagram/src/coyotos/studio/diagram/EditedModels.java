package coyotos.studio.diagram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models open for diagrams, by the source URI the diagram page asks for. An editor registers its model
 * before its page connects and removes it when it closes.
 */
public final class EditedModels {

    private static final Map<String, EditedModel> OPEN = new ConcurrentHashMap<>();

    public static void register(String sourceUri, EditedModel model) {
        OPEN.put(sourceUri, model);
    }

    public static void unregister(String sourceUri, EditedModel model) {
        OPEN.remove(sourceUri, model);
    }

    public static EditedModel find(String sourceUri) {
        return sourceUri == null ? null : OPEN.get(sourceUri);
    }

    private EditedModels() {
    }
}

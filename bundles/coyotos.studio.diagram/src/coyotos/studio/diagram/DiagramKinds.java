package coyotos.studio.diagram;

/**
 * The two diagram kinds and the GModel element types they use; DIAGRAM-PROTOCOL.md in this bundle is the
 * contract these strings implement, shared with the TypeScript client.
 */
public final class DiagramKinds {

    public static final String PROCESS_LAYOUT = "coyotos-layout";
    public static final String ADDRESS_SPACE = "coyotos-space";

    /** Request-model option naming the process whose address space a {@link #ADDRESS_SPACE} diagram shows. */
    public static final String PROCESS_OPTION = "process";

    public static final String PROCESS = "node:process";
    public static final String ENDPOINT = "node:endpoint";
    public static final String SPACE = "node:space";
    public static final String GPT = "node:gpt";
    public static final String PAGE = "node:page";
    public static final String CAP_PAGE = "node:cappage";

    public static final String SPACE_EDGE = "edge:space";
    public static final String HANDLER_EDGE = "edge:handler";
    public static final String ENTRY_EDGE = "edge:entry";
    public static final String RECIPIENT_EDGE = "edge:recipient";
    public static final String SLOT_EDGE = "edge:slot";

    public static final String NAME_LABEL = "label:name";
    public static final String DETAIL_LABEL = "label:detail";
    public static final String EDGE_LABEL = "label:edge";
    public static final String SLOT_LABEL = "label:slot";

    public static final String SHOWN_PROCESS_CLASS = "coyotos-selected-process";
    /** Nodes and edges loaded from a program image, not model elements: drawn dashed, never edited. */
    public static final String LOADED_CLASS = "coyotos-loaded";

    /** The key under which one diagram's positions are kept in the layout file. */
    public static String layoutKey(String diagramType, String processId) {
        return ADDRESS_SPACE.equals(diagramType) && processId != null ? diagramType + "/" + processId : diagramType;
    }

    private DiagramKinds() {
    }
}

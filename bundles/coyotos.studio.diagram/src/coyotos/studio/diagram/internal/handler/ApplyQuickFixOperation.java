package coyotos.studio.diagram.internal.handler;

import org.eclipse.glsp.server.operations.Operation;

/**
 * Applies one quick fix of a rule finding: the model element the finding is about (its id), the rule, and the
 * fix's key among that rule's fixes. Sent by the page when the user picks "Quick fix: ..." in the command palette
 * (DIAGRAM-PROTOCOL.md).
 */
public class ApplyQuickFixOperation extends Operation {

    public static final String KIND = "coyotosApplyQuickFix";

    private String elementId;
    private String ruleId;
    private String fixKey;

    public ApplyQuickFixOperation() {
        super(KIND);
    }

    public ApplyQuickFixOperation(String elementId, String ruleId, String fixKey) {
        this();
        this.elementId = elementId;
        this.ruleId = ruleId;
        this.fixKey = fixKey;
    }

    public String getElementId() {
        return elementId;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getFixKey() {
        return fixKey;
    }
}

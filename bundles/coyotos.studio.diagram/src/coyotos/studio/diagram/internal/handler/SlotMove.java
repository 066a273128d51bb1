package coyotos.studio.diagram.internal.handler;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;

import coyotos.studio.diagram.internal.graph.DiagramEdge;
import coyotos.studio.diagram.internal.graph.GraphAssembler;
import coyotos.studio.diagram.internal.server.CoyotosModelState;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Slot;

/** Typing a number on a slot label moves the capability to that slot, if it is in range and free. */
public final class SlotMove {

    /** Why {@code text} cannot be the slot of the edge the label belongs to, or null if it can. */
    public static String problem(CoyotosModelState state, String labelId, String text) {
        Slot slot = slotOf(state, labelId);
        if (slot == null) {
            return "This label does not belong to a slot.";
        }
        int count = FreeSlots.count(slot.eContainer());
        int index;
        try {
            index = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return "A slot is a number from 0 to " + (count - 1) + ".";
        }
        if (index < 0 || index >= count) {
            return "Slot " + index + " does not exist: this object has slots 0 to " + (count - 1) + ".";
        }
        boolean taken = slot.eContainer().eContents().stream()
                .anyMatch(o -> o instanceof Slot other && other != slot && other.getIndex() == index);
        return taken ? "Slot " + index + " is already used." : null;
    }

    public static Command command(CoyotosModelState state, String labelId, String text) {
        if (problem(state, labelId, text) != null) {
            return null;
        }
        return SetCommand.create(state.model().domain(), slotOf(state, labelId), CoyotosPackage.Literals.SLOT__INDEX,
                Integer.parseInt(text.trim()));
    }

    private static Slot slotOf(CoyotosModelState state, String labelId) {
        if (!labelId.endsWith(GraphAssembler.SLOT_SUFFIX)) {
            return null;
        }
        DiagramEdge edge = state.content().edge(labelId.substring(0, labelId.length() - GraphAssembler.SLOT_SUFFIX.length()));
        return edge != null && edge.element() instanceof Slot slot ? slot : null;
    }

    private SlotMove() {
    }
}

package coyotos.studio.diagram.internal.handler;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.model.CapPage;
import coyotos.studio.model.Capability;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.Slot;

/**
 * Palette: Slot capability — the GPT (or capability page) holds a capability to the target in its first free
 * slot; typing another number on the slot label moves it.
 */
public class CreateSlotEdgeHandler extends CreateCapabilityEdgeHandler {

    public CreateSlotEdgeHandler() {
        super(DiagramKinds.SLOT_EDGE, "Slot capability");
    }

    @Override
    protected Command connect(EditedModel model, EObject source, EObject target) {
        Capability cap = Capabilities.memory(target);
        if (cap == null || source == target) {
            return null;
        }
        Slot slot = CoyotosFactory.eINSTANCE.createSlot();
        slot.setCap(cap);
        if (source instanceof Gpt gpt) {
            slot.setIndex(FreeSlots.first(gpt.getSlots(), 0, FreeSlots.GPT_SLOTS));
            return slot.getIndex() < 0 ? null
                    : AddCommand.create(model.domain(), gpt, CoyotosPackage.Literals.GPT__SLOTS, slot);
        }
        if (source instanceof CapPage page) {
            slot.setIndex(FreeSlots.first(page.getSlots(), 0, FreeSlots.CAP_PAGE_SLOTS));
            return slot.getIndex() < 0 ? null
                    : AddCommand.create(model.domain(), page, CoyotosPackage.Literals.CAP_PAGE__SLOTS, slot);
        }
        return null;
    }
}

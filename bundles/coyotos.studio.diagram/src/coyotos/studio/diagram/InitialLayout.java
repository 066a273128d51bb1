package coyotos.studio.diagram;

import coyotos.studio.diagram.internal.graph.AddressSpaceContent;
import coyotos.studio.diagram.internal.graph.Placement;
import coyotos.studio.diagram.internal.graph.ProcessLayoutContent;
import coyotos.studio.diagram.layout.DiagramLayout;
import coyotos.studio.diagram.layout.LayoutFile;
import coyotos.studio.model.Process;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The diagrams of a model that has no layout yet (an imported system image, say), laid out with ELK as the diagram
 * pages would on their first open, and written to a layout file: the Process Layout, and the address space of every
 * process that has one (also under the key of the page that opens without a chosen process). The file is written
 * anew, so positions left by an earlier model of the same name never mix with the new elements.
 */
public final class InitialLayout {

    private InitialLayout() {
    }

    /** Lays out the saved {@code resource} (it must have its xmi:ids) into {@code layoutFile}; returns the node count. */
    public static int write(Resource resource, Path layoutFile, BooleanSupplier cancelled) throws IOException {
        // The content builders read the model only; no editing domain is needed for that.
        EditedModel model = new EditedModel(null, resource, ModelAccess.INLINE, new DiagramLayout(), () -> {
        });
        DiagramLayout layout = model.layout();
        int placed = Placement.place(ProcessLayoutContent.of(model), layout, DiagramKinds.PROCESS_LAYOUT);
        List<Process> withSpace = AddressSpaceContent.processesWithSpace(model.system());
        for (Process p : withSpace) {
            if (cancelled.getAsBoolean()) {
                break; // the rest are laid out when their page first opens
            }
            String key = DiagramKinds.layoutKey(DiagramKinds.ADDRESS_SPACE, model.idOf(p));
            placed += Placement.place(AddressSpaceContent.of(model, p), layout, key);
            if (p == withSpace.get(0)) {
                // the Address Space page opens on the first such process before one is chosen
                layout.positions(key).forEach((id, b) -> layout.put(DiagramKinds.ADDRESS_SPACE, id, b));
            }
        }
        LayoutFile.write(layout, layoutFile);
        return placed;
    }
}

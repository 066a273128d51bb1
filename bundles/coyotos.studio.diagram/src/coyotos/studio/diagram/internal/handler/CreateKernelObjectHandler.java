package coyotos.studio.diagram.internal.handler;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;

import com.google.inject.Inject;

import coyotos.studio.diagram.EditedModel;
import coyotos.studio.diagram.internal.graph.NodeSizes;
import coyotos.studio.diagram.layout.Bounds;
import coyotos.studio.diagram.internal.server.CoyotosModelState;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.KernelObject;

/**
 * Creates a kernel object from the palette: one command adds it to the system and places its node where the
 * user clicked, so undo removes both.
 */
public abstract class CreateKernelObjectHandler extends BasicOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Inject
    protected CoyotosModelState state;

    private final String elementType;
    private final String label;
    private final String namePrefix;
    private final Function<CoyotosSystem, KernelObject> factory;

    /** {@code factory} makes the new object; it may look at the system (to pick a free endpoint id, say). */
    protected CreateKernelObjectHandler(String elementType, String label, String namePrefix,
            Function<CoyotosSystem, KernelObject> factory) {
        this.elementType = elementType;
        this.label = label;
        this.namePrefix = namePrefix;
        this.factory = factory;
    }

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(elementType);
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        EditedModel model = state.model();
        return Optional.ofNullable(model.access().call(() -> {
            CoyotosSystem system = model.system();
            if (system == null) {
                return null;
            }
            KernelObject object = factory.apply(system);
            object.setName(freeName(system));
            String id = EcoreUtil.generateUUID();
            ((XMLResource) model.resource()).setID(object, id);
            GPoint at = operation.getLocation().orElse(null);
            Bounds bounds = new Bounds(at == null ? 40 : at.getX(), at == null ? 40 : at.getY(),
                    NodeSizes.width(elementType), NodeSizes.height(elementType));
            CompoundCommand create = new CompoundCommand("Create " + label);
            create.append(AddCommand.create(model.domain(), system, CoyotosPackage.Literals.COYOTOS_SYSTEM__OBJECTS,
                    object));
            create.append(new ChangeBoundsCommand(model.layout(), state.layoutKey(), Map.of(id, bounds), label));
            return create;
        }));
    }

    private String freeName(CoyotosSystem system) {
        Set<String> taken = system.getObjects().stream().map(KernelObject::getName).collect(Collectors.toSet());
        for (int n = 1;; n++) {
            String name = namePrefix + "-" + n;
            if (!taken.contains(name)) {
                return name;
            }
        }
    }
}

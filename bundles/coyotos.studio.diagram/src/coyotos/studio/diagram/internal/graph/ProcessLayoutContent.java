package coyotos.studio.diagram.internal.graph;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.diagram.DiagramKinds;
import coyotos.studio.diagram.EditedModel;
import coyotos.studio.model.edit.CapabilityLabels;
import coyotos.studio.model.edit.WhatIfLabels;
import coyotos.studio.model.CapRegister;
import coyotos.studio.model.Capability;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.EntryCapability;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.Process;

/**
 * The process layout: every process and endpoint, the GPTs that are the top of some address space (no slot
 * points at them), and the capabilities that connect them: address space, fault handler, entry capabilities
 * in capability registers, and each endpoint's recipient.
 */
public final class ProcessLayoutContent {

    public static DiagramContent of(EditedModel model) {
        DiagramContent content = new DiagramContent();
        CoyotosSystem system = model.system();
        if (system == null) {
            return content;
        }
        NodeFactory nodes = new NodeFactory(model);
        Set<EObject> inSlots = SlotTargets.of(system);
        for (KernelObject object : system.getObjects()) {
            if (object instanceof Process process) {
                content.add(nodes.node(process, DiagramKinds.PROCESS, processDetail(process)));
            } else if (object instanceof Endpoint endpoint) {
                content.add(nodes.node(endpoint, DiagramKinds.ENDPOINT,
                        "id " + endpoint.getEndpointId() + (endpoint.isPm() ? " · pm" : "")));
            } else if (object instanceof Gpt gpt && !inSlots.contains(gpt)) {
                content.add(nodes.node(gpt, DiagramKinds.SPACE, "GPT · l2v " + gpt.getL2v()));
            }
        }
        for (KernelObject object : system.getObjects()) {
            if (object instanceof Process process) {
                addProcessEdges(content, nodes, process);
            } else if (object instanceof Endpoint endpoint && endpoint.getRecipient() != null) {
                content.add(new DiagramEdge(nodes.id(endpoint) + "#recipient", DiagramKinds.RECIPIENT_EDGE,
                        nodes.id(endpoint), nodes.id(endpoint.getRecipient()), "recipient", null, endpoint));
            }
        }
        return content;
    }

    private static void addProcessEdges(DiagramContent content, NodeFactory nodes, Process process) {
        String id = nodes.id(process);
        capabilityEdge(content, nodes, id, process.getAddressSpace(), DiagramKinds.SPACE_EDGE,
                CapabilityLabels.guard(process.getAddressSpace()));
        capabilityEdge(content, nodes, id, process.getHandler(), DiagramKinds.HANDLER_EDGE, "fault handler");
        for (CapRegister register : process.getRegisters()) {
            if (register.getCap() instanceof EntryCapability entry && entry.getTarget() != null) {
                content.add(new DiagramEdge(nodes.id(register), DiagramKinds.ENTRY_EDGE, id,
                        nodes.id(entry.getTarget()), "cr" + register.getIndex(), null, register));
            }
        }
    }

    private static void capabilityEdge(DiagramContent content, NodeFactory nodes, String sourceId, Capability cap,
            String type, String text) {
        EObject target = CapabilityLabels.target(cap);
        if (target != null) {
            content.add(new DiagramEdge(nodes.id(cap), type, sourceId, nodes.id(target), text, null, cap));
        }
    }

    static String processDetail(Process process) {
        String handler = process.getActivationHandler() != null ? WhatIfLabels.activation(process.getActivationHandler())
                : process.getHandler() != null && CapabilityLabels.target(process.getHandler()) != null
                        ? "external handler" : "no handler";
        return process.getRunState().getName().toLowerCase(Locale.ROOT) + " · " + handler;
    }

    private ProcessLayoutContent() {
    }
}

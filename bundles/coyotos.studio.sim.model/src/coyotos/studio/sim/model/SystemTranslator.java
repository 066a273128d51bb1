package coyotos.studio.sim.model;

import coyotos.studio.model.CapPage;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.Page;
import coyotos.studio.model.Process;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.Slot;
import coyotos.studio.model.SpaceBank;
import coyotos.studio.sim.image.Capability;
import coyotos.studio.sim.image.SystemImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Translates a {@link CoyotosSystem} into the simulator's {@link SystemImage}. Never throws on a bad model:
 * whatever cannot be translated is a {@link TranslationProblem} naming the element.
 *
 * <p>Ids in the image are the elements' URI fragments (the UUID xmi:ids of a saved model) and names are the
 * model names, so a {@code ProcessResult.id()} or an event's process maps straight back to the model.
 *
 * <p>What is not translated, and why:
 * <ul>
 * <li>Schedules: one round-robin scheduler; priority is not simulated (a warning when set). The schedule slot
 * only decides whether a process may run (NoSchedule, §3.1).</li>
 * <li>Contents of CapPages: capability loads and stores are simulated for access checks only (§4.3.1), so the
 * capabilities stored in a cap page are never read (a warning when present).</li>
 * <li>isolationDomain, architecture (only IA32 exists), descriptions: they feed validation, not simulated
 * cost.</li>
 * <li>A MapFreshPage slot other than -1, second and later handler actions: warnings, the simulation goes on
 * without them.</li>
 * </ul>
 */
public final class SystemTranslator {

    /** Translates {@code system}; a null system yields an error, not an exception. */
    public Translation translate(CoyotosSystem system) {
        Problems problems = new Problems();
        if (system == null) {
            problems.add(TranslationProblem.Severity.ERROR, null, "the file holds no Coyotos system to simulate.");
            return new Translation(null, null, problems.all());
        }
        CapabilityTranslator caps = new CapabilityTranslator(system, problems);
        ProfileTranslator profiles = new ProfileTranslator(problems);
        SystemImage.Builder b = SystemImage.builder(system.getName() != null ? system.getName() : "system");
        ProcessTranslator processes = new ProcessTranslator(problems, caps, b);
        b.setup(profiles.translate(system.getSimulation()));
        // Order follows the model: the builder's insertion order fixes the simulator's object numbering, so the
        // same file always gives the same digest.
        for (KernelObject o : system.getObjects()) {
            String id = Problems.id(o);
            switch (o) {
                // what loadimage, fillpage or set_page_uint64 put in a page is what a program reads there
                case Page p -> {
                    if (p.getContents() != null && p.getContents().length > 0) {
                        b.page(id, p.getContents());
                    } else {
                        b.page(id);
                    }
                }
                case CapPage c -> capPage(b, c, problems);
                case SpaceBank s -> bank(b, s, problems);
                case Gpt g -> b.gpt(gpt(g, caps, problems));
                case Endpoint e -> endpoint(b, e, caps, problems);
                case Process p -> b.process(processes.translate(p));
                case Schedule s -> {
                    if (s.getPriority() != 0) {
                        problems.warning(s, "priority " + s.getPriority() + " is not simulated: one round-robin "
                                + "scheduler runs every process.");
                    }
                }
                default -> problems.error(o, "the simulator has no " + o.eClass().getName() + " object.");
            }
        }
        try {
            return new Translation(b.build(), profiles.custom(), problems.all());
        } catch (IllegalArgumentException e) {
            // The image checks references once more; reaching here means a case the translator missed.
            problems.add(TranslationProblem.Severity.ERROR, null, "the system cannot be built: " + e.getMessage());
            return new Translation(null, profiles.custom(), problems.all());
        }
    }

    private static void capPage(SystemImage.Builder b, CapPage c, Problems problems) {
        b.capPage(Problems.id(c));
        if (c.getSlots().stream().anyMatch(s -> s.getCap() != null)) {
            problems.warning(c, "the capabilities stored in this cap page are not simulated (only access checks are).");
        }
    }

    private static void bank(SystemImage.Builder b, SpaceBank s, Problems problems) {
        long limit = s.getPageLimit();
        if (limit == 0) {
            problems.error(s, "page limit 0 (a bank that can give nothing) cannot be expressed: the simulator reads "
                    + "0 as unlimited. Use -1 for unlimited or a positive limit.");
        } else if (limit < -1) {
            problems.error(s, "page limit " + limit + " is negative; use -1 for unlimited.");
        }
        // The simulator's limit counts every object the bank hands out (GPTs as well as pages). The bank runs as a
        // user process named after the model's bank.
        b.bank(new coyotos.studio.sim.image.SpaceBank(Problems.id(s), Math.max(0, limit),
                s.getName()));
    }

    /** §4.3 GPT: 16 slots, slot 15 the memory handler when ha, slot 14 the background space when bg. */
    private static coyotos.studio.sim.image.Gpt gpt(Gpt g, CapabilityTranslator caps, Problems problems) {
        String id = Problems.id(g);
        int l2v = g.getL2v();
        if (l2v < 0 || l2v > 63) {
            problems.error(g, "l2v " + l2v + " is outside 0..63 (§4.3).");
            l2v = coyotos.studio.sim.image.Page.L2_SIZE;
        }
        List<Capability> slots = new ArrayList<>(Collections.nCopies(coyotos.studio.sim.image.Gpt.SLOTS, Capability.NULL));
        boolean[] seen = new boolean[coyotos.studio.sim.image.Gpt.SLOTS];
        for (Slot s : g.getSlots()) {
            if (s.getIndex() < 0 || s.getIndex() >= coyotos.studio.sim.image.Gpt.SLOTS) {
                problems.error(s, "slot index " + s.getIndex() + " is outside 0..15 (§4.3).");
            } else if (seen[s.getIndex()]) {
                problems.error(s, "slot " + s.getIndex() + " is defined twice; the simulator keeps the first.");
            } else {
                seen[s.getIndex()] = true;
                slots.set(s.getIndex(), caps.translate(s.getCap()));
            }
        }
        return new coyotos.studio.sim.image.Gpt(id, l2v, g.isHa(), g.isBg(), slots);
    }

    private static void endpoint(SystemImage.Builder b, Endpoint e, CapabilityTranslator caps, Problems problems) {
        String recipient = caps.target(e, e.getRecipient(), "recipient process");
        if (recipient == null) {
            // Without a recipient the endpoint cannot exist in the image; capabilities to it become errors there.
            problems.info(e, "left out of the simulation: it has no recipient.");
            return;
        }
        long payload = e.getProtectedPayload();
        if (payload < 0 || payload > Capability.PAYLOAD_LIMIT) {
            problems.error(e, "protected payload " + payload + " does not fit the kernel's 32 bits (obstore/Endpoint.h).");
            payload = 0;
        }
        b.endpoint(new coyotos.studio.sim.image.Endpoint(Problems.id(e), recipient, e.isPm(), e.getEndpointId(),
                payload));
    }
}

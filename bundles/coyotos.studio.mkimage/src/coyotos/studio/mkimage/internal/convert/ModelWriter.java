package coyotos.studio.mkimage.internal.convert;

import coyotos.studio.mkimage.internal.ast.Pos;
import coyotos.studio.mkimage.internal.image.Bank;
import coyotos.studio.mkimage.internal.image.Cap;
import coyotos.studio.mkimage.internal.image.CapPage;
import coyotos.studio.mkimage.internal.image.CapType;
import coyotos.studio.mkimage.internal.image.Endpoint;
import coyotos.studio.mkimage.internal.image.Gpt;
import coyotos.studio.mkimage.internal.image.Image;
import coyotos.studio.mkimage.internal.image.ImageObject;
import coyotos.studio.mkimage.internal.image.Page;
import coyotos.studio.mkimage.internal.image.Process;
import coyotos.studio.mkimage.internal.image.Restr;
import coyotos.studio.mkimage.internal.image.Slots;
import coyotos.studio.model.Architecture;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.FaultCode;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.MemoryCapability;
import coyotos.studio.model.MiscCapabilityKind;
import coyotos.studio.model.RunState;
import coyotos.studio.model.Slot;
import coyotos.studio.model.SpaceBank;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The image → a {@link CoyotosSystem}: one model object per object of the image in allocation order (a bank for
 * each bank, its endpoint folded into its capabilities; the prime bank and its endpoint only when a capability
 * names them), capabilities with their guard and restrictions, page contents, and on every element the
 * {@code file:line:column} of the statement that made it.
 */
public final class ModelWriter {
    private static final CoyotosFactory F = CoyotosFactory.eINSTANCE;

    /** A problem found while writing (a fault code the model has no literal for), and where. */
    public record Problem(Pos pos, String message) {
    }

    private final Image image;
    private final Map<ImageObject, KernelObject> model = new IdentityHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private ModelWriter(Image image) {
        this.image = image;
    }

    /** The objects that become model objects, in allocation order. */
    public static List<ImageObject> modelled(Image image) {
        boolean primeBank = false;
        boolean primeEndpoint = false;
        for (ImageObject o : image.objects()) {
            for (Cap c : caps(o)) {
                if (c.target() == image.prime().endpoint()) {
                    primeBank |= c.type() == CapType.ENTRY;
                    primeEndpoint |= c.type() != CapType.ENTRY;
                }
            }
        }
        List<ImageObject> out = new ArrayList<>();
        for (ImageObject o : image.objects()) {
            if (o instanceof Bank b) {
                if (!b.isPrime() || primeBank) {
                    out.add(b);
                }
            } else if (o instanceof Endpoint e && e.ofBank() != null) {
                if (e == image.prime().endpoint() && primeEndpoint) {
                    out.add(e);
                }
            } else {
                out.add(o);
            }
        }
        return out;
    }

    public static CoyotosSystem write(Image image, List<ImageObject> objects, Map<ImageObject, String> names,
            String systemName, List<Problem> problems) {
        ModelWriter w = new ModelWriter(image);
        CoyotosSystem system = F.createCoyotosSystem();
        system.setName(systemName);
        system.setArchitecture(Architecture.IA32);
        for (ImageObject o : objects) {
            KernelObject k = switch (o) {
                case Page p -> F.createPage();
                case CapPage c -> F.createCapPage();
                case Gpt g -> F.createGpt();
                case Endpoint e -> F.createEndpoint();
                case Process p -> F.createProcess();
                case Bank b -> F.createSpaceBank();
            };
            k.setName(names.get(o));
            k.setOrigin(origin(o.origin()));
            w.model.put(o, k);
            system.getObjects().add(k);
        }
        for (ImageObject o : objects) {
            w.fill(o, w.model.get(o));
        }
        problems.addAll(w.problems);
        return system;
    }

    private void fill(ImageObject o, KernelObject k) {
        if (o.bank() != null && !o.bank().isPrime()) {
            k.setBank((SpaceBank) model.get(o.bank()));
        }
        switch (o) {
            case Page p -> {
                byte[] data = p.data();
                if (data != null) {
                    int end = data.length;
                    while (end > 0 && data[end - 1] == 0) {
                        end--;
                    }
                    ((coyotos.studio.model.Page) k).setContents(end == 0 ? null : java.util.Arrays.copyOf(data, end));
                }
            }
            case CapPage c -> slots(c.slots, ((coyotos.studio.model.CapPage) k).getSlots(), false);
            case Gpt g -> {
                coyotos.studio.model.Gpt m = (coyotos.studio.model.Gpt) k;
                m.setL2v(g.l2v);
                m.setHa(g.ha);
                m.setBg(g.bg);
                slots(g.slots, m.getSlots(), false);
            }
            case Endpoint e -> {
                coyotos.studio.model.Endpoint m = (coyotos.studio.model.Endpoint) k;
                m.setPm(e.pm);
                m.setEndpointId(e.endpointId);
                m.setProtectedPayload(e.protPayload);
                if (e.recipient.target() instanceof Process p) {
                    m.setRecipient((coyotos.studio.model.Process) model.get(p));
                }
            }
            case Process p -> process(p, (coyotos.studio.model.Process) k);
            case Bank b -> {
                if (b.parent() != null && !b.parent().isPrime()) {
                    ((SpaceBank) k).setParent((SpaceBank) model.get(b.parent()));
                }
            }
        }
    }

    private void process(Process p, coyotos.studio.model.Process m) {
        m.setRunState(RunState.get(p.runState));
        m.setFlags(p.flags);
        FaultCode fc = p.faultCode <= Integer.MAX_VALUE ? FaultCode.get((int) p.faultCode) : null;
        if (fc == null) {
            problems.add(new Problem(p.faultCodeAt != null ? p.faultCodeAt : p.origin(), "faultCode " + p.faultCode
                    + " is not a fault code of the Process interface (idl/Process.idl enum FC)."));
            fc = FaultCode.NO_FAULT;
        }
        m.setFaultCode(fc);
        m.setFaultInfo(p.faultInfo);
        m.setAddressSpace(cap(p.slot(Process.Slot.ADDR_SPACE), p.slotOrigin(Process.Slot.ADDR_SPACE)));
        m.setSchedule(cap(p.slot(Process.Slot.SCHEDULE), p.slotOrigin(Process.Slot.SCHEDULE)));
        m.setHandler(cap(p.slot(Process.Slot.HANDLER), p.slotOrigin(Process.Slot.HANDLER)));
        m.setBrand(cap(p.slot(Process.Slot.BRAND), p.slotOrigin(Process.Slot.BRAND)));
        m.setCohort(cap(p.slot(Process.Slot.COHORT), p.slotOrigin(Process.Slot.COHORT)));
        m.setIoSpace(cap(p.slot(Process.Slot.IO_SPACE), p.slotOrigin(Process.Slot.IO_SPACE)));
        List<Slot> regs = new ArrayList<>();
        slots(p.capRegs, regs, true);
        for (Slot s : regs) {
            m.getRegisters().add((coyotos.studio.model.CapRegister) s);
        }
    }

    @SuppressWarnings("unchecked")
    private void slots(Slots slots, List<? extends Slot> into, boolean registers) {
        for (int i = 0; i < slots.size(); i++) {
            coyotos.studio.model.Capability c = cap(slots.get(i), slots.origin(i));
            if (c != null) {
                Slot s = registers ? F.createCapRegister() : F.createSlot();
                s.setIndex(i);
                s.setCap(c);
                ((List<Slot>) into).add(s);
            }
        }
    }

    /** A capability as the model holds it; null for the null capability (an empty slot). */
    private coyotos.studio.model.Capability cap(Cap c, Pos where) {
        coyotos.studio.model.Capability out = switch (c.type()) {
            case NULL -> null;
            case PAGE -> memory(F.createPageCapability(), c, () -> target(c));
            case CAP_PAGE -> memory(F.createCapPageCapability(), c, () -> target(c));
            case GPT -> memory(F.createGptCapability(), c, () -> target(c));
            case PHYS_PAGE -> {
                coyotos.studio.model.PhysicalPageCapability p = F.createPhysicalPageCapability();
                memory(p, c.withRestr(c.restr() & ~Restr.CD), () -> null);
                p.setFrame(c.payload());
                p.setCacheDisabled((c.restr() & Restr.CD) != 0);
                yield p;
            }
            case WINDOW -> {
                coyotos.studio.model.WindowCapability w = memory(F.createWindowCapability(), c, () -> null);
                w.setOffset(c.offset());
                yield w;
            }
            case LOCAL_WINDOW -> {
                coyotos.studio.model.LocalWindowCapability w = memory(F.createLocalWindowCapability(), c, () -> null);
                w.setOffset(c.offset());
                w.setSlot(c.slot());
                yield w;
            }
            case ENTRY -> {
                Endpoint e = c.endpoint();
                if (e.ofBank() != null) {
                    coyotos.studio.model.SpaceBankCapability b = F.createSpaceBankCapability();
                    b.setTarget((SpaceBank) model.get(e.ofBank()));
                    b.setProtectedPayload(c.payload());
                    yield b;
                }
                coyotos.studio.model.EntryCapability en = F.createEntryCapability();
                en.setTarget((coyotos.studio.model.Endpoint) model.get(e));
                en.setProtectedPayload(c.payload());
                yield en;
            }
            case APP_NOTICE -> {
                coyotos.studio.model.AppNoticeCapability a = F.createAppNoticeCapability();
                a.setTarget((coyotos.studio.model.Endpoint) model.get(c.endpoint()));
                a.setMask(c.payload());
                yield a;
            }
            case ENDPOINT -> {
                coyotos.studio.model.EndpointCapability en = F.createEndpointCapability();
                en.setTarget((coyotos.studio.model.Endpoint) model.get(c.endpoint()));
                yield en;
            }
            case PROCESS -> {
                coyotos.studio.model.ProcessCapability pc = F.createProcessCapability();
                pc.setTarget((coyotos.studio.model.Process) model.get(c.target()));
                yield pc;
            }
            default -> {
                coyotos.studio.model.MiscCapability m = F.createMiscCapability();
                m.setKind(MiscCapabilityKind.get(c.type().code));
                yield m;
            }
        };
        if (out != null && where != null) {
            out.setOrigin(origin(where));
        }
        return out;
    }

    private KernelObject target(Cap c) {
        return model.get(c.target());
    }

    private static <M extends MemoryCapability> M memory(M m, Cap c, java.util.function.Supplier<KernelObject> target) {
        m.setL2g(c.l2g());
        m.setMatch(c.match());
        m.setReadOnly((c.restr() & Restr.RO) != 0);
        m.setNoExecute((c.restr() & Restr.NX) != 0);
        m.setWeak((c.restr() & Restr.WK) != 0);
        m.setOpaque((c.restr() & Restr.OP) != 0);
        m.setNoCall((c.restr() & Restr.NC) != 0);
        KernelObject t = target.get();
        if (t != null) {
            m.eSet(m.eClass().getEStructuralFeature("target"), t);
        }
        return m;
    }

    /** Every capability an object holds. */
    static List<Cap> caps(ImageObject o) {
        List<Cap> out = new ArrayList<>();
        switch (o) {
            case CapPage c -> addAll(c.slots, out);
            case Gpt g -> addAll(g.slots, out);
            case Process p -> {
                addAll(p.capRegs, out);
                for (Process.Slot s : Process.Slot.values()) {
                    out.add(p.slot(s));
                }
            }
            case Endpoint e -> out.add(e.recipient);
            default -> {
            }
        }
        return out;
    }

    private static void addAll(Slots slots, List<Cap> out) {
        for (int i = 0; i < slots.size(); i++) {
            out.add(slots.get(i));
        }
    }

    static String origin(Pos pos) {
        return pos == null || pos.file() == null ? null : pos.toString();
    }
}

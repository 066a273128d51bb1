package coyotos.studio.mkimage.internal.export;

import coyotos.studio.model.CapPage;
import coyotos.studio.model.CapRegister;
import coyotos.studio.model.Capability;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Endpoint;
import coyotos.studio.model.FaultCode;
import coyotos.studio.model.Gpt;
import coyotos.studio.model.KernelObject;
import coyotos.studio.model.Page;
import coyotos.studio.model.Process;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.Slot;
import coyotos.studio.model.SpaceBank;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.eclipse.emf.ecore.EObject;

/**
 * A {@link CoyotosSystem} as an mkimage module: banks first, then each process with the objects it reaches first
 * (its endpoints, space and pages), each object a {@code def} under its model name; then, group by group, what
 * each object holds: fields, capabilities (see {@link CapExpressions}) and page contents, 64 bytes per line through
 * a small helper. Only constructs mkimage accepts are written; what it cannot say (schedules, workloads, handler
 * actions, simulation settings) is listed as a warning and left out.
 */
public final class MkiWriter {
    /** The helper the module defines to write page contents. */
    public static final String WORDS_HELPER = "put_words";
    private static final int ROW = 64;

    private final StringBuilder out = new StringBuilder();
    private final ExportNames names;
    private final CapExpressions caps;
    private final BiConsumer<EObject, String> warn;

    private MkiWriter(Set<String> reserved, BiConsumer<EObject, String> warn) {
        this.names = new ExportNames(reserved);
        this.warn = warn;
        this.caps = new CapExpressions(names, warn);
    }

    /** The module text; {@code warn} receives what could not be written as it is. */
    public static String write(CoyotosSystem system, String moduleName, Set<String> reserved, BiConsumer<EObject, String> warn) {
        MkiWriter w = new MkiWriter(reserved, warn);
        return w.module(system, moduleName);
    }

    private String module(CoyotosSystem system, String moduleName) {
        List<KernelObject> objects = new ArrayList<>(system.getObjects());
        int ordinal = 0;
        for (KernelObject o : objects) {
            if (!(o instanceof Schedule)) {
                names.assign(o, ++ordinal);
            }
        }
        Map<String, List<KernelObject>> groups = groups(objects);
        out.append("// Coyotos system image \"").append(system.getName() == null ? moduleName : system.getName().replace("*/", "* /"))
                .append("\", written by Coyotos Studio.\n");
        out.append("// Build it with: mkimage -t i386 -I <this directory> ").append(moduleName).append('\n');
        out.append("module ").append(moduleName).append(" {\n");
        if (objects.stream().anyMatch(o -> o instanceof Page p && p.getContents() != null && p.getContents().length > 0)) {
            helper();
        }
        unexpressible(system, objects);
        for (Map.Entry<String, List<KernelObject>> g : groups.entrySet()) {
            out.append("\n  // ---- ").append(g.getKey()).append(" ----\n");
            for (KernelObject o : g.getValue()) {
                allocate(o);
            }
        }
        for (Map.Entry<String, List<KernelObject>> g : groups.entrySet()) {
            int mark = out.length();
            out.append("\n  // ---- ").append(g.getKey()).append(": what the objects hold ----\n");
            int header = out.length();
            for (KernelObject o : g.getValue()) {
                fill(o);
            }
            if (out.length() == header) {
                out.setLength(mark);
            }
        }
        if (groups.isEmpty()) {
            // mkimage's grammar wants at least one statement in a module: one that does nothing
            out.append("  // this system has no objects mkimage can make\n  NullCap();\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private void helper() {
        out.append("  // Writes eight 64-bit words (64 bytes, little-endian) into page pg from offset at.\n");
        out.append("  def ").append(WORDS_HELPER).append("(pg, at, w0, w1, w2, w3, w4, w5, w6, w7) {\n");
        for (int i = 0; i < 8; i++) {
            out.append("    set_page_uint64(pg, at").append(i == 0 ? "" : " + " + (i * 8)).append(", w").append(i).append(");\n");
        }
        out.append("  }\n");
    }

    /**
     * Banks (parents first), then per process: the process and the objects first reached from it; then the rest.
     */
    private Map<String, List<KernelObject>> groups(List<KernelObject> objects) {
        Map<String, List<KernelObject>> groups = new LinkedHashMap<>();
        Map<EObject, Boolean> placed = new IdentityHashMap<>();
        Map<EObject, Integer> position = new IdentityHashMap<>();
        Map<Process, List<Endpoint>> served = new IdentityHashMap<>();
        for (KernelObject o : objects) {
            position.put(o, position.size());
            if (o instanceof Endpoint ep && ep.getRecipient() != null) {
                served.computeIfAbsent(ep.getRecipient(), k -> new ArrayList<>()).add(ep);
            }
        }
        List<KernelObject> banks = new ArrayList<>();
        for (KernelObject o : objects) {
            if (o instanceof SpaceBank b && !ExportNames.isPrimeBank(b)) {
                addBank(b, banks, placed);
            }
        }
        if (!banks.isEmpty()) {
            groups.put("space banks", banks);
        }
        for (KernelObject o : objects) {
            if (o instanceof Process p && !placed.containsKey(p)) {
                List<KernelObject> group = new ArrayList<>();
                Deque<KernelObject> queue = new ArrayDeque<>(List.of(p));
                while (!queue.isEmpty()) {
                    KernelObject k = queue.poll();
                    if (placed.containsKey(k) || k instanceof Process other && other != p || skip(k)) {
                        continue;
                    }
                    placed.put(k, true);
                    group.add(k);
                    for (KernelObject next : reached(k)) {
                        queue.add(next);
                    }
                    if (k == p) {
                        queue.addAll(served.getOrDefault(p, List.of()));
                    }
                }
                group.sort((a, b) -> Integer.compare(position.get(a), position.get(b)));
                groups.put("process " + names.of(p), group);
            }
        }
        List<KernelObject> rest = new ArrayList<>();
        for (KernelObject o : objects) {
            if (!placed.containsKey(o) && !skip(o)) {
                rest.add(o);
            }
        }
        if (!rest.isEmpty()) {
            groups.put("objects no process reaches first", rest);
        }
        return groups;
    }

    private void addBank(SpaceBank b, List<KernelObject> banks, Map<EObject, Boolean> placed) {
        if (placed.containsKey(b) || ExportNames.isPrimeBank(b)) {
            return;
        }
        placed.put(b, true);
        if (b.getParent() != null) {
            addBank(b.getParent(), banks, placed);
        }
        banks.add(b);
    }

    private static boolean skip(KernelObject o) {
        return o instanceof Schedule || ExportNames.isPrimeBank(o) || ExportNames.isPrimeBankEndpoint(o)
                || o instanceof SpaceBank;
    }

    private static List<KernelObject> reached(KernelObject o) {
        List<KernelObject> out = new ArrayList<>();
        for (Capability c : held(o)) {
            EObject t = c == null ? null : target(c);
            if (t instanceof KernelObject k && !(k instanceof SpaceBank)) {
                out.add(k);
            }
        }
        return out;
    }

    private static EObject target(Capability c) {
        var f = c.eClass().getEStructuralFeature("target");
        return f == null ? null : (EObject) c.eGet(f);
    }

    private static List<Capability> held(KernelObject o) {
        List<Capability> out = new ArrayList<>();
        switch (o) {
            case Process p -> {
                out.add(p.getAddressSpace());
                out.add(p.getHandler());
                p.getRegisters().forEach(r -> out.add(r.getCap()));
                out.add(p.getBrand());
                out.add(p.getCohort());
                out.add(p.getIoSpace());
            }
            case Gpt g -> g.getSlots().forEach(s -> out.add(s.getCap()));
            case CapPage c -> c.getSlots().forEach(s -> out.add(s.getCap()));
            default -> {
            }
        }
        return out;
    }

    private void allocate(KernelObject o) {
        String kind = switch (o) {
            case Page p -> "Page";
            case CapPage c -> "CapPage";
            case Gpt g -> "GPT";
            case Endpoint e -> "Endpoint";
            case Process p -> "Process";
            case SpaceBank b -> "Bank";
            default -> null;
        };
        String bank = o instanceof SpaceBank b ? bankName(b.getParent()) : bankName(o.getBank());
        out.append("  def ").append(names.of(o)).append(" = new ").append(kind).append('(').append(bank).append(");\n");
    }

    private String bankName(SpaceBank b) {
        return b == null ? ExportNames.PRIME_BANK : names.of(b);
    }

    private void fill(KernelObject o) {
        String n = names.of(o);
        switch (o) {
            case Process p -> process(n, p);
            case Gpt g -> {
                if (g.getL2v() != 12) {
                    line(n + ".l2v = " + g.getL2v());
                }
                if (g.isHa()) {
                    line(n + ".ha = 1");
                }
                if (g.isBg()) {
                    line(n + ".bg = 1");
                }
                for (Slot s : g.getSlots()) {
                    if (s.getIndex() < 0 || s.getIndex() > 15) {
                        warn.accept(s, "GPT slot " + s.getIndex() + " does not exist (0..15); left out");
                    } else if (s.getCap() != null) {
                        line(n + ".cap[" + s.getIndex() + "] = " + caps.of(s.getCap()));
                    }
                }
            }
            case CapPage c -> {
                for (Slot s : c.getSlots()) {
                    if (s.getIndex() < 0 || s.getIndex() > 255) {
                        warn.accept(s, "capability page slot " + s.getIndex() + " does not exist (0..255); left out");
                    } else if (s.getCap() != null) {
                        line(n + "[" + s.getIndex() + "] = " + caps.of(s.getCap()));
                    }
                }
            }
            case Endpoint e -> {
                if (e.getRecipient() != null) {
                    line(n + ".recipient = " + names.of(e.getRecipient()));
                }
                if (e.isPm()) {
                    line(n + ".pm = 1");
                }
                if (e.getEndpointId() != 0) {
                    line(n + ".endpointID = " + Numbers.hex(e.getEndpointId()));
                }
                if (e.getProtectedPayload() != 0) {
                    line(n + ".protPayload = " + Numbers.hex(e.getProtectedPayload()));
                }
            }
            case Page p -> contents(n, p.getContents());
            default -> {
            }
        }
    }

    private void process(String n, Process p) {
        if (p.getRunState().getValue() != 0) {
            line(n + ".runState = " + p.getRunState().getValue());
        }
        if (p.getFlags() != 0) {
            line(n + ".flags = " + Numbers.hex(p.getFlags()));
        }
        if (p.getFaultCode() != FaultCode.NO_FAULT) {
            out.append("  ").append(n).append(".faultCode = ").append(p.getFaultCode().getValue()).append(";  // ")
                    .append(p.getFaultCode().getName()).append('\n');
        }
        if (p.isSetFaultInfo() && p.getFaultInfo() != 0) {
            line(n + ".faultInfo = " + Numbers.hex(p.getFaultInfo()));
        }
        slot(n + ".addrSpace", p.getAddressSpace());
        slot(n + ".schedule", p.getSchedule());
        slot(n + ".handler", p.getHandler());
        slot(n + ".brand", p.getBrand());
        slot(n + ".cohort", p.getCohort());
        slot(n + ".ioSpace", p.getIoSpace());
        for (CapRegister r : p.getRegisters()) {
            if (r.getIndex() <= 0 || r.getIndex() > 31) {
                warn.accept(r, "capability register " + r.getIndex() + " cannot be set in mkimage (1..31); left out");
            } else if (r.getCap() != null) {
                line(n + ".capReg[" + r.getIndex() + "] = " + caps.of(r.getCap()));
            }
        }
    }

    private void slot(String lhs, Capability c) {
        if (c != null) {
            line(lhs + " = " + caps.of(c));
        }
    }

    /** Page bytes as rows of eight little-endian words; rows of zeros are skipped (pages start zeroed). */
    private void contents(String n, byte[] data) {
        if (data == null) {
            return;
        }
        byte[] page = java.util.Arrays.copyOf(data, Math.max(4096, data.length));
        if (data.length > 4096) {
            warn.accept(null, "page " + n + " holds " + data.length + " bytes; only the first 4096 are a page");
        }
        for (int row = 0; row < 4096; row += ROW) {
            boolean any = false;
            for (int i = row; i < row + ROW; i++) {
                any |= page[i] != 0;
            }
            if (!any) {
                continue;
            }
            StringBuilder s = new StringBuilder(WORDS_HELPER).append('(').append(n).append(", ").append(Numbers.hex(row));
            for (int w = 0; w < 8; w++) {
                long v = 0;
                for (int b = 7; b >= 0; b--) {
                    v = (v << 8) | (page[row + w * 8 + b] & 0xff);
                }
                s.append(", ").append(Numbers.hex(v));
            }
            line(s.append(')').toString());
        }
    }

    private void unexpressible(CoyotosSystem system, List<KernelObject> objects) {
        if (system.getSimulation() != null) {
            warn.accept(system, "the simulation settings are not part of an mkimage module; left out");
        }
        for (KernelObject o : objects) {
            if (o instanceof Schedule s) {
                warn.accept(s, "mkimage cannot make schedules; schedule " + s.getName() + " is left out");
            } else if (o instanceof SpaceBank b && b.getPageLimit() != -1) {
                warn.accept(b, "mkimage cannot limit a bank; the page limit of " + b.getName() + " is left out");
            } else if (o instanceof Process p) {
                if (p.getWorkload() != null || !p.getHandlerActions().isEmpty() || p.getActivationHandler() != null) {
                    warn.accept(p, "the workload, handler actions and activation handler of " + p.getName()
                            + " are simulation inputs, not part of an mkimage module; left out");
                }
            }
        }
    }

    private void line(String s) {
        out.append("  ").append(s).append(";\n");
    }
}

package coyotos.studio.sim.image;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The immutable input of a simulation: every kernel object of the initial system, plus the setup.
 * Ids are strings so that a model's UUIDs can be carried through to results and events.
 */
public record SystemImage(String name, List<ProcessSpec> processes, List<Gpt> gpts, List<Page> pages,
        List<CapPage> capPages, List<Endpoint> endpoints, List<SpaceBank> banks, Setup setup) {

    public SystemImage {
        processes = List.copyOf(processes);
        gpts = List.copyOf(gpts);
        pages = List.copyOf(pages);
        capPages = List.copyOf(capPages);
        endpoints = List.copyOf(endpoints);
        banks = List.copyOf(banks);
        setup = setup == null ? Setup.DEFAULT : setup;
        checkReferences(processes, gpts, pages, capPages, endpoints, banks);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public SystemImage withSetup(Setup s) {
        return new SystemImage(name, processes, gpts, pages, capPages, endpoints, banks, s);
    }

    /** Ids must be unique per kind, and every capability must name an existing object of its kind. */
    private static void checkReferences(List<ProcessSpec> procs, List<Gpt> gpts, List<Page> pages,
            List<CapPage> capPages, List<Endpoint> eps, List<SpaceBank> banks) {
        Map<CapType, Set<String>> ids = new LinkedHashMap<>();
        ids.put(CapType.PROCESS, uniq(procs.stream().map(ProcessSpec::id).toList(), "process"));
        ids.put(CapType.GPT, uniq(gpts.stream().map(Gpt::id).toList(), "GPT"));
        ids.put(CapType.PAGE, uniq(pages.stream().map(Page::id).toList(), "page"));
        ids.put(CapType.CAP_PAGE, uniq(capPages.stream().map(CapPage::id).toList(), "cap page"));
        ids.put(CapType.ENDPOINT, uniq(eps.stream().map(Endpoint::id).toList(), "endpoint"));
        ids.put(CapType.ENTRY, ids.get(CapType.ENDPOINT));
        ids.put(CapType.SPACE_BANK, uniq(banks.stream().map(SpaceBank::id).toList(), "space bank"));
        for (Endpoint e : eps) {
            require(ids.get(CapType.PROCESS).contains(e.recipient()), "endpoint " + e.id() + " recipient "
                    + e.recipient() + " is not a process");
        }
        for (Gpt g : gpts) {
            for (Capability c : g.slots()) {
                check(ids, c, "GPT " + g.id());
            }
        }
        for (ProcessSpec p : procs) {
            for (Capability c : p.capRegisters()) {
                check(ids, c, "process " + p.id());
            }
            check(ids, p.handler(), "handler slot of " + p.id());
            check(ids, p.addressSpace(), "address space of " + p.id());
            checkAction(ids, p.server() == null ? null : p.server().onFault(), p.id());
            checkAction(ids, p.activation() == null ? null : p.activation().action(), p.id());
        }
    }

    private static void checkAction(Map<CapType, Set<String>> ids, FaultAction a, String pid) {
        if (a != null && a.kind() == FaultAction.Kind.MAP_FRESH_PAGE) {
            require(a.gpt() == null || ids.get(CapType.GPT).contains(a.gpt()), "handler action of " + pid + " names unknown GPT " + a.gpt());
            require(ids.get(CapType.SPACE_BANK).contains(a.bank()), "handler action of " + pid + " names unknown bank " + a.bank());
        }
    }

    private static void check(Map<CapType, Set<String>> ids, Capability c, String where) {
        Set<String> known = ids.get(c.type());
        if (known != null) {
            require(known.contains(c.target()), where + " holds a " + c.type() + " capability to unknown id " + c.target());
        }
    }

    private static Set<String> uniq(List<String> list, String kind) {
        Set<String> s = new HashSet<>();
        for (String id : list) {
            require(s.add(id), "duplicate " + kind + " id " + id);
        }
        return s;
    }

    private static void require(boolean ok, String msg) {
        if (!ok) {
            throw new IllegalArgumentException(msg);
        }
    }

    /** Mutable builder; objects keep insertion order, which fixes the simulation's object numbering. */
    public static final class Builder {
        private final String name;
        private final Map<String, ProcessSpec> processes = new LinkedHashMap<>();
        private final Map<String, Gpt> gpts = new LinkedHashMap<>();
        private final Map<String, Page> pages = new LinkedHashMap<>();
        private final Map<String, CapPage> capPages = new LinkedHashMap<>();
        private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        private final Map<String, SpaceBank> banks = new LinkedHashMap<>();
        private Setup setup = Setup.DEFAULT;

        private Builder(String name) {
            this.name = name;
        }

        public Builder process(ProcessSpec p) { processes.put(p.id(), p); return this; }
        public Builder gpt(Gpt g) { gpts.put(g.id(), g); return this; }
        public Builder page(String id) { pages.put(id, new Page(id)); return this; }
        public Builder capPage(String id) { capPages.put(id, new CapPage(id)); return this; }
        public Builder endpoint(Endpoint e) { endpoints.put(e.id(), e); return this; }
        public Builder bank(SpaceBank b) { banks.put(b.id(), b); return this; }
        public Builder setup(Setup s) { this.setup = s; return this; }

        public boolean hasGpt(String id) { return gpts.containsKey(id); }

        public Gpt gptDraft(String id) {
            Gpt g = gpts.get(id);
            if (g == null) {
                throw new IllegalArgumentException("no GPT " + id);
            }
            return g;
        }

        /** Replaces one slot of an already added GPT. */
        public Builder slot(String gptId, int slot, Capability cap) {
            gpts.put(gptId, gptDraft(gptId).withSlot(slot, cap));
            return this;
        }

        public SystemImage build() {
            return new SystemImage(name, List.copyOf(processes.values()), List.copyOf(gpts.values()),
                    List.copyOf(pages.values()), List.copyOf(capPages.values()), List.copyOf(endpoints.values()),
                    List.copyOf(banks.values()), setup);
        }
    }
}

package coyotos.studio.sim.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coyotos.studio.sim.image.KernelVariant;
import coyotos.studio.sim.report.ProfileReport;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("x86 machine model: TLB, CR3, page tables, profiles, kernel-variant rules")
class MachineModelTest {

    @Test
    @DisplayName("Intel SDM §4.10.4: CR3 load without PCID flushes non-global entries; global ones survive")
    void flushKeepsGlobal() {
        Tlb t = new Tlb(64, 4);
        t.insert(0, 0x100, Tlb.WRITABLE);
        t.insert(Tlb.KERNEL_PCID, 0xC0000, Tlb.GLOBAL);
        t.flushNonGlobal();
        assertEquals(-1, t.lookup(0, 0x100));
        assertTrue(t.lookup(Tlb.KERNEL_PCID, 0xC0000) >= 0);
        t.flushAll();
        assertEquals(-1, t.lookup(Tlb.KERNEL_PCID, 0xC0000));
    }

    @Test
    @DisplayName("Set-associative LRU: a working set larger than a set's ways evicts the least recently used")
    void lruEviction() {
        Tlb t = new Tlb(8, 2); // 4 sets
        t.insert(0, 0, 0);
        t.insert(0, 4, 0);
        t.lookup(0, 0);
        t.insert(0, 8, 0); // same set: evicts 4
        assertTrue(t.lookup(0, 0) >= 0);
        assertEquals(-1, t.lookup(0, 4));
        assertTrue(t.lookup(0, 8) >= 0);
    }

    @Test
    @DisplayName("pentium4: the NetBurst DTLB is 64 entries, fully associative (one set)")
    void netBurstTlbIsFullyAssociative() {
        Tlb t = new Tlb(CpuProfiles.PENTIUM4.tlbEntries(), CpuProfiles.PENTIUM4.tlbWays());
        for (int i = 0; i < 64; i++) {
            t.insert(0, i * 64L, 0); // addresses that would share a set in any set-associative TLB
        }
        for (int i = 0; i < 64; i++) {
            assertTrue(t.lookup(0, i * 64L) >= 0, "entry " + i + " kept");
        }
        t.insert(0, 64 * 64L, 0);
        assertEquals(-1, t.lookup(0, 0), "the 65th entry evicts the least recently used");
    }

    @Test
    @DisplayName("PCID: entries of different spaces coexist across CR3 loads; untagged they do not")
    void pcidKeepsEntries() {
        Cpu cpu = new Cpu(0, CpuProfiles.MODERN_PCID);
        HardwarePageTables a = new HardwarePageTables(0, 1, 4);
        HardwarePageTables b = new HardwarePageTables(1, 2, 4);
        cpu.switchTo(a);
        cpu.tlb().insert(cpu.tagOf(a), 0x10, 0);
        assertTrue(cpu.switchTo(b));
        assertFalse(cpu.switchTo(b));
        cpu.switchTo(a);
        assertTrue(cpu.tlb().lookup(cpu.tagOf(a), 0x10) >= 0);
        Cpu old = new Cpu(0, CpuProfiles.PENTIUM4);
        old.switchTo(a);
        old.tlb().insert(old.tagOf(a), 0x10, 0);
        old.switchTo(b);
        old.switchTo(a);
        assertEquals(-1, old.tlb().lookup(old.tagOf(a), 0x10));
        Cpu untagged = new Cpu(0, CpuProfiles.MODERN_PCID, false);
        untagged.switchTo(a);
        untagged.tlb().insert(untagged.tagOf(a), 0x10, 0);
        untagged.switchTo(b);
        untagged.switchTo(a);
        assertEquals(-1, untagged.tlb().lookup(untagged.tagOf(a), 0x10), "a kernel that does not use PCID flushes");
    }

    @Test
    @DisplayName("IA-32 two-level tables: one page-table page per 4 MiB touched, plus the directory")
    void pageTableMemory() {
        HardwarePageTables hw = new HardwarePageTables(0, 1, 2);
        assertEquals(1, hw.build(0x10000, 0, 0));
        assertEquals(0, hw.build(0x10001, 1, 0));
        assertEquals(1, hw.build(0x10400, 2, 0));
        assertEquals(3 * 4096, hw.bytes());
        assertEquals(0, hw.lookup(0x10000));
        assertEquals(-1, hw.lookup(0x20000));
    }

    @Test
    @DisplayName("Profiles: pentium4, core2, the p4-2007 alias for saved configurations, user profiles derived and registered")
    void profiles() {
        CpuProfiles reg = CpuProfiles.withBuiltins();
        assertEquals(List.of("pentium4", "core2", "modern-pcid", "modern-kpti"), reg.names());
        assertTrue(reg.contains(CpuProfiles.P4_2007_ALIAS));
        assertEquals(CpuProfiles.PENTIUM4, reg.get("p4-2007"), "the alias runs the pentium4 profile");
        assertEquals("pentium4", reg.canonical("p4-2007"));
        assertFalse(reg.get("core2").pcid());
        assertTrue(reg.get("modern-pcid").pcid());
        CostProfile mine = CpuProfiles.PENTIUM4.toBuilder("p4-big-tlb").tlb(1024, 8, 60).build();
        reg.register(mine);
        assertEquals(1024, reg.get("p4-big-tlb").tlbEntries());
        assertEquals(CpuProfiles.PENTIUM4.cr3LoadCycles(), mine.cr3LoadCycles());
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> reg.get("nope"));
        assertTrue(e.getMessage().contains("alias p4-2007 = pentium4"), e.getMessage());
        // Any geometry is simulated (100 entries, 3 ways: 33 sets, one with 4 ways); sizes no array holds are not.
        assertEquals(100, CpuProfiles.PENTIUM4.toBuilder("odd").tlb(100, 3, 1).build().tlbEntries());
        assertThrows(IllegalArgumentException.class,
                () -> CpuProfiles.PENTIUM4.toBuilder("huge").tlb(Integer.MAX_VALUE, 4, 1).build());
        assertThrows(IllegalArgumentException.class, () -> CpuProfiles.PENTIUM4.toBuilder("no-ways").tlb(64, 0, 1).build());
        assertThrows(IllegalArgumentException.class, () -> CpuProfiles.PENTIUM4.toBuilder("negative").cr3Load(-1000).build());
        assertThrows(IllegalArgumentException.class, () -> CpuProfiles.PENTIUM4.toBuilder("bad").pae(false).nx(true).build(),
                "NX needs PAE");
    }

    @Test
    @DisplayName("Every constant of every built-in profile carries its source or the word estimate; modern profiles are hypothetical")
    void everyConstantHasASource() {
        for (String name : CpuProfiles.withBuiltins().names()) {
            CostProfile p = CpuProfiles.builtin(name);
            assertEquals(CostProfile.constantNames().size(), p.explain().size());
            for (CostProfile.Constant c : p.explain()) {
                assertFalse(c.source().contains("no source recorded"), name + "." + c.name() + " has no source");
                assertFalse(c.source().isBlank(), name + "." + c.name());
            }
            String table = ProfileReport.render(p);
            assertTrue(table.contains("trapEntryCycles") && table.contains(String.valueOf(p.trapEntryCycles())), table);
        }
        assertFalse(CpuProfiles.PENTIUM4.hypothetical());
        assertFalse(CpuProfiles.CORE2.hypothetical());
        assertTrue(CpuProfiles.MODERN_PCID.hypothetical());
        assertTrue(CpuProfiles.MODERN_KPTI.hypothetical());
        assertTrue(ProfileReport.render(CpuProfiles.MODERN_PCID).contains("(hypothetical port)"));
        CostProfile.Constant tlb = CpuProfiles.PENTIUM4.explain().stream().filter(c -> c.name().equals("tlbEntries"))
                .findFirst().orElseThrow();
        assertFalse(tlb.estimate(), "the DTLB size is published");
        CostProfile.Constant trap = CpuProfiles.PENTIUM4.explain().stream()
                .filter(c -> c.name().equals("trapEntryCycles")).findFirst().orElseThrow();
        assertTrue(trap.estimate(), "Intel publishes no INT latency: the number is an estimate and says so");
        assertThrows(IllegalArgumentException.class, () -> CostProfile.builder("x").source("s", "nonsense"));
    }

    @Test
    @DisplayName("coyotos-2007: int $0x30/IRET, two CR3 loads per hand-off, non-global kernel pages, no PCID, no NX, PAE tables")
    void coyotos2007Rules() {
        VariantRules r = VariantRules.of(KernelVariant.COYOTOS_2007, CpuProfiles.CORE2);
        assertEquals(CpuProfiles.CORE2.trapEntryCycles(), r.invocationEntryCycles(), "int $0x30 (IRQ.c:355-369)");
        assertEquals(CpuProfiles.CORE2.iretCycles(), r.invocationExitCycles(), "IRET (interrupt.S:336,382)");
        assertEquals(2, r.cr3LoadsPerHandOff(true), "kern_Sched.c:46-48 then kern_Process.c:412, even sharing a map");
        assertEquals(2, r.cr3LoadsPerHandOff(false));
        assertFalse(r.globalKernelPages(), "boot.S:268-270: kernel pages are never global");
        assertFalse(VariantRules.of(KernelVariant.COYOTOS_2007, CpuProfiles.MODERN_PCID).pcid());
        assertFalse(r.nx(), "hwmap.c:55: NX is never enabled");
        assertEquals(3, r.pageTableLevels(), "boot.S:258-259: PAE whenever the CPU has it");
        assertEquals(2, VariantRules.of(KernelVariant.COYOTOS_2007, CpuProfiles.PENTIUM4.toBuilder("nopae")
                .pae(false).nx(false).build()).pageTableLevels());
    }

    @Test
    @DisplayName("eros-design: the fast entry pair, no CR3 load between processes sharing a map, global pages, PCID and NX where the CPU has them")
    void erosDesignRules() {
        VariantRules r = VariantRules.of(KernelVariant.EROS_DESIGN, CpuProfiles.CORE2);
        assertEquals(CpuProfiles.CORE2.syscallEntryCycles(), r.invocationEntryCycles());
        assertEquals(CpuProfiles.CORE2.syscallExitCycles(), r.invocationExitCycles());
        assertEquals(0, r.cr3LoadsPerHandOff(true));
        assertEquals(1, r.cr3LoadsPerHandOff(false));
        assertTrue(r.globalKernelPages());
        assertTrue(r.nx());
        assertFalse(VariantRules.of(KernelVariant.EROS_DESIGN, CpuProfiles.PENTIUM4).nx(), "pentium4 has no XD bit");
        assertTrue(VariantRules.of(KernelVariant.EROS_DESIGN, CpuProfiles.MODERN_PCID).pcid());
        assertEquals(CpuProfiles.CORE2.pageTableLevels(), r.pageTableLevels());
    }

    @Test
    @DisplayName("Kernel variants by name; an unknown name lists the known ones")
    void variantNames() {
        assertEquals(KernelVariant.COYOTOS_2007, KernelVariant.of("coyotos-2007"));
        assertEquals(KernelVariant.EROS_DESIGN, KernelVariant.of("eros-design"));
        assertEquals(KernelVariant.COYOTOS_2007, KernelVariant.DEFAULT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelVariant.of("l4"));
        assertTrue(e.getMessage().contains("l4") && e.getMessage().contains("coyotos-2007, eros-design"), e.getMessage());
    }
}

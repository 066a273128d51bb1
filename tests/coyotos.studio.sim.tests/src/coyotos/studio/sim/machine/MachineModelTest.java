package coyotos.studio.sim.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("x86 machine model: TLB, CR3, page tables, profiles")
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
    @DisplayName("PCID: entries of different spaces coexist across CR3 loads")
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
        Cpu old = new Cpu(0, CpuProfiles.P4_2007);
        old.switchTo(a);
        old.tlb().insert(old.tagOf(a), 0x10, 0);
        old.switchTo(b);
        old.switchTo(a);
        assertEquals(-1, old.tlb().lookup(old.tagOf(a), 0x10));
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
    @DisplayName("Profiles: built-ins by name, user profiles derived and registered")
    void profiles() {
        CpuProfiles reg = CpuProfiles.withBuiltins();
        assertTrue(reg.names().containsAll(java.util.List.of("p4-2007", "modern-pcid")));
        assertFalse(reg.get("p4-2007").pcid());
        assertTrue(reg.get("modern-pcid").pcid());
        CostProfile mine = CpuProfiles.P4_2007.toBuilder("p4-big-tlb").tlb(1024, 8, 60).build();
        reg.register(mine);
        assertEquals(1024, reg.get("p4-big-tlb").tlbEntries());
        assertEquals(CpuProfiles.P4_2007.cr3LoadCycles(), mine.cr3LoadCycles());
        assertThrows(NoSuchElementException.class, () -> reg.get("nope"));
        // Any geometry is simulated (100 entries, 3 ways: 33 sets, one with 4 ways); sizes no array holds are not.
        assertEquals(100, CpuProfiles.P4_2007.toBuilder("odd").tlb(100, 3, 1).build().tlbEntries());
        assertThrows(IllegalArgumentException.class,
                () -> CpuProfiles.P4_2007.toBuilder("huge").tlb(Integer.MAX_VALUE, 4, 1).build());
        assertThrows(IllegalArgumentException.class, () -> CpuProfiles.P4_2007.toBuilder("no-ways").tlb(64, 0, 1).build());
        assertThrows(IllegalArgumentException.class, () -> CpuProfiles.P4_2007.toBuilder("negative").cr3Load(-1000).build());
    }
}

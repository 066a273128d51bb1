package coyotos.studio.x86.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * How runs end and resume: exact instruction budgets, determinism across any split into runs, snapshot and
 * replay, a stop request from another thread; and the decoded-code cache against what can change under it:
 * an instruction running into a missing page, the host writing code, a page remapped, one page mapped at two
 * addresses, and page-map entries displacing each other.
 */
class ExecutionTest {
    static final int CODE = 0x50000000;

    /** The whole program in one run, then in runs of varying length: same state, memory and counts. */
    @Test
    void anySplitIntoRunsGivesTheSameResult() {
        TestMachine whole = Programs.load("compute");
        Exit end = whole.run(Long.MAX_VALUE);
        assertEquals(ExitKind.TRAP, end.kind());
        TestMachine split = Programs.load("compute");
        long total = 0;
        int[] sizes = {1, 1, 2, 3, 5, 8, 13, 1000, 7, 64, 65, 63};
        for (int k = 0; ; k++) {
            long budget = k < 3000 ? sizes[k % sizes.length] : 1000;
            Exit e = split.run(budget);
            total += e.retired();
            if (e.kind() != ExitKind.BUDGET) {
                assertEquals(end.kind(), e.kind());
                assertEquals(end.pc(), e.pc());
                break;
            }
            assertEquals(budget, e.retired(), "a budget exit retires exactly the budget");
        }
        assertEquals(end.retired(), total);
        assertEquals(whole.state, split.state);
        assertEquals(whole.counts, split.counts);
        int data = Programs.symbol("compute", "__dump_start");
        int length = Programs.symbol("compute", "__dump_length");
        assertArrayEquals(whole.bytes(data, length), split.bytes(data, length));
    }

    /** A debugger steps back by restoring a snapshot (registers and memory) and replaying a number of instructions. */
    @Test
    void snapshotAndReplayReproduceTheState() {
        TestMachine m = Programs.load("sort");
        m.run(20_000);
        CpuState snapshot = m.state.copy();
        int data = Programs.symbol("sort", "__dump_start");
        int length = Programs.symbol("sort", "__dump_length");
        byte[] memory = m.bytes(data, length);
        m.run(12_345);
        CpuState later = m.state.copy();
        byte[] laterMemory = m.bytes(data, length);

        m.state.copyFrom(snapshot);
        for (int i = 0; i < length; i++) {
            m.write8(data + i, memory[i]);
        }
        m.run(12_345);
        assertEquals(later, m.state);
        assertArrayEquals(laterMemory, m.bytes(data, length));
    }

    @Test
    void aStopRequestEndsTheRunAtABlockBoundaryWhereAnotherRunCanResume() throws Exception {
        TestMachine m = Programs.load("regloop");
        CompletableFuture<Exit> running = CompletableFuture.supplyAsync(() -> m.run(Long.MAX_VALUE));
        Thread.sleep(20);
        m.cpu.requestStop();
        Exit stopped = running.get(60, TimeUnit.SECONDS);
        assertEquals(ExitKind.STOPPED, stopped.kind());
        assertEquals(m.state.eip(), stopped.pc());
        assertTrue(stopped.retired() > 0);
        // the same number of instructions as one budgeted run gives the same state
        TestMachine same = Programs.load("regloop");
        assertEquals(ExitKind.BUDGET, same.run(stopped.retired()).kind());
        assertEquals(same.state, m.state);
        assertEquals(ExitKind.BUDGET, m.run(1000).kind(), "and it runs on from there");

        m.cpu.requestStop();
        Exit before = m.run(10);
        assertEquals(ExitKind.STOPPED, before.kind(), "a request between runs stops the next one at once");
        assertEquals(0, before.retired());
    }

    /** mov $1,%eax; inc %eax; then a five-byte mov whose last byte is on the next page. */
    private static TestMachine straddling() {
        TestMachine m = new TestMachine();
        byte[] page = m.map(CODE, false, true);
        int at = 0xff6;
        byte[] code = {(byte) 0xb8, 1, 0, 0, 0, 0x40, (byte) 0xb8, 0x78, 0x56, 0x34};
        System.arraycopy(code, 0, page, at, code.length);
        m.state.setEip(CODE + at);
        return m;
    }

    @Test
    void anInstructionRunningIntoAMissingPageFaultsOnlyWhenReached() {
        TestMachine m = straddling();
        Exit e = m.run(100);
        assertEquals(ExitKind.FAULT, e.kind());
        assertEquals(Vector.PF, e.vector());
        assertEquals(CpuHost.PF_U | CpuHost.PF_I, e.errorCode());
        assertEquals(CODE + 0x1000, e.faultAddress(), "CR2: the byte it could not fetch");
        assertEquals(CODE + 0xffc, e.pc());
        assertEquals(2, e.retired(), "the two instructions before it ran");
        assertEquals(2, m.state.reg(CpuState.EAX));
        byte[] next = m.map(CODE + 0x1000, false, true);
        next[0] = 0x12;
        next[1] = (byte) 0xcc;
        e = m.run(100);
        assertEquals(Vector.BP, e.vector());
        assertEquals(0x12345678, m.state.reg(CpuState.EAX));
    }

    @Test
    void codeTheHostWritesIsDecodedAfresh() {
        TestMachine m = new TestMachine();
        byte[] page = m.map(CODE, false, true);
        byte[] code = {(byte) 0xb8, 1, 0, 0, 0, (byte) 0xcc};
        System.arraycopy(code, 0, page, 0, code.length);
        m.state.setEip(CODE);
        m.run(100);
        assertEquals(1, m.state.reg(CpuState.EAX));
        m.write8(CODE + 1, 9); // through PageMap's owner, which calls codeWritten
        m.state.setEip(CODE);
        m.run(100);
        assertEquals(9, m.state.reg(CpuState.EAX));
    }

    @Test
    void aRemappedPageRunsItsOwnCode() {
        TestMachine m = new TestMachine();
        byte[] one = {(byte) 0xb8, 1, 0, 0, 0, (byte) 0xcc};
        byte[] two = {(byte) 0xb8, 2, 0, 0, 0, (byte) 0xcc};
        byte[] a = m.map(CODE, false, true);
        System.arraycopy(one, 0, a, 0, one.length);
        m.state.setEip(CODE);
        m.run(100);
        byte[] b = m.map(CODE, new byte[4096], false, true);
        System.arraycopy(two, 0, b, 0, two.length);
        m.state.setEip(CODE);
        m.run(100);
        assertEquals(2, m.state.reg(CpuState.EAX), "the new page's code, not the old page's decoded block");
    }

    @Test
    void aWriteThroughAnotherMappingOfACodePageDropsItsDecodedCode() {
        TestMachine m = new TestMachine();
        byte[] page = new byte[4096];
        m.map(CODE, page, false, true);
        m.map(0x51000000, page, true, false);
        // mov $1,%eax; mov %eax,0x51000001 (the immediate of the first mov, through the other mapping); int3
        byte[] code = {(byte) 0xb8, 1, 0, 0, 0, (byte) 0xa3, 1, 0, 0, 0x51, (byte) 0xcc};
        System.arraycopy(code, 0, page, 0, code.length);
        m.state.setEip(CODE);
        m.run(100);
        assertEquals(1, page[1]);
        m.state.setReg(CpuState.EAX, 7);
        m.state.setEip(CODE + 5);
        m.run(100); // stores 7 into the first mov's immediate
        m.state.setEip(CODE);
        m.run(100);
        assertEquals(7, m.state.reg(CpuState.EAX), "the rewritten immediate");
    }

    @Test
    void pagesThatShareAPageMapEntryTakeTurns() {
        TestMachine m = new TestMachine();
        byte[] code = m.map(CODE, false, true);
        int a = 0x10000000;
        int b = a + (PageMap.ENTRIES << 12); // the same page-map entry
        m.map(a, true, false);
        m.map(b, true, false);
        // 100 times: add [a], add [b] to eax after storing ecx into both
        byte[] prog = {
            (byte) 0xb9, 100, 0, 0, 0,                       // mov $100,%ecx
            (byte) 0x89, 0x0d, 0, 0, 0, 0x10,                // mov %ecx,a
            (byte) 0x89, 0x0d, 0, 0, 0, 0x11,                // mov %ecx,b
            0x03, 0x05, 0, 0, 0, 0x10,                       // add a,%eax
            0x03, 0x05, 0, 0, 0, 0x11,                       // add b,%eax
            (byte) 0xe2, (byte) 0xe6,                        // loop back to the first store
            (byte) 0xcc};
        System.arraycopy(prog, 0, code, 0, prog.length);
        m.state.setEip(CODE);
        assertEquals(Vector.BP, m.run(10_000).vector());
        assertEquals(2 * 5050, m.state.reg(CpuState.EAX));
        assertTrue(m.translations > 200, "they displaced each other: " + m.translations + " translations");
    }
}

package coyotos.studio.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IStackFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Process;
import coyotos.studio.model.Schedule;
import coyotos.studio.model.ScheduleCapability;
import coyotos.studio.model.io.CoyotosModel;
import coyotos.studio.sim.debug.StopReason;
import coyotos.studio.sim.model.ModelSimulation;
import coyotos.studio.sim.model.SimulationOverrides;
import coyotos.studio.sim.result.ProgramResult;
import coyotos.studio.sim.result.RunResult;
import coyotos.studio.x86.cpu.CpuState;
import coyotos.studio.x86.elf.ElfImage;

/**
 * The debugger on a process that runs a C program (programs/frames.c, built with frame pointers: _start calls main,
 * main calls middle, middle calls leaf): stepping by instructions forward and back, the x86 registers, the frames
 * of the frame-pointer chain with their disassembly and symbols, the disassembly around the PC and through unmapped
 * memory, and an instruction breakpoint.
 */
@DisplayName("Debugging a program image: instructions, registers, frames and disassembly")
class ProgramDebugTest {

    @TempDir
    Path dir;
    private CoyotosSystem system;
    private CoyotosDebugTarget target;
    private CoyotosThread thread;
    private Map<String, Long> symbols;

    static Path built(String name) {
        return Path.of(System.getProperty("coyotos.sim.programs", "target/programs"), name + ".elf");
    }

    @BeforeEach
    void open() throws Exception {
        Debugged.removeAllBreakpoints();
        Files.copy(built("frames"), dir.resolve("frames.elf"));
        symbols = ElfImage.read(built("frames")).symbols();
        CoyotosFactory f = CoyotosFactory.eINSTANCE;
        Resource r = CoyotosModel.newResourceSet().createResource(URI.createFileURI(dir.resolve("m.coyotos")
                .toString()));
        system = f.createCoyotosSystem();
        system.setName("frames");
        r.getContents().add(system);
        Schedule schedule = f.createSchedule();
        system.getObjects().add(schedule);
        Process p = f.createProcess();
        p.setName("prog");
        p.setProgramImage("frames.elf");
        ScheduleCapability s = f.createScheduleCapability();
        s.setTarget(schedule);
        p.setSchedule(s);
        system.getObjects().add(p);
        target = Debugged.open(system);
        thread = target.threads().get(0);
    }

    @AfterEach
    void close() {
        target.terminate();
    }

    private long symbol(String name) {
        return symbols.get(name);
    }

    private CpuState cpu() {
        return target.session().probe().cpu(0);
    }

    private void stepInto() {
        thread.stepInto();
        Debugged.await(target);
    }

    /** Steps instructions until the process is about to run the one at {@code address}. */
    private void stepTo(long address) {
        for (int i = 0; i < 100 && (cpu().eip() & 0xFFFFFFFFL) != address; i++) {
            stepInto();
        }
        assertEquals(address, cpu().eip() & 0xFFFFFFFFL, "reached by stepping");
    }

    private List<String> frameNames() throws DebugException {
        List<String> names = new ArrayList<>();
        for (IStackFrame f : thread.getStackFrames()) {
            names.add(f.getName());
        }
        return names;
    }

    @Test
    @DisplayName("Step Into runs one instruction: EIP advances by the instruction's length, shown in Variables")
    void stepIntoRunsOneInstruction() throws Exception {
        assertTrue(thread.runsProgram());
        // how far back one can go and what it costs, in the target's label
        assertTrue(target.getName().contains(" · history: 1 checkpoint, ") && target.getName().contains(
                " of 67.1 MB, back to the start; a step back replays at most "), target.getName());
        stepInto();
        assertEquals(StopReason.STEP_INSTRUCTION, target.stop().reason());
        long start = symbol("_start");
        assertEquals(start, cpu().eip() & 0xFFFFFFFFL, "the first step arrives at the entry point");
        IStackFrame top = thread.getTopStackFrame();
        long stackTop = symbol("stack") + 8192;
        assertEquals(String.format("_start · 0x%08x · bc %02x %02x %02x %02x · mov $0x%x,%%esp", start,
                stackTop & 0xff, stackTop >> 8 & 0xff, stackTop >> 16 & 0xff, stackTop >> 24 & 0xff, stackTop),
                top.getName());
        assertEquals(String.format("0x%08x", start), Debugged.value(Debugged.variable(top, "eip")));
        stepInto();
        top = thread.getTopStackFrame();
        assertEquals(String.format("0x%08x", start + 5), Debugged.value(Debugged.variable(top, "eip")),
                "mov $imm32,%esp is five bytes long");
        assertEquals(String.format("0x%08x", symbol("stack") + 8192), Debugged.value(Debugged.variable(top, "esp")));
        String flags = Debugged.value(Debugged.variable(top, "eflags"));
        assertTrue(flags.startsWith("0x00000202 [ IF ]"), "IF set by proc_arch_initregs: " + flags);
        assertEquals("1", Debugged.value(Debugged.find(Debugged.variable(top, "eflags").getValue().getVariables(),
                "IF")));
    }

    @Test
    @DisplayName("The registers stepped to the end are the plain run's")
    void registersAtTheEndAreThePlainRuns() throws Exception {
        RunResult plain = ModelSimulation.run(system, SimulationOverrides.NONE, null, null).result();
        ProgramResult expected = plain.process("prog").orElseThrow().program();
        for (int i = 0; i < 200 && target.stop().reason() != StopReason.FAULT
                && target.stop().reason() != StopReason.END; i++) {
            stepInto();
        }
        assertEquals(StopReason.FAULT, target.stop().reason(), "hlt in user mode: #GP");
        IStackFrame instruction = null;
        for (IStackFrame f : thread.getStackFrames()) {
            if (((CoyotosStackFrame) f).kind() == CoyotosStackFrame.Kind.INSTRUCTION) {
                instruction = f;
            }
        }
        assertNotNull(instruction);
        assertTrue(instruction.getName().endsWith("· f4 · hlt"), instruction.getName());
        for (String r : List.of("eax", "ebx", "ecx", "edx", "esi", "edi", "ebp", "esp")) {
            assertEquals(String.format("0x%08x", expected.register(r)),
                    Debugged.value(Debugged.variable(instruction, r)), r);
        }
        assertEquals(String.format("0x%08x", (int) expected.register("eip")), Debugged.value(Debugged.variable(instruction, "eip")));
    }

    @Test
    @DisplayName("In leaf, the frames are leaf, middle, main and _start from the EBP chain, labelled by symbols")
    void framesFromTheFramePointerChain() throws Exception {
        stepTo(symbol("leaf") + 6);
        List<String> names = frameNames();
        assertEquals(4, names.size(), names.toString());
        assertTrue(names.get(0).matches("leaf\\+0x6 · 0x[0-9a-f]{8} · 8b 55 08 · mov 0x8\\(%ebp\\),%edx"),
                names.get(0));
        assertTrue(names.get(1).matches("middle\\+0x[0-9a-f]+ · 0x[0-9a-f]{8} \\(return address\\)"), names.get(1));
        assertTrue(names.get(2).matches("main\\+0x[0-9a-f]+ · 0x[0-9a-f]{8} \\(return address\\)"), names.get(2));
        assertTrue(names.get(3).matches("_start\\+0xc · 0x[0-9a-f]{8} \\(return address\\)"), names.get(3));
        CoyotosStackFrame middle = (CoyotosStackFrame) thread.getStackFrames()[1];
        assertEquals(CoyotosStackFrame.Kind.CALLER, middle.kind());
        assertTrue(Debugged.value(Debugged.variable(thread.getTopStackFrame(), "frame chain"))
                .endsWith("4 frame(s): the outermost frame (EBP 0)"));
        // Step Return: back in middle, right after the call, with leaf's frame gone
        long ret = middle.address();
        int ebp = cpu().reg(CpuState.EBP);
        assertTrue(thread.canStepReturn());
        thread.stepReturn();
        Debugged.await(target);
        assertEquals(ret, cpu().eip() & 0xFFFFFFFFL);
        assertEquals(ebp + 8, cpu().reg(CpuState.ESP), "leave; ret popped leaf's frame and the return address");
    }

    @Test
    @DisplayName("Step Over a call runs until it returns; N instructions back again is the same state")
    void stepOverACallAndBack() throws Exception {
        long call = symbol("middle") + 0xd;
        stepTo(call);
        assertTrue(thread.getTopStackFrame().getName().endsWith("· call " + Long.toHexString(symbol("leaf"))),
                thread.getTopStackFrame().getName());
        long before = target.stateDigest();
        int esp = cpu().reg(CpuState.ESP);
        thread.stepOver();
        Debugged.await(target);
        assertEquals(call + 5, cpu().eip() & 0xFFFFFFFFL, "after the five-byte call");
        assertEquals(esp, cpu().reg(CpuState.ESP));
        assertEquals(StopReason.STEP_INSTRUCTION, target.stop().reason());
        // the call, leaf's 14 instructions: back through each to the call again
        List<Long> eips = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            thread.stepBack();
            Debugged.await(target);
            eips.add(cpu().eip() & 0xFFFFFFFFL);
        }
        assertEquals(symbol("leaf") + 0x21, eips.get(0), "ret, the last instruction of leaf");
        assertEquals(call, eips.get(14));
        assertEquals(before, target.stateDigest(), "the same state, bit for bit");
    }

    @Test
    @DisplayName("A register set in Variables is the process's; step forward and back keeps it")
    void editRegister() throws Exception {
        stepTo(symbol("leaf"));
        IStackFrame top = thread.getTopStackFrame();
        Debugged.variable(top, "eax").setValue("0x1234");
        assertEquals(0x1234, cpu().reg(CpuState.EAX));
        Debugged.variable(thread.getTopStackFrame(), "eflags").setValue("0x8c3");
        assertEquals(0x8c3 & ~0x3200 | 0x200 | 0x2, cpu().eflags(), "IF stays as the kernel keeps it");
        long edited = target.stateDigest();
        stepInto();
        thread.stepBack();
        Debugged.await(target);
        assertEquals(edited, target.stateDigest());
    }

    @Test
    @DisplayName("The disassembly around the PC: the lines before it, the PC line marked, unmapped memory said so")
    void disassemblyAroundThePc() throws Exception {
        stepTo(symbol("leaf") + 6);
        Disassembly d = new Disassembly(target.session().memory(), 0, target.symbols(0));
        List<Disassembly.Line> lines = d.around(symbol("leaf") + 6, 3, 2);
        assertEquals(6, lines.size());
        assertEquals("push   %ebp", lines.get(0).text(), "objdump's columns");
        assertEquals("leaf", lines.get(0).label());
        assertEquals("55", lines.get(0).hexBytes());
        assertEquals("mov    %esp,%ebp", lines.get(1).text());
        assertEquals("sub    $0x10,%esp", lines.get(2).text());
        assertTrue(lines.get(3).current());
        assertEquals(symbol("leaf") + 6, lines.get(3).address());
        assertEquals("mov    0x8(%ebp),%edx", lines.get(3).text());
        assertFalse(lines.get(2).current() || lines.get(4).current());
        assertEquals(symbol("leaf") + 9, lines.get(4).address());
        // nothing is mapped at 0x10000000: one line per page, never bytes
        List<Disassembly.Line> unmapped = d.around(0x10000000L, 3, 1);
        assertEquals(2, unmapped.size(), "no lines before an unmapped PC");
        assertEquals("unmapped: INVALID_DATA_REFERENCE", unmapped.get(0).unmapped());
        assertEquals("(unmapped: INVALID_DATA_REFERENCE)", unmapped.get(0).text());
        assertNull(unmapped.get(0).bytes());
        assertEquals(0x10001000L, unmapped.get(1).address());
        // the last bytes of the stack's page run into the unmapped page after it
        long end = (symbol("stack") + 8192 + 0xfff) & ~0xfffL;
        Disassembly.Line last = d.line(end - 1, false);
        assertTrue(last.text().startsWith("(runs into the next page: unmapped"), last.text());
        assertNotNull(last.bytes());
    }

    @Test
    @DisplayName("An instruction breakpoint stops the process before it runs that instruction")
    void instructionBreakpoint() throws Exception {
        String id = target.session().info().processId(0);
        InstructionBreakpoint b = InstructionBreakpoint.toggle(Debugged.root(), id, "prog", symbol("leaf"));
        assertNotNull(b);
        target.resume();
        Debugged.await(target);
        assertEquals(StopReason.BREAKPOINT, target.stop().reason());
        assertEquals(symbol("leaf"), cpu().eip() & 0xFFFFFFFFL);
        assertEquals(b, target.hitBreakpoint());
        assertNull(InstructionBreakpoint.toggle(Debugged.root(), id, "prog", symbol("leaf")), "toggled off");
    }
}

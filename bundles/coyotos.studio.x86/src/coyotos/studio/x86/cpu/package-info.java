/**
 * An IA-32 CPU running user-mode (CPL 3) code, in plain Java: the interpreter the simulated kernel will run
 * real Coyotos programs on.
 *
 * <h2>What it executes</h2>
 * The 32-bit integer instruction set of protected mode as {@code gcc -m32 -O2} and hand-written assembly use it
 * (Intel SDM Vol. 2): the one-byte integer map (ALU forms and groups 80-83, shifts and rotates including RCL/RCR,
 * F6/F7, FE/FF, ENTER/LEAVE, PUSHA/POPA, PUSHF/POPF, LAHF/SAHF, CBW/CWDE/CWD/CDQ, XCHG, BCD adjustments, XLAT,
 * string instructions with REP/REPE/REPNE, far transfers within CPL 3) and the 0F page (Jcc, SETcc, CMOVcc,
 * MOVZX/MOVSX, IMUL, BT/BTS/BTR/BTC, BSF/BSR, BSWAP, XADD, CMPXCHG, CMPXCHG8B, SHLD/SHRD, hint NOPs and
 * ENDBR32, UD2, CPUID, RDTSC), with operand-size (66), address-size (67), segment-override and LOCK prefixes.
 * Flags are exact; where the SDM leaves a flag undefined the value is the one qemu-i386 gives (see
 * {@code Flags}), and the differential tests compare all of them. There is no x87, MMX or SSE: CPUID reports
 * none (only TSC, CX8, CMOV) and their opcodes raise #UD, as on a CPU without them.
 *
 * <h2>CPL 3 rules</h2>
 * HLT, MOV to or from CRn/DRn, LGDT/LIDT/LLDT/LTR/LMSW/CLTS/INVLPG/INVD/WBINVD, RDMSR/WRMSR/RDPMC, SYSENTER,
 * SYSEXIT raise #GP(0). IN/OUT/INS/OUTS and CLI/STI raise #GP(0) unless EFLAGS.IOPL is 3 (the host sets it;
 * then I/O goes to {@link coyotos.studio.x86.cpu.CpuHost#in}/{@code out}); POPF and IRET change IF only at
 * IOPL 3 and never change IOPL. {@code int n}, INT3 and INTO go through the IDT gates
 * {@link coyotos.studio.x86.cpu.DescriptorTables} marks user-callable; another gate raises
 * #GP({@code n << 3 | 2}) with EIP at the instruction. DIV/IDIV by zero or with an unrepresentable quotient
 * and AAM 0 raise #DE; BOUND out of range #BR; INTO with OF set #OF after the instruction; INT1 #DB after it;
 * EFLAGS.TF a #DB trap after each instruction. A fault leaves EIP at the faulting instruction and changes
 * nothing architectural (instructions with several stores check them all first); a REP string instruction
 * faulting midway keeps the elements done, as the CPU does.
 *
 * <h2>The contract with the kernel (the join)</h2>
 * <ul>
 * <li>One {@link coyotos.studio.x86.cpu.X86Interpreter} per simulated CPU, built with the kernel's
 * {@link coyotos.studio.x86.cpu.CpuHost}; one {@link coyotos.studio.x86.cpu.CpuState} per process, set up as
 * loadimage leaves it ({@code setEip(entry)}, registers zero) and as dispatch.c loads segments:
 * {@code setSegment(CS, 0x23, 0)}, {@code DS, ES, SS = 0x2b}, {@code FS = 0x33} with the process's TLS base;
 * {@code setDescriptorTables(DescriptorTables.coyotos(tls))} once, and its TLS entry updated on dispatch.</li>
 * <li>{@link coyotos.studio.x86.cpu.X86Interpreter#run(CpuState, long, InstructionCounts)} runs the process until
 * an {@link coyotos.studio.x86.cpu.Exit}: budget = the instructions left in its slice; the
 * {@link coyotos.studio.x86.cpu.InstructionCounts} it adds to give the USER cycles (a cost per
 * {@link coyotos.studio.x86.cpu.InstructionClass} and per string element, from the CPU profile) and the
 * process's retired-instruction total.</li>
 * <li>Memory: {@link coyotos.studio.x86.cpu.CpuHost#translate(int, int, PageMap)} is the hardware page walk:
 * it is called when the CPU's {@link coyotos.studio.x86.cpu.PageMap} (its TLB) has no usable entry. The kernel
 * answers from its TLB model (a hit: map, no charge), its hardware page tables (a refill: charge, insert into
 * the TLB model, map) or, when there is no valid PTE, with the #PF error code (P, W, U, I bits as the hardware
 * sets them, kern_MemWalk/hwmap.c deciding presence and rights). The CPU then exits with FAULT #PF, CR2 in
 * {@link coyotos.studio.x86.cpu.Exit#faultAddress()}, and the kernel takes it as vh_PageFault does
 * (arch/i386/kernel/IRQ.c: do_pageFault builds the PTE lazily or delivers a Coyotos fault); running the state
 * again re-executes the instruction. The kernel keeps the PageMap in step with its TLB model: {@code unmap} when
 * an entry is evicted or a PTE changes, {@code clear} on a CR3 load that flushes; and calls
 * {@link coyotos.studio.x86.cpu.X86Interpreter#codeWritten(byte[])} after writing into a user page itself.
 * The PageMap is also a small direct-mapped cache, so the CPU may ask again for a page the kernel still has in
 * its TLB model: that is a hit there.</li>
 * <li>Exits map to the 2007 kernel's vector handlers (IRQ.c vector_init) and Process.idl fault codes:
 * FAULT #DE → DivZero (38); TRAP #OF → Overflow (44); FAULT or TRAP #BR → Bounds (45); FAULT #UD → BadOpcode
 * (36, proc_SetFault); FAULT #GP → GeneralProtection (128), except #GP(0) for a process holding the I/O
 * privilege capability, which vh_UserFault answers by setting IOPL 3 and resuming; TRAP #DB → Debug (42);
 * TRAP #BP → vh_BptTrap subtracts 1 from the EIP the CPU left after the trap and reports BreakPoint (34) — so
 * for {@code int3} (CC) the PC reported is {@link coyotos.studio.x86.cpu.Exit#pc()}, the int3 itself, and for
 * the two-byte {@code int $3} (CD 03) it is one byte into the instruction, as the kernel does;
 * SYSTEM_CALL (vector 0x30, EIP after the {@code int}) → vh_SysCall: ESP := ECX, EIP := EDX, plus 2 when the
 * call completes. BUDGET ends the slice; STOPPED answers {@link coyotos.studio.x86.cpu.X86Interpreter#requestStop()}.</li>
 * <li>Determinism: the same state, memory and host answers give the same exits, counts and state, however the
 * work is split into runs; a debugger steps back by restoring {@link coyotos.studio.x86.cpu.CpuState#copy()}
 * and the memory pages and replaying a number of instructions. The decoded-code cache is not state.</li>
 * </ul>
 *
 * <h2>What it does not model</h2>
 * Segment limits and the use of a null segment (every Coyotos user segment is flat and 4 GiB; only FS and GS
 * may have a base); #AC (CR0.AM clear); virtual-8086 mode; task switches (IRET with NT set raises #GP(0));
 * the TSS I/O bitmap (IOPL alone decides); SYSENTER (#GP(0), as with IA32_SYSENTER_CS zero). RDTSC returns
 * {@link coyotos.studio.x86.cpu.CpuState#timeStamp()}, which advances by one per retired instruction unless the
 * kernel sets it (to its cycle count, say).
 */
package coyotos.studio.x86.cpu;

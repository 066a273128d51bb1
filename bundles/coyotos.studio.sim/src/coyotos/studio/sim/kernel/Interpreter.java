package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.result.EventType;

/** Runs one step of the current process's program; every memory reference is one step. */
final class Interpreter {
    private final Kernel k;
    private final MemoryAccess memory;
    private final CostMeter meter;
    private final EventBus bus;

    Interpreter(Kernel k) {
        this.k = k;
        this.memory = k.memory;
        this.meter = k.meter;
        this.bus = k.bus;
    }

    void step(KernelProcess p) {
        Program g = p.program;
        int pc = p.pc;
        switch (g.op[pc]) {
            case Program.TOUCH -> {
                long len = g.b[pc];
                if (p.offset >= len) {
                    p.offset = 0;
                    p.pc = pc + 1;
                    return;
                }
                long va = g.a[pc] + p.offset;
                int f = memory.access(p, va, g.e[pc], CostMeter.USER);
                if (f != 0) {
                    k.delivery.raise(p, va, f);
                    return;
                }
                p.offset += g.c[pc];
                if (p.offset >= len) {
                    p.offset = 0;
                    p.pc = pc + 1;
                }
            }
            case Program.STREAM -> {
                long region = g.b[pc];
                long chunk = g.d[pc];
                long va = g.a[pc] + (p.streamCursor[pc] + p.offset) % region;
                int f = memory.access(p, va, g.e[pc], CostMeter.USER);
                if (f != 0) {
                    k.delivery.raise(p, va, f);
                    return;
                }
                p.offset += g.c[pc];
                if (p.offset >= chunk) {
                    p.streamCursor[pc] = (p.streamCursor[pc] + chunk) % region;
                    p.offset = 0;
                    p.pc = pc + 1;
                }
            }
            case Program.RANDOM -> {
                if (p.offset >= g.d[pc]) {
                    p.offset = 0;
                    p.pc = pc + 1;
                    return;
                }
                if (p.pendingVa < 0) {
                    long pages = g.b[pc] / Page.SIZE;
                    p.pendingVa = g.a[pc] + ((p.nextRandom() >>> 1) % pages) * Page.SIZE;
                }
                int f = memory.access(p, p.pendingVa, g.e[pc], CostMeter.USER);
                if (f != 0) {
                    k.delivery.raise(p, p.pendingVa, f);
                    return;
                }
                p.pendingVa = -1;
                p.offset++;
            }
            case Program.INVOKE -> k.ipc.invoke(p, (int) g.a[pc], g.e[pc] != 0, (int) g.b[pc]);
            case Program.COMPUTE -> {
                meter.charge(p.index, CostMeter.USER, g.a[pc]);
                bus.emit(EventType.COMPUTE, p.index, -1, g.a[pc], 0);
                p.pc = pc + 1;
            }
            case Program.YIELD -> {
                bus.emit(EventType.YIELD, p.index, -1, 0, 0);
                p.pc = pc + 1;
                k.yield(p);
            }
            case Program.LOOP -> {
                if (g.a[pc] == 0) {
                    p.pc = (int) g.b[pc] + 1;
                } else {
                    p.loopCounters[p.loopDepth++] = g.a[pc];
                    p.pc = pc + 1;
                }
            }
            case Program.END_LOOP -> {
                if (--p.loopCounters[p.loopDepth - 1] > 0) {
                    p.pc = (int) g.a[pc] + 1;
                } else {
                    p.loopDepth--;
                    p.pc = pc + 1;
                }
            }
            default -> k.finished(p);
        }
    }
}

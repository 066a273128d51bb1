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
        Cursor c = p.cursor();
        Program g = c.program;
        int pc = c.pc;
        switch (g.op[pc]) {
            case Program.TOUCH -> {
                long len = g.b[pc];
                if (c.offset >= len) {
                    c.offset = 0;
                    c.pc = pc + 1;
                    return;
                }
                long va = g.a[pc] + c.offset;
                int f = memory.access(p, va, g.e[pc], p.userCategory());
                if (f != 0) {
                    k.delivery.raise(p, va, f);
                    return;
                }
                c.offset += g.c[pc];
                if (c.offset >= len) {
                    c.offset = 0;
                    c.pc = pc + 1;
                }
            }
            case Program.STREAM -> {
                long region = g.b[pc];
                long chunk = g.d[pc];
                long va = g.a[pc] + (c.streamCursor[pc] + c.offset) % region;
                int f = memory.access(p, va, g.e[pc], p.userCategory());
                if (f != 0) {
                    k.delivery.raise(p, va, f);
                    return;
                }
                c.offset += g.c[pc];
                if (c.offset >= chunk) {
                    c.streamCursor[pc] = (c.streamCursor[pc] + chunk) % region;
                    c.offset = 0;
                    c.pc = pc + 1;
                }
            }
            case Program.RANDOM -> {
                if (c.offset >= g.d[pc]) {
                    c.offset = 0;
                    c.pc = pc + 1;
                    return;
                }
                if (c.pendingVa < 0) {
                    long pages = g.b[pc] / Page.SIZE;
                    c.pendingVa = g.a[pc] + ((p.nextRandom() >>> 1) % pages) * Page.SIZE;
                }
                int f = memory.access(p, c.pendingVa, g.e[pc], p.userCategory());
                if (f != 0) {
                    k.delivery.raise(p, c.pendingVa, f);
                    return;
                }
                c.pendingVa = -1;
                c.offset++;
            }
            case Program.INVOKE -> k.ipc.invoke(p, (int) g.a[pc], g.e[pc] != 0, (int) g.b[pc]);
            case Program.COMPUTE -> {
                meter.charge(p.index, p.userCategory(), g.a[pc]);
                bus.emit(EventType.COMPUTE, p.index, -1, g.a[pc], 0);
                c.pc = pc + 1;
            }
            case Program.YIELD -> {
                bus.emit(EventType.YIELD, p.index, -1, 0, 0);
                c.pc = pc + 1;
                k.yield(p);
            }
            case Program.LOOP -> {
                if (g.a[pc] == 0) {
                    c.pc = (int) g.b[pc] + 1;
                } else {
                    c.loopCounters[c.loopDepth++] = g.a[pc];
                    c.pc = pc + 1;
                }
            }
            case Program.END_LOOP -> {
                if (--c.loopCounters[c.loopDepth - 1] > 0) {
                    c.pc = (int) g.a[pc] + 1;
                } else {
                    c.loopDepth--;
                    c.pc = pc + 1;
                }
            }
            case Program.SERVE -> k.servers.serve(p);
            case Program.ACT_REPAIR -> k.activations.repair(p);
            case Program.ACT_RETURN -> k.activations.returnFromHandler(p);
            default -> k.finished(p);
        }
    }
}

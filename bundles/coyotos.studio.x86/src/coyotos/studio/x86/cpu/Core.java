package coyotos.studio.x86.cpu;

import coyotos.studio.x86.decode.Insn;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * What every instruction uses: the bound state and register file, memory through the page map (fast path:
 * one array load and a bounds test; slow path: the host's translation, page-crossing accesses), the stack, and
 * raising exceptions. Memory accesses of one instruction are made before it changes any register, so a fault
 * leaves the state as it was; accesses that span two pages translate both before touching either.
 */
abstract class Core {
    static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    static final int FAULT = ExitKind.FAULT.ordinal(), TRAP = ExitKind.TRAP.ordinal(),
            SYSCALL = ExitKind.SYSTEM_CALL.ordinal();

    final CpuHost host;
    final PageMap pages;
    final CodeCache code;
    final int[] rtag;
    final byte[][] rpage;
    final int[] wtag;
    final byte[][] wpage;
    final int[] xtag;
    final byte[][] xpage;
    final CpuException raise = new CpuException();
    DescriptorTables tables = new DescriptorTables();
    CpuState s;
    int[] r;
    /** Instructions retired in the current run before the current block (RDTSC starts a block). */
    long runRetired;
    /** Set by another thread through X86Interpreter.requestStop; read at block boundaries. */
    volatile boolean stopRequested;

    Core(CpuHost host, CodeCache code) {
        this.host = host;
        this.code = code;
        this.pages = new PageMap(code);
        code.attach(pages);
        this.rtag = pages.readTag;
        this.rpage = pages.readPage;
        this.wtag = pages.writeTag;
        this.wpage = pages.writePage;
        this.xtag = pages.execTag;
        this.xpage = pages.execPage;
    }

    void bind(CpuState state) {
        this.s = state;
        this.r = state.r;
    }

    // --- exceptions ---------------------------------------------------------------------------------

    final CpuException fault(int vector, int errorCode) {
        return raise.set(FAULT, vector, errorCode, 0);
    }

    final CpuException pageFault(int errorCode, int linear) {
        return raise.set(FAULT, Vector.PF, errorCode, linear);
    }

    final CpuException trap(int vector) {
        return raise.set(TRAP, vector, 0, 0);
    }

    // --- registers by operand size ------------------------------------------------------------------

    final int getReg(int size, int n) {
        if (size == 4) {
            return r[n];
        }
        if (size == 2) {
            return r[n] & 0xffff;
        }
        return n < 4 ? r[n] & 0xff : (r[n - 4] >>> 8) & 0xff;
    }

    final void setReg(int size, int n, int v) {
        if (size == 4) {
            r[n] = v;
        } else if (size == 2) {
            r[n] = (r[n] & 0xffff0000) | (v & 0xffff);
        } else if (n < 4) {
            r[n] = (r[n] & 0xffffff00) | (v & 0xff);
        } else {
            r[n - 4] = (r[n - 4] & 0xffff00ff) | ((v & 0xff) << 8);
        }
    }

    final int reg8(int n) {
        return n < 4 ? r[n] & 0xff : (r[n - 4] >>> 8) & 0xff;
    }

    /** The memory operand's linear address. */
    final int ea(Insn in) {
        int offset = r[in.base] + (r[in.index] << in.scale) + in.disp;
        return in.flatAddress ? offset : (offset & in.eaMask) + s.segBase[in.seg];
    }

    // --- memory: fast paths (a tag compare in the page map, a bounds test, the access) --------------

    final int read8(int la) {
        int vpn = la >>> 12;
        int i = vpn & PageMap.MASK;
        byte[] p = rtag[i] == vpn ? rpage[i] : readPage(la);
        return p[la & 0xfff] & 0xff;
    }

    final int read16(int la) {
        int vpn = la >>> 12;
        int i = vpn & PageMap.MASK;
        int o = la & 0xfff;
        if (rtag[i] == vpn && o < 0xfff) {
            return (short) I16.get(rpage[i], o) & 0xffff;
        }
        return readSlow(la, 2);
    }

    final int read32(int la) {
        int vpn = la >>> 12;
        int i = vpn & PageMap.MASK;
        int o = la & 0xfff;
        if (rtag[i] == vpn && o <= 0xffc) {
            return (int) I32.get(rpage[i], o);
        }
        return readSlow(la, 4);
    }

    final void write8(int la, int v) {
        int vpn = la >>> 12;
        int i = vpn & PageMap.MASK;
        byte[] p = wtag[i] == vpn ? wpage[i] : writePage(la);
        p[la & 0xfff] = (byte) v;
    }

    final void write16(int la, int v) {
        int vpn = la >>> 12;
        int i = vpn & PageMap.MASK;
        int o = la & 0xfff;
        if (wtag[i] == vpn && o < 0xfff) {
            I16.set(wpage[i], o, (short) v);
            return;
        }
        writeSlow(la, 2, v);
    }

    final void write32(int la, int v) {
        int vpn = la >>> 12;
        int i = vpn & PageMap.MASK;
        int o = la & 0xfff;
        if (wtag[i] == vpn && o <= 0xffc) {
            I32.set(wpage[i], o, v);
            return;
        }
        writeSlow(la, 4, v);
    }

    /** A read with intent to write (the read half of a read-modify-write): needs a writable page. */
    final int rmw32(int la) {
        int vpn = la >>> 12;
        int i = vpn & PageMap.MASK;
        int o = la & 0xfff;
        if (wtag[i] == vpn && o <= 0xffc) {
            return (int) I32.get(wpage[i], o);
        }
        return rmwSlow(la, 4);
    }

    final int read(int la, int size) {
        return size == 4 ? read32(la) : size == 2 ? read16(la) : read8(la);
    }

    final void write(int la, int size, int v) {
        if (size == 4) {
            write32(la, v);
        } else if (size == 2) {
            write16(la, v);
        } else {
            write8(la, v);
        }
    }

    final int rmw(int la, int size) {
        if (size == 4) {
            return rmw32(la);
        }
        int vpn = la >>> 12;
        int i = vpn & PageMap.MASK;
        int o = la & 0xfff;
        if (wtag[i] == vpn && o <= 0x1000 - size) {
            byte[] p = wpage[i];
            return size == 2 ? (short) I16.get(p, o) & 0xffff : p[o] & 0xff;
        }
        return rmwSlow(la, size);
    }

    // --- memory: slow paths -------------------------------------------------------------------------

    final byte[] readPage(int la) {
        int vpn = la >>> 12;
        int i = vpn & PageMap.MASK;
        if (rtag[i] == vpn) {
            return rpage[i];
        }
        int err = host.translate(la, CpuHost.READ, pages);
        if (err != 0) {
            throw pageFault(err, la);
        }
        byte[] p = rtag[i] == vpn ? rpage[i] : null;
        if (p == null) {
            throw new IllegalStateException(String.format("the host translated 0x%08x for reading but mapped "
                    + "nothing there", la));
        }
        return p;
    }

    final byte[] writePage(int la) {
        int vpn = la >>> 12;
        int i = vpn & PageMap.MASK;
        if (wtag[i] == vpn) {
            return wpage[i];
        }
        byte[] held = pages.heldForCode(vpn);
        if (held == null) {
            int err = host.translate(la, CpuHost.WRITE, pages);
            if (err != 0) {
                throw pageFault(err, la);
            }
            if (wtag[i] == vpn) {
                return wpage[i];
            }
            held = pages.heldForCode(vpn);
            if (held == null) {
                throw new IllegalStateException(String.format("the host translated 0x%08x for writing but "
                        + "mapped no writable page there", la));
            }
        }
        // A write into a page holding decoded code: drop that code, then write as usual.
        code.invalidate(held);
        pages.releaseWrites(vpn);
        return held;
    }

    /** The first byte of the page after {@code la}'s. */
    private static int nextPage(int la) {
        return (la | 0xfff) + 1;
    }

    private int readSlow(int la, int n) {
        byte[] p1 = readPage(la);
        int o = la & 0xfff;
        if (o + n <= 0x1000) {
            return n == 4 ? (int) I32.get(p1, o) : (short) I16.get(p1, o) & 0xffff;
        }
        byte[] p2 = readPage(nextPage(la));
        return assemble(p1, p2, o, n);
    }

    private int rmwSlow(int la, int n) {
        byte[] p1 = writePage(la);
        int o = la & 0xfff;
        if (o + n <= 0x1000) {
            return n == 4 ? (int) I32.get(p1, o) : n == 2 ? (short) I16.get(p1, o) & 0xffff : p1[o] & 0xff;
        }
        byte[] p2 = writePage(nextPage(la));
        return assemble(p1, p2, o, n);
    }

    private static int assemble(byte[] p1, byte[] p2, int o, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int at = o + i;
            int b = at < 0x1000 ? p1[at] & 0xff : p2[at - 0x1000] & 0xff;
            v |= b << (8 * i);
        }
        return v;
    }

    private void writeSlow(int la, int n, int v) {
        byte[] p1 = writePage(la);
        int o = la & 0xfff;
        if (o + n <= 0x1000) {
            if (n == 4) {
                I32.set(p1, o, v);
            } else {
                I16.set(p1, o, (short) v);
            }
            return;
        }
        byte[] p2 = writePage(nextPage(la));
        for (int i = 0; i < n; i++) {
            int at = o + i;
            byte b = (byte) (v >>> (8 * i));
            if (at < 0x1000) {
                p1[at] = b;
            } else {
                p2[at - 0x1000] = b;
            }
        }
    }

    /** Makes sure [la, la + n) can be written (n at most a page), so a multi-part store cannot fault midway. */
    final void probeWrite(int la, int n) {
        writePage(la);
        int last = la + n - 1;
        if (((la ^ last) >>> 12) != 0) {
            writePage(last);
        }
    }

    /** Makes sure [la, la + n) can be read (n at most a page). */
    final void probeRead(int la, int n) {
        readPage(la);
        int last = la + n - 1;
        if (((la ^ last) >>> 12) != 0) {
            readPage(last);
        }
    }

    // --- stack (flat SS, 32-bit stack pointer) ------------------------------------------------------

    final void push32(int v) {
        int sp = r[CpuState.ESP] - 4;
        write32(sp, v);
        r[CpuState.ESP] = sp;
    }

    final int pop32() {
        int sp = r[CpuState.ESP];
        int v = read32(sp);
        r[CpuState.ESP] = sp + 4;
        return v;
    }

    /** Pushes an operand of {@code size} (2 or 4) bytes. */
    final void push(int size, int v) {
        if (size == 4) {
            push32(v);
        } else {
            int sp = r[CpuState.ESP] - 2;
            write16(sp, v);
            r[CpuState.ESP] = sp;
        }
    }

    final int pop(int size) {
        if (size == 4) {
            return pop32();
        }
        int sp = r[CpuState.ESP];
        int v = read16(sp);
        r[CpuState.ESP] = sp + 2;
        return v;
    }
}

package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.Access;
import coyotos.studio.sim.image.Page;
import coyotos.studio.sim.memory.GptWalk;
import coyotos.studio.sim.memory.MemoryStore;
import coyotos.studio.sim.memory.TranslationResult;
import java.util.function.Consumer;

/**
 * The kernel reading and writing user memory. For the process on the CPU it goes through that process's mapping,
 * as the kernel's own loads and stores do while it runs in the process's map ({@link MemoryAccess#kernelProbe}:
 * a missing PTE is built from the GPTs, as do_pageFault does for a kernel-mode fault on a user address); for
 * another process it walks the GPTs in software, as {@code proc_findDataPage} does for a receiver's string buffer
 * (kern_Process.c). Either way a failed translation returns its fault code, with {@link #faultAddress} the address
 * and {@code memory.result} the walk, for the caller to deliver. Writes tell the CPU, which drops any code it
 * decoded from the page.
 *
 * <p>{@link #peek} and {@link #poke} translate without side effects (no PTEs, no cycles, no faults): what a
 * debugger reading a process's memory needs.
 */
final class UserMemory {
    /** The kernel keeps [0xC0000000, 4 GiB) (vm_valid_uva: user addresses lie below KVA). */
    static final long KVA = MemoryAccess.KERNEL_BASE;

    private final MemoryAccess access;
    private final MemoryStore store;
    private final GptWalk walk;
    private final Consumer<byte[]> written;
    private final TranslationResult quiet = new TranslationResult();
    /** Where the last failed access faulted. */
    long faultAddress;

    UserMemory(MemoryAccess access, MemoryStore store, GptWalk walk, Consumer<byte[]> written) {
        this.access = access;
        this.store = store;
        this.walk = walk;
        this.written = written;
    }

    /** vm_valid_uva for every byte of [va, va + len). */
    static boolean validRange(long va, long len) {
        return va >= 0 && len >= 0 && va + len <= KVA;
    }

    /** The page holding {@code va} for {@code kind}, or {@code -1 - faultCode} with {@link #faultAddress} set. */
    private int page(KernelProcess p, long va, Access kind, boolean onCpu) {
        int f;
        if (onCpu) {
            f = access.kernelProbe(p, va, kind);
            if (f == 0) {
                int pg = p.hw.pageOf(va >>> Page.L2_SIZE);
                if (pg >= 0) {
                    return pg;
                }
                f = walk.translate(p.space, va, kind, access.result);
            }
        } else {
            f = walk.translate(p.space, va, kind, access.result);
            access.chargeWalk(p, access.result.steps);
        }
        if (f != 0) {
            faultAddress = va;
            return -1 - f;
        }
        return access.result.pageIndex;
    }

    /** Reads {@code len} bytes at {@code va} into {@code dst}; 0 or a fault code. */
    int read(KernelProcess p, long va, byte[] dst, int off, int len, boolean onCpu) {
        int done = 0;
        while (done < len) {
            long a = va + done;
            int pg = page(p, a, Access.READ, onCpu);
            if (pg < 0) {
                return -1 - pg;
            }
            int in = (int) (a & (Page.SIZE - 1));
            int n = Math.min(len - done, Page.SIZE - in);
            System.arraycopy(store.pageData(pg), in, dst, off + done, n);
            done += n;
        }
        return 0;
    }

    /** Writes {@code len} bytes of {@code src} at {@code va}; 0 or a fault code (bytes before the fault stay). */
    int write(KernelProcess p, long va, byte[] src, int off, int len, boolean onCpu) {
        int done = 0;
        while (done < len) {
            long a = va + done;
            int pg = page(p, a, Access.WRITE, onCpu);
            if (pg < 0) {
                return -1 - pg;
            }
            int in = (int) (a & (Page.SIZE - 1));
            int n = Math.min(len - done, Page.SIZE - in);
            byte[] data = store.pageData(pg);
            System.arraycopy(src, off + done, data, in, n);
            written.accept(data);
            done += n;
        }
        return 0;
    }

    /** Reads 32-bit little-endian words; 0 or a fault code. */
    int readWords(KernelProcess p, long va, int[] dst, boolean onCpu) {
        byte[] b = new byte[dst.length * 4];
        int f = read(p, va, b, 0, b.length, onCpu);
        if (f != 0) {
            return f;
        }
        for (int i = 0; i < dst.length; i++) {
            dst[i] = le32(b, i * 4);
        }
        return 0;
    }

    /** Writes 32-bit little-endian words; 0 or a fault code. */
    int writeWords(KernelProcess p, long va, int[] src, boolean onCpu) {
        byte[] b = new byte[src.length * 4];
        for (int i = 0; i < src.length; i++) {
            put32(b, i * 4, src[i]);
        }
        return write(p, va, b, 0, b.length, onCpu);
    }

    /** Reads without any side effect; false where {@code va} has no readable translation. */
    boolean peek(KernelProcess p, long va, byte[] dst, int off, int len) {
        for (int done = 0; done < len;) {
            long a = va + done;
            if (!validRange(a, 1) || walk.translate(p.space, a, Access.READ, quiet) != 0) {
                return false;
            }
            int in = (int) (a & (Page.SIZE - 1));
            int n = Math.min(len - done, Page.SIZE - in);
            System.arraycopy(store.pageData(quiet.pageIndex), in, dst, off + done, n);
            done += n;
        }
        return true;
    }

    /** Writes without any side effect but the bytes (a debugger patching memory); false where not writable. */
    boolean poke(KernelProcess p, long va, byte[] src, int off, int len) {
        for (int done = 0; done < len;) {
            long a = va + done;
            if (!validRange(a, 1) || walk.translate(p.space, a, Access.WRITE, quiet) != 0) {
                return false;
            }
            int in = (int) (a & (Page.SIZE - 1));
            int n = Math.min(len - done, Page.SIZE - in);
            byte[] data = store.pageData(quiet.pageIndex);
            System.arraycopy(src, off + done, data, in, n);
            written.accept(data);
            done += n;
        }
        return true;
    }

    static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    static void put32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }
}

package coyotos.studio.x86.cpu;

import java.util.Arrays;

/**
 * What user-mode instructions see of the system's descriptor tables: the GDT's segment descriptors (for
 * MOV/POP to a segment register, LDS-family loads, far transfers, LAR/LSL/VERR/VERW) and the values SLDT, STR,
 * SGDT, SIDT and SMSW store. The kernel fills it once per machine (Coyotos: arch/i386/kernel/GDT.c's table).
 * Only flat segments run code here: a code segment must have base 0, and DS/ES/SS must too; FS and GS may have
 * any base. Limits are not checked (every Coyotos user segment is 4 GiB).
 */
public final class DescriptorTables {
    /**
     * The second word of a present, 4 GiB, 32-bit, page-granular descriptor without its DPL and type (both are
     * or-ed in; accessed bit set), as GDT.c writes its user segments (0x00cff300, 0x00cffb00).
     */
    private static final int FLAT_4G = 0x00cf_9000;
    /** Descriptor kinds. */
    public static final int ABSENT = 0, CODE = 1, DATA = 2, SYSTEM = 3;

    private int[] kind = new int[0];
    private int[] base = new int[0];
    private int[] dpl = new int[0];
    private boolean[] writable = new boolean[0];
    private int[] accessRights = new int[0];
    int ldtSelector;
    int taskRegister;
    int gdtBase, gdtLimit, idtBase, idtLimit;
    int machineStatusWord = 0x0033; // CR0 low half: PE, MP, ET, NE
    /** IDT gates whose DPL is 3: the vectors INT n, INT3 and INTO may reach from user mode. */
    private final boolean[] userGates = new boolean[256];

    /**
     * The tables the 2007 Coyotos i386 kernel sets up: GDT entries as arch/i386/kernel/GDT.c and Selector.h
     * lay them out (1 TSS, 2/3 kernel code/data, 4 user code, 5 user data, 6 user TLS with the given base),
     * and user-callable IDT gates as IRQ.c's vector_init marks them (breakpoint, overflow, bounds and the
     * system call vector 0x30; every other gate has DPL 1, so INT n on it raises #GP).
     */
    public static DescriptorTables coyotos(int tlsBase) {
        return new DescriptorTables().system(1, 0).system(2, 0).system(3, 0).code(4, 3).data(5, 0, 3, true)
                .data(6, tlsBase, 3, true).userGates(Vector.BP, Vector.OF, Vector.BR, Vector.SYSCALL)
                .registers(0, 0x08, 0, 7 * 8 - 1, 0, 256 * 8 - 1, 0x0033);
    }

    /** Marks IDT gates as reachable from CPL 3 (DPL 3). */
    public DescriptorTables userGates(int... vectors) {
        for (int v : vectors) {
            userGates[v & 0xff] = true;
        }
        return this;
    }

    public boolean userGate(int vector) {
        return userGates[vector & 0xff];
    }

    /** A flat 32-bit code segment (readable, non-conforming) at GDT index {@code index}. */
    public DescriptorTables code(int index, int privilege) {
        return put(index, CODE, 0, privilege, false, FLAT_4G | privilege << 13 | 0xb << 8);
    }

    /** A 32-bit data segment with the given base. */
    public DescriptorTables data(int index, int segmentBase, int privilege, boolean canWrite) {
        return put(index, DATA, segmentBase, privilege, canWrite,
                FLAT_4G | privilege << 13 | (canWrite ? 0x3 : 0x1) << 8);
    }

    /** A system descriptor (TSS, LDT) or a kernel segment: present but not loadable from CPL 3. */
    public DescriptorTables system(int index, int privilege) {
        return put(index, SYSTEM, 0, privilege, false, 0x0000_8900 | privilege << 13);
    }

    /** The values SLDT, STR, SGDT, SIDT and SMSW store (they are not privileged on these CPUs). */
    public DescriptorTables registers(int ldt, int tr, int gdtBase, int gdtLimit, int idtBase, int idtLimit,
            int msw) {
        this.ldtSelector = ldt;
        this.taskRegister = tr;
        this.gdtBase = gdtBase;
        this.gdtLimit = gdtLimit;
        this.idtBase = idtBase;
        this.idtLimit = idtLimit;
        this.machineStatusWord = msw;
        return this;
    }

    private DescriptorTables put(int index, int k, int b, int privilege, boolean w, int rights) {
        if (index <= 0 || index > 8191) {
            throw new IllegalArgumentException("GDT index " + index + " (1-8191; 0 is the null descriptor)");
        }
        if (index >= kind.length) {
            int n = index + 1;
            kind = Arrays.copyOf(kind, n);
            base = Arrays.copyOf(base, n);
            dpl = Arrays.copyOf(dpl, n);
            writable = Arrays.copyOf(writable, n);
            accessRights = Arrays.copyOf(accessRights, n);
        }
        kind[index] = k;
        base[index] = b;
        dpl[index] = privilege;
        writable[index] = w;
        accessRights[index] = rights;
        return this;
    }

    /** The kind of the descriptor a selector names (the LDT is empty: TI=1 selectors name nothing). */
    int kindOf(int selector) {
        int i = (selector & 0xffff) >>> 3;
        if ((selector & 4) != 0 || i == 0 || i >= kind.length) {
            return ABSENT;
        }
        return kind[i];
    }

    int baseOf(int selector) {
        return base[(selector & 0xffff) >>> 3];
    }

    int dplOf(int selector) {
        return dpl[(selector & 0xffff) >>> 3];
    }

    boolean writableOf(int selector) {
        return writable[(selector & 0xffff) >>> 3];
    }

    /** What LAR returns: the descriptor's second word masked to the access-rights bits. */
    int accessRightsOf(int selector) {
        return accessRights[(selector & 0xffff) >>> 3] & 0x00f0_ff00;
    }
}

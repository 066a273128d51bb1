package coyotos.studio.x86.cpu;

import coyotos.studio.x86.decode.Decoder;
import coyotos.studio.x86.decode.Insn;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the block at an address through the executable mappings. Instruction fetches reach the host only
 * as the CPU's would: for the block's first page, and for the next page only when the block's first
 * instruction runs into it. An instruction that crosses into the next page is therefore always a block of its
 * own, and one whose bytes cannot be fetched raises #PF (CR2 = the first byte that could not be fetched) only
 * when execution reaches it.
 */
final class BlockBuilder {
    /** Long enough to amortise the block lookup, short enough that a partial run re-decodes little. */
    static final int MAX_INSTRUCTIONS = 64;

    private final Core core;
    private final Decoder decoder = new Decoder();
    private int firstVpn;
    private boolean first;
    private int fetchError;
    /** The pages the block's bytes came from, as mapped when they were fetched. */
    private byte[] firstPage, secondPage;
    private final Decoder.CodeBytes fetch = this::fetch;

    BlockBuilder(Core core) {
        this.core = core;
    }

    private int fetch(int address) {
        int vpn = address >>> 12;
        int i = vpn & PageMap.MASK;
        byte[] p = core.xtag[i] == vpn ? core.xpage[i] : null;
        if (p == null) {
            if (vpn != firstVpn && !first) {
                return -1; // the next instruction needs the next page: it starts a block of its own
            }
            int err = core.host.translate(address, CpuHost.EXECUTE, core.pages);
            if (err != 0) {
                fetchError = err;
                return -1;
            }
            p = core.xtag[i] == vpn ? core.xpage[i] : null;
            if (p == null) {
                throw new IllegalStateException(String.format("the host translated 0x%08x for execution but "
                        + "mapped no executable page there", address));
            }
        } else if (vpn != firstVpn && !first) {
            return -1;
        }
        if (vpn == firstVpn) {
            firstPage = p;
        } else {
            secondPage = p;
        }
        return p[address & 0xfff] & 0xff;
    }

    Block build(int eip) {
        firstVpn = eip >>> 12;
        first = true;
        fetchError = 0;
        firstPage = null;
        secondPage = null;
        List<Insn> list = new ArrayList<>();
        int pc = eip;
        boolean crosses = false;
        while (true) {
            Insn in = new Insn();
            int rc = decoder.decode(fetch, pc, in);
            if (rc == Decoder.FETCH_FAULT) {
                if (first) {
                    throw core.pageFault(fetchError, decoder.faultAddress);
                }
                break;
            }
            if (rc == Decoder.TOO_LONG) {
                if (first) {
                    throw core.fault(Vector.GP, 0);
                }
                break;
            }
            crosses = ((pc ^ (pc + in.length - 1)) >>> 12) != 0;
            Specializer.specialize(in);
            if (!first && (crosses || Specializer.startsBlock(in))) {
                crosses = false;
                break;
            }
            list.add(in);
            pc += in.length;
            if (in.terminator || crosses || Specializer.startsBlock(in) || list.size() >= MAX_INSTRUCTIONS
                    || (pc >>> 12) != firstVpn) {
                break;
            }
            first = false;
        }
        Block b = new Block(eip, firstPage, crosses ? secondPage : null, list.toArray(new Insn[0]));
        core.code.put(b);
        b.epoch = core.pages.epoch;
        return b;
    }
}

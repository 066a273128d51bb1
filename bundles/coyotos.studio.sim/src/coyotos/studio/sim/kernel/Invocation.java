package coyotos.studio.sim.kernel;

import static coyotos.studio.sim.kernel.ControlWord.AC;
import static coyotos.studio.sim.kernel.ControlWord.CO;
import static coyotos.studio.sim.kernel.ControlWord.CW;
import static coyotos.studio.sim.kernel.ControlWord.EX;
import static coyotos.studio.sim.kernel.ControlWord.LDW_MASK;
import static coyotos.studio.sim.kernel.ControlWord.LSC_MASK;
import static coyotos.studio.sim.kernel.ControlWord.NB;
import static coyotos.studio.sim.kernel.ControlWord.PRESERVE;
import static coyotos.studio.sim.kernel.ControlWord.RC;
import static coyotos.studio.sim.kernel.ControlWord.RP;
import static coyotos.studio.sim.kernel.ControlWord.SC;
import static coyotos.studio.sim.kernel.ControlWord.SP;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.memory.Cap;
import coyotos.studio.sim.memory.FaultCode;
import coyotos.studio.sim.memory.TranslationResult;
import coyotos.studio.sim.result.EventType;
import coyotos.studio.sim.result.ProcessState;
import coyotos.studio.x86.cpu.CpuState;

/**
 * The InvokeCap system call of a program, as {@code proc_invoke_cap} (kern_Process.c) does it: phase 0 checks the
 * parameter block and saves the receive parameters; the send phase marshals the invoked and sent capabilities
 * (fabricating the reply capability with RC), then either hands the message to a receiving process (data words,
 * string, capabilities, protected payload and endpoint id; {@code pm} endpoints move their payload on) or calls
 * the kernel object ({@link KernelObjects}), whose answer goes to the process the reply capability names; the
 * receive phase puts the invoker in its receive wait; the copy-out phase writes the received soft words back to
 * the parameter block. A receiver learns of a message when it runs again: it re-executes its {@code int $0x30}
 * with the control word the sender left, which completes its receive with the copy-out.
 *
 * <p>Where the 2007 code and spec 0.6 part, the spec's intent is followed, and a run that takes such a path lists
 * it among its what-ifs ({@link SpecReading}): a one-way send completes (the kernel returns without
 * pi_SysCallDone, which would run the {@code int} again, although its comment says the sender keeps executing); a
 * non-blocking send the receiver cannot take now is discarded (spec "Non-blocking Send"; cap_Entry.c would put the
 * sender to sleep); a non-blocking send whose string faults in the receiver's buffer is truncated (spec; the
 * kernel delivers the receiver's fault and restarts the send, as for a blocking send).
 *
 * <p>Besides programs, a receiver can be a modelled server (a workload receive loop): it gets the message as a
 * workload invocation does, and its reply completes the program's receive with no words.
 */
final class Invocation {
    /** What became of the system call. */
    enum Outcome {
        /** It completed: the program goes on after the {@code int}. */
        COMPLETE,
        /** The process left the CPU (receiving, blocked, faulted): it runs the {@code int} again when dispatched. */
        LEFT,
        /** Start over at once (a receiver's fault was delivered; the sender now finds it busy). */
        RESTART
    }

    private enum Prepared { READY, NONE, BLOCKED }

    private final Kernel k;
    private final UserMemory memory;
    private final CapLocations caps;
    private final KernelObjects objects;
    private final InvocationParams ip = new InvocationParams();
    private final byte[] block = new byte[ParameterBlock.SIZE];
    private final byte[] chunk = new byte[4096];
    private KernelProcess prepared;
    private int preparedEndpoint;

    Invocation(Kernel k, UserMemory memory, CapLocations caps, KernelObjects objects) {
        this.k = k;
        this.memory = memory;
        this.caps = caps;
        this.objects = objects;
    }

    Outcome invoke(KernelProcess p) {
        ProcessRegisters r = p.regs;
        int ipw0 = r.reg(CpuState.EAX);
        long pb = r.reg(CpuState.ECX) & 0xFFFF_FFFFL;
        // Phase 0: valid_param_block, then save_soft_parameters when there is a send or receive phase.
        if (!UserMemory.validRange(pb, ParameterBlock.SIZE)) {
            return malformed(p);
        }
        if ((ipw0 & (SP | RP)) != 0) {
            int f = memory.read(p, pb, block, 0, block.length, true);
            if (f != 0) {
                k.delivery.raise(p, memory.faultAddress, f);
                return Outcome.LEFT;
            }
            r.epID = ParameterBlock.epId(block);
            r.rcvBound = ParameterBlock.word(block, ParameterBlock.RCV_BOUND);
            r.rcvPtr = ParameterBlock.word(block, ParameterBlock.RCV_PTR);
            for (int i = 0; i < 4; i++) {
                r.rcvCap[i] = ParameterBlock.word(block, ParameterBlock.RCV_CAP + 4 * i);
            }
        }
        ip.reset(p);
        ip.ipw0 = ipw0;
        if ((ipw0 & SP) != 0) {
            Outcome o = send(p, ipw0);
            if (o != null) {
                return o;
            }
        }
        return receive(p);
    }

    /** The send phase: null to go on to the receive phase, else how the call ended. */
    private Outcome send(KernelProcess p, int ipw0) {
        ProcessRegisters r = p.regs;
        k.meter.charge(p.index, CostMeter.KERNEL, k.cost.invokePathCycles());
        ip.iCap = caps.source(p, ParameterBlock.word(block, ParameterBlock.INV_CAP));
        if (ip.iCap == null) {
            return capFault(p);
        }
        ip.iCapRegister = caps.sourceRegister;
        if ((ipw0 & SC) != 0) {
            for (int i = 0; i <= ControlWord.lsc(ipw0); i++) {
                ip.srcCap[i] = caps.source(p, ParameterBlock.word(block, ParameterBlock.SND_CAP + 4 * i));
                if (ip.srcCap[i] == null) {
                    return capFault(p);
                }
                ip.srcRegister[i] = caps.sourceRegister;
            }
            if ((ipw0 & RC) != 0 && ip.srcCap[0].type == CapType.ENDPOINT && ip.srcCap[0].target >= 0) {
                // The reply capability is fabricated before the invoked capability is examined: an entry
                // capability to the endpoint with its current payload, in a transient copy.
                Cap ep = ip.srcCap[0];
                ip.srcCap[0] = new Cap(CapType.ENTRY, ep.target, 0, 0, 64, k.endpointPayload[ep.target]);
                ip.srcRegister[0] = -1;
            }
        }
        ip.words[1] = r.reg(CpuState.EBX);
        ip.words[2] = r.reg(CpuState.ESI);
        ip.words[3] = r.reg(CpuState.EDI);
        for (int i = 4; i < 8; i++) {
            ip.words[i] = ParameterBlock.word(block, ParameterBlock.PW + 4 * i);
        }
        ip.sndLen = ParameterBlock.word(block, ParameterBlock.SND_LEN);
        ip.sndPtr = ParameterBlock.word(block, ParameterBlock.SND_PTR);
        long slen = ip.sndLen & 0xFFFF_FFFFL;
        long rbound = r.rcvBound & 0xFFFF_FFFFL;
        if (slen > ParameterBlock.MAX_SNDLEN || rbound > ParameterBlock.MAX_SNDLEN
                || (rbound > 0 && !UserMemory.validRange(r.rcvPtr & 0xFFFF_FFFFL, rbound))
                || (slen > 0 && !UserMemory.validRange(ip.sndPtr & 0xFFFF_FFFFL, slen))) {
            return malformed(p);
        }
        boolean willingToBlock = (ipw0 & NB) == 0;
        Prepared to = prepare(p, ip.iCap, ip.iCapRegister, willingToBlock, false);
        if (to == Prepared.BLOCKED) {
            return Outcome.LEFT;
        }
        if (to == Prepared.READY) {
            return prepared.isServer() ? sendToServer(p, ipw0, prepared, ip.iCap) : transfer(p, ipw0, prepared,
                    preparedEndpoint);
        }
        if (ip.iCap.type == CapType.ENTRY) {
            // A non-blocking send the receiver could not take: discarded (spec "Non-blocking Send").
            k.followSpec(SpecReading.NON_BLOCKING_SEND_DISCARDED);
            KernelProcess h = k.recipientOf(ip.iCap);
            k.bus.emit(EventType.IPC_SEND, p.index, h == null ? -1 : h.index, k.endpointId(ip.iCap), -1);
            return null;
        }
        return kernelObject(p, ipw0, willingToBlock);
    }

    /**
     * cap_prepare_for_invocation (kern_Capability.c): the process an entry capability reaches, if it can take the
     * message now. A payload-matched capability whose payload is stale is invoked as Null and, held in a register,
     * is cleared there. A receiver that is not receiving (or waits on another endpoint) makes a blocking sender
     * wait for it (sq_SleepOn: it runs its {@code int} again when the receiver next receives).
     */
    private Prepared prepare(KernelProcess p, Cap cap, int register, boolean willingToBlock, boolean selfOk) {
        prepared = null;
        if (cap == null || cap.type != CapType.ENTRY) {
            return Prepared.NONE;
        }
        if (!k.ipc.payloadMatches(cap)) {
            if (register > 0) {
                p.capRegs[register] = Cap.NULL;
            }
            if (cap == ip.iCap) {
                ip.iCap = Cap.NULL;
            }
            return Prepared.NONE;
        }
        KernelProcess h = k.recipientOf(cap);
        if (h == null) {
            return Prepared.NONE;
        }
        boolean ready = (selfOk && h == p) || h.state == ProcessState.RECEIVING;
        if (ready && h.regs != null && (h.regs.reg(CpuState.EAX) & CW) != 0 && h.regs.epID != k.endpointId(cap)) {
            // A closed wait on another endpoint: the sender waits (the invoker itself too, as the kernel does).
            ready = false;
        }
        if (!ready) {
            if (willingToBlock) {
                p.lastHandler = h.index;
                k.waitFor(p, h, ProcessState.BLOCKED_SEND);
                return Prepared.BLOCKED;
            }
            return Prepared.NONE;
        }
        prepared = h;
        preparedEndpoint = cap.target;
        return Prepared.READY;
    }

    /** The message goes to a program in its receive phase. */
    private Outcome transfer(KernelProcess p, int ipw0, KernelProcess h, int ep) {
        ProcessRegisters hr = h.regs;
        int hIpw0 = hr.reg(CpuState.EAX);
        boolean nonBlock = (ipw0 & NB) != 0;
        if ((hIpw0 & AC) != 0) {
            for (int i = 0; i <= ControlWord.lrc(hIpw0); i++) {
                ip.destCap[i] = caps.destination(h, hr.rcvCap[i]);
                if (ip.destCap[i] == null) {
                    if (nonBlock) {
                        return null;
                    }
                    receiverFault(h, caps.fault, caps.faultAddress, caps.fromWalk ? caps.walked : null);
                    return Outcome.RESTART;
                }
            }
        }
        int ldw = ControlWord.ldw(ipw0);
        for (int i = 1; i <= ldw; i++) {
            setWord(hr, i, ip.words[i]);
        }
        int opw0 = (hIpw0 & PRESERVE) | (ipw0 & (LDW_MASK | LSC_MASK | SC | EX));
        long slen = ip.sndLen & 0xFFFF_FFFFL;
        hr.sndLen = ip.sndLen;
        long moved = 0;
        if (slen > 0) {
            long n = Math.min(slen, hr.rcvBound & 0xFFFF_FFFFL);
            long src = ip.sndPtr & 0xFFFF_FFFFL;
            long dst = hr.rcvPtr & 0xFFFF_FFFFL;
            while (moved < n) {
                int len = (int) Math.min(n - moved, 4096 - ((dst + moved) & 0xFFF));
                int f = memory.read(p, src + moved, chunk, 0, len, true);
                if (f != 0) {
                    k.delivery.raise(p, memory.faultAddress, f);
                    return Outcome.LEFT;
                }
                f = memory.write(h, dst + moved, chunk, 0, len, false);
                if (f != 0) {
                    if (nonBlock) {
                        k.followSpec(SpecReading.NON_BLOCKING_STRING_TRUNCATED);
                        opw0 |= NB;
                        hr.sndLen = (int) moved;
                        break;
                    }
                    receiverFault(h, f, memory.faultAddress, k.memory.result);
                    return Outcome.RESTART;
                }
                moved += len;
            }
        }
        if ((ipw0 & SC) != 0 && (hIpw0 & AC) != 0) {
            int n = Math.min(ControlWord.lsc(ipw0), ControlWord.lrc(hIpw0)) + 1;
            for (int i = 0; i < n; i++) {
                caps.store(ip.destCap[i], ip.srcCap[i]);
            }
        }
        k.ipc.consumePayload(ip.iCap);
        hr.protPayload = (int) ip.iCap.payload;
        hr.epID = k.endpointIds[ep];
        hr.setReg(CpuState.EAX, opw0);
        int words = ldw + 1;
        k.meter.charge(p.index, CostMeter.IPC, k.cost.ipcBaseCycles()
                + (long) (words + (moved + 3) / 4) * k.cost.ipcPerWordCycles());
        k.bus.emit(EventType.IPC_SEND, p.index, h.index, k.endpointIds[ep], words);
        k.bus.emit(EventType.IPC_RECEIVE, h.index, p.index, ip.iCap.payload, words);
        boolean call = (ipw0 & RP) != 0;
        // A call donates the slice: the receiver goes to the front; a one-way send keeps the sender running.
        k.makeReady(h, call);
        return call ? null : oneWaySendCompletes();
    }

    /** The message goes to a modelled server's receive loop, as a workload's invocation does (Ipc). */
    private Outcome sendToServer(KernelProcess p, int ipw0, KernelProcess s, Cap entry) {
        int words = ControlWord.ldw(ipw0) + 1;
        boolean call = (ipw0 & RP) != 0;
        k.meter.charge(p.index, CostMeter.IPC, k.cost.ipcBaseCycles() + (long) words * k.cost.ipcPerWordCycles());
        k.bus.emit(EventType.IPC_SEND, p.index, s.index, k.endpointId(entry), words);
        k.ipc.consumePayload(entry);
        k.bus.emit(EventType.IPC_RECEIVE, s.index, p.index, entry.payload, words);
        Message m = k.scratch;
        m.ipc(p.index, call);
        k.deliver(s, m, call);
        return call ? null : oneWaySendCompletes();
    }

    /** A send phase without RP: the sender goes on after its {@code int} (SpecReading.ONE_WAY_SEND_COMPLETES). */
    private Outcome oneWaySendCompletes() {
        k.followSpec(SpecReading.ONE_WAY_SEND_COMPLETES);
        return Outcome.COMPLETE;
    }

    /**
     * An invocation of a kernel object: the handler answers, and the answer goes to the process the reply
     * capability (sent capability 0) names, the invoker itself in the usual case; with none it is dropped.
     */
    private Outcome kernelObject(KernelProcess p, int ipw0, boolean willingToBlock) {
        Prepared reply = (ipw0 & SC) != 0 ? prepare(p, ip.srcCap[0], ip.srcRegister[0], willingToBlock, true)
                : Prepared.NONE;
        if (reply == Prepared.BLOCKED) {
            return Outcome.LEFT;
        }
        KernelProcess h = reply == Prepared.READY && prepared.regs != null ? prepared : null;
        int ep = preparedEndpoint;
        long pp = h == null ? 0 : ip.srcCap[0].payload;
        if (h != null) {
            int hIpw0 = h.regs.reg(CpuState.EAX);
            if ((hIpw0 & CW) != 0 && h.regs.epID != k.endpointIds[ep]) {
                h = null;
            } else if ((hIpw0 & AC) != 0) {
                for (int i = 0; i <= ControlWord.lrc(hIpw0); i++) {
                    ip.destCap[i] = caps.destination(h, h.regs.rcvCap[i]);
                    if (ip.destCap[i] == null) {
                        return null;
                    }
                }
            }
        }
        ip.words[1] = p.regs.reg(CpuState.EBX);
        ip.words[2] = p.regs.reg(CpuState.ESI);
        ip.words[3] = p.regs.reg(CpuState.EDI);
        if (ControlWord.ldw(ipw0) < 1) {
            ip.outLong(CapIdl.RC_REQUEST_ERROR);
            ip.opw[0] = ip.result() | EX;
        } else {
            ip.opCode = ip.inWord() & 0xFFFF_FFFFL;
            if (!objects.invoke(ip)) {
                return Outcome.LEFT;
            }
        }
        if (h != null) {
            if (k.endpointPm[ep]) {
                k.endpointPayload[ep] = (k.endpointPayload[ep] + 1) & 0xFFFF_FFFFL;
            }
            ProcessRegisters hr = h.regs;
            hr.protPayload = (int) pp;
            hr.epID = k.endpointIds[ep];
            for (int i = 1; i <= ControlWord.ldw(ip.opw[0]); i++) {
                setWord(hr, i, ip.opw[i]);
            }
            hr.setReg(CpuState.EAX, (hr.reg(CpuState.EAX) & PRESERVE) | ip.opw[0]);
            if (h != p) {
                k.makeReady(h, (ipw0 & RP) != 0);
            }
        }
        return null;
    }

    /** The receive phase, then the copy-out (kern_Process.c "PHASE 2" and "PHASE 3"). */
    private Outcome receive(KernelProcess p) {
        ProcessRegisters r = p.regs;
        int ipw0 = r.reg(CpuState.EAX);
        if ((ipw0 & RP) != 0) {
            r.setReg(CpuState.EAX, ipw0 & ~SP);
            k.receiveAgain(p);
            return Outcome.LEFT;
        }
        if ((ipw0 & CO) != 0) {
            ipw0 &= ~SP;
            r.setReg(CpuState.EAX, ipw0);
            int[] out = {r.pw[4], r.pw[5], r.pw[6], r.pw[7], r.protPayload};
            long pb = r.reg(CpuState.ECX) & 0xFFFF_FFFFL;
            int f = memory.writeWords(p, pb + ParameterBlock.PW + 16, out, true);
            if (f == 0) {
                f = memory.writeWords(p, pb + ParameterBlock.SND_LEN, new int[] {r.sndLen}, true);
            }
            if (f == 0) {
                f = memory.writeWords(p, pb + ParameterBlock.EP_ID, new int[] {(int) r.epID, (int) (r.epID >>> 32)},
                        true);
            }
            if (f != 0) {
                k.delivery.raise(p, memory.faultAddress, f);
                return Outcome.LEFT;
            }
        }
        r.setReg(CpuState.EAX, ipw0 & ~(CO | SP));
        return Outcome.COMPLETE;
    }

    /** set_pw: words 1-3 go to EBX, ESI, EDI, words 4-7 to the soft registers. */
    private static void setWord(ProcessRegisters r, int i, int v) {
        switch (i) {
            case 1 -> r.setReg(CpuState.EBX, v);
            case 2 -> r.setReg(CpuState.ESI, v);
            case 3 -> r.setReg(CpuState.EDI, v);
            default -> r.pw[i] = v;
        }
    }

    private Outcome malformed(KernelProcess p) {
        k.delivery.takeFault(p, FaultCode.MALFORMED_SYSCALL.code(), 0);
        return Outcome.LEFT;
    }

    /** A capability location of the invoker failed: its fault, through the memory-handler search when walked. */
    private Outcome capFault(KernelProcess p) {
        if (caps.fromWalk) {
            k.delivery.raise(p, caps.faultAddress, caps.fault, caps.walked);
        } else {
            k.delivery.takeFault(p, caps.fault, caps.faultAddress);
        }
        return Outcome.LEFT;
    }

    /**
     * The receiver's buffer or capability slot faulted: the fault is the receiver's (proc_deliver_memory_fault,
     * through the memory-handler search when {@code walk} found it; else set on it for its dispatch).
     */
    private void receiverFault(KernelProcess h, int code, long address, TranslationResult walk) {
        if (walk != null) {
            k.delivery.raise(h, address, code, walk);
        } else {
            k.delivery.record(h, address, code, new TranslationResult());
            h.faultPending = true;
            k.makeReady(h, true);
        }
    }
}

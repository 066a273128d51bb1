package coyotos.studio.sim.kernel;

import coyotos.studio.sim.image.CapType;
import coyotos.studio.sim.result.EventType;

/**
 * The kernel's capability handlers for the invocations a program makes on kernel objects ({@code capHandler},
 * kern_Process.c, and {@code caps/cap_*.c}), with the opcodes and codes capidl gives them ({@link CapIdl}):
 * <ul>
 * <li>every kernel capability answers {@code Cap.getType} with its interface's type code (cap_Null.c,
 * cap_KernLog.c, cap_Page.c, cap_GPT.c, cap_CapPage.c, cap_Endpoint.c, cap_Window.c, cap_Schedule.c, the i386
 * cap_Process.c), after checking the request carries exactly the opcode and the reply capability;</li>
 * <li>{@code KernLog.log(msg)} prints the message on the console ({@link KernelConsole}): the sequence's max,
 * length and data words, the bytes read from the invoker's send string, a newline added when missing; 255 bytes
 * at most (RequestError beyond), NoAccess when the string lies outside user memory;</li>
 * <li>an opcode an object does not define answers UnknownRequest, as cap_Cap.c does.</li>
 * </ul>
 * Other methods of kernel objects (a GPT's setSlot, a process's resume, ...) are not simulated: they answer
 * UnknownRequest too, and the INVOKE event says the method is not simulated ({@link #NOT_SIMULATED}).
 */
final class KernelObjects {
    /** INVOKE event details for program invocations of kernel objects. */
    static final int GET_TYPE = 10, KERNLOG = 11, NOT_SIMULATED = 12, UNKNOWN = 13, REQUEST_ERROR = 14;

    private final Kernel k;
    private final UserMemory memory;
    private final KernelConsole console;

    KernelObjects(Kernel k, UserMemory memory, KernelConsole console) {
        this.k = k;
        this.memory = memory;
        this.console = console;
    }

    /** The interface a kernel capability of this type implements, as capidl names it; null for none. */
    static String interfaceOf(CapType type) {
        return switch (type) {
            case NULL -> "coyotos.Null";
            case KERNLOG -> "coyotos.KernLog";
            case PAGE -> "coyotos.Page";
            case CAP_PAGE -> "coyotos.CapPage";
            case GPT -> "coyotos.GPT";
            case ENDPOINT -> "coyotos.Endpoint";
            case PROCESS -> "coyotos.i386.Process";
            case BACKGROUND_WINDOW -> "coyotos.Window";
            case LOCAL_WINDOW -> "coyotos.LocalWindow";
            case SCHEDULE -> "coyotos.Schedule";
            // A space bank is a user process, and an entry capability goes to one: neither is a kernel object.
            case SPACE_BANK, ENTRY -> null;
        };
    }

    /**
     * Runs the handler for {@code ip.iCap} with {@code ip.opCode} read; fills {@code ip.opw}. Returns false when
     * the invoker took a fault reading its own memory (KernLog's string): the invocation is abandoned.
     */
    boolean invoke(InvocationParams ip) {
        KernelProcess p = ip.invoker;
        String iface = interfaceOf(ip.iCap.type);
        if (ip.opCode == CapIdl.OC_GET_TYPE && iface != null) {
            if (!ip.argumentsAre(0, 0)) {
                return error(ip, CapIdl.RC_REQUEST_ERROR, REQUEST_ERROR);
            }
            ip.outLong(CapIdl.typeCode(iface));
            ip.opw[0] = ip.result();
            k.bus.emit(EventType.INVOKE, p.index, -1, GET_TYPE, ip.iCap.type.ordinal());
            return true;
        }
        if (ip.iCap.type == CapType.KERNLOG && ip.opCode == CapIdl.OC_KERNLOG_LOG) {
            return log(ip);
        }
        boolean defined = iface != null && ip.iCap.type != CapType.NULL && ip.iCap.type != CapType.KERNLOG;
        return error(ip, CapIdl.RC_UNKNOWN_REQUEST, defined ? NOT_SIMULATED : UNKNOWN);
    }

    private boolean log(InvocationParams ip) {
        KernelProcess p = ip.invoker;
        ip.inWord(); // the sequence's bound (max), unused
        int len = ip.inWord();
        ip.inWord(); // the data pointer inside the sequence: the kernel reads the send string instead
        long lenU = len & 0xFFFF_FFFFL;
        if (lenU > 256 || !ip.argumentsAre((int) lenU, 256)) {
            return error(ip, CapIdl.RC_REQUEST_ERROR, REQUEST_ERROR);
        }
        long ptr = ip.sndPtr & 0xFFFF_FFFFL;
        if (lenU > 255) {
            return error(ip, CapIdl.RC_REQUEST_ERROR, REQUEST_ERROR);
        }
        if (!UserMemory.validRange(ptr, Math.max(1, lenU))) {
            return error(ip, CapIdl.RC_NO_ACCESS, KERNLOG);
        }
        byte[] text = new byte[(int) lenU];
        int f = memory.read(p, ptr, text, 0, text.length, true);
        if (f != 0) {
            k.delivery.raise(p, memory.faultAddress, f);
            return false;
        }
        int line = console.print(text, text.length);
        k.bus.emit(EventType.CONSOLE, p.index, -1, line, lenU);
        k.bus.emit(EventType.INVOKE, p.index, -1, KERNLOG, lenU);
        // A success with no words: opw[0] stays 0 (InvParam is zeroed before the handler runs).
        return true;
    }

    private boolean error(InvocationParams ip, long code, int eventDetail) {
        ip.nextOdw = 1;
        ip.outLong(code);
        ip.opw[0] = ip.result() | ControlWord.EX;
        k.bus.emit(EventType.INVOKE, ip.invoker.index, -1, eventDetail, ip.opCode);
        return true;
    }
}

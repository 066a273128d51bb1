package coyotos.studio.sim.kernel;

import coyotos.studio.sim.memory.TranslationResult;

/**
 * What a server is working on: a fault message (to a process handler or a memory handler), or an IPC call or
 * one-way send. Each server holds one and reuses it, since it works on one message at a time.
 */
final class Message {
    static final int FAULT = 0, CALL = 1, SEND = 2;

    int kind;
    /** The faulted process (fault messages) or the sender. */
    int from;
    /** A memory handler's message (kern_Process.c:309-352) rather than a process handler's (225-263). */
    boolean memoryHandler;
    /** Fault code the message carries (ActivationFail for a failed save, with the original fault kept in the process). */
    int code;
    /** Fault information: the address (relative to the kept GPT for a memory handler). */
    long address;
    /** The kept GPT of a memory handler's message, or -1. */
    int keptGpt = -1;
    /** The walk that faulted, for a handler that repairs where translation stopped. */
    final TranslationResult walk = new TranslationResult();
    /** Times this fault message was forwarded from handler to handler. */
    int forwards;

    void fault(int faulted, boolean toMemoryHandler, int faultCode, long info, int gpt, TranslationResult w) {
        kind = FAULT;
        from = faulted;
        memoryHandler = toMemoryHandler;
        code = faultCode;
        address = info;
        keptGpt = gpt;
        walk.copyFrom(w);
        forwards = 0;
    }

    void copyFrom(Message o) {
        kind = o.kind;
        from = o.from;
        memoryHandler = o.memoryHandler;
        code = o.code;
        address = o.address;
        keptGpt = o.keptGpt;
        walk.copyFrom(o.walk);
        forwards = o.forwards;
    }

    void ipc(int sender, boolean call) {
        kind = call ? CALL : SEND;
        from = sender;
        memoryHandler = false;
        code = 0;
        address = 0;
        keptGpt = -1;
        forwards = 0;
    }
}

package coyotos.studio.sim.kernel;

/**
 * A place where the 2007 kernel's code and spec 0.6 part and the simulator follows the spec. The 2007 behaviour
 * in each is a path no program could use (it sends again forever, or sleeps with nothing to wake it, or asserts),
 * so the spec's reading runs; a run that takes one lists it among its what-ifs, so the user can tell that part
 * of the run from what the 2007 kernel would do.
 */
enum SpecReading {
    /**
     * kern_Process.c proc_invoke_cap: after a send phase without RP the kernel returns without setting
     * pi_SysCallDone, so IRQ.c leaves EIP at the {@code int $0x30} and the sender sends again when it next runs,
     * although the comment there says the sender "wish[es] to keep executing".
     */
    ONE_WAY_SEND_COMPLETES("spec reading: a one-way send completed and the sender went on (the 2007 kernel "
            + "returns without pi_SysCallDone, kern_Process.c proc_invoke_cap, so the sender would run its "
            + "int $0x30 again and send again)"),
    /**
     * Spec "Non-blocking Send": a message the receiver cannot take now is discarded. In the 2007 kernel
     * cap_prepare_for_invocation (kern_Capability.c) returns no endpoint, the entry capability is then invoked as a
     * kernel object, and cap_Entry.c puts the sender to sleep on the endpoint whatever NB says.
     */
    NON_BLOCKING_SEND_DISCARDED("spec reading: a send the receiver could not take was discarded (spec "
            + "\"Non-blocking Send\"; the 2007 kernel's cap_Entry.c puts the sender to sleep on the endpoint)"),
    /**
     * Spec: a non-blocking send whose string faults in the receiver's buffer is truncated (NB set on the receiver's
     * control word, its sndLen the bytes moved). kern_Process.c looks the page up with nonBlock false, so
     * proc_findDataPage delivers the receiver's fault itself (proc_deliver_memory_fault) and restarts the send,
     * as for a blocking send; the truncation code after it (behind assert(fc == 0)) is never reached.
     */
    NON_BLOCKING_STRING_TRUNCATED("spec reading: a non-blocking send's string was truncated at a fault in the "
            + "receiver's buffer (the 2007 kernel delivers the receiver's fault and restarts the send, "
            + "kern_Process.c proc_findDataPage)");

    private final String label;

    SpecReading(String label) {
        this.label = label;
    }

    /** As the run's what-if list shows it. */
    String label() {
        return label;
    }
}

package coyotos.studio.sim.kernel;

/**
 * The kernel's one ready queue ({@code mainRQ}, kern_Sched.c) with a quantum, for one CPU. Processes go to the
 * back ({@code rq_add(..., false)}: a resumed process, a one-way send's receiver, a preempted or yielding
 * process) or to the front when the current process donates its slice ({@code rq_add(..., true)}: the receiver of
 * a call or of a fault upcall, kern_Process.c).
 */
final class Scheduler {
    private final int[] queue;
    private final boolean[] queued;
    private int head;
    private int size;
    final long quantum;
    long sliceStart;

    Scheduler(int processes, long quantum) {
        this.queue = new int[Math.max(1, processes)];
        this.queued = new boolean[Math.max(1, processes)];
        this.quantum = quantum;
    }

    void enqueue(int p) {
        if (queued[p]) {
            return;
        }
        queued[p] = true;
        queue[(head + size) % queue.length] = p;
        size++;
    }

    void enqueueFront(int p) {
        if (queued[p]) {
            return;
        }
        queued[p] = true;
        head = (head - 1 + queue.length) % queue.length;
        queue[head] = p;
        size++;
    }

    /** Next ready process index, or -1. */
    int next() {
        if (size == 0) {
            return -1;
        }
        int p = queue[head];
        head = (head + 1) % queue.length;
        size--;
        queued[p] = false;
        return p;
    }

    boolean othersReady() {
        return size > 0;
    }

    boolean expired(long now) {
        return size > 0 && now - sliceStart >= quantum;
    }
}

package coyotos.studio.sim.kernel;

/**
 * Round-robin ready queue with a quantum, for one CPU. A multi-CPU kernel would keep one of these per CPU
 * (or a shared one with a lock); nothing else here assumes a single CPU.
 */
final class Scheduler {
    private final int[] queue;
    private int head;
    private int size;
    final long quantum;
    long sliceStart;

    Scheduler(int processes, long quantum) {
        this.queue = new int[Math.max(1, processes)];
        this.quantum = quantum;
    }

    void enqueue(int p) {
        queue[(head + size) % queue.length] = p;
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
        return p;
    }

    boolean othersReady() {
        return size > 0;
    }

    boolean expired(long now) {
        return size > 0 && now - sliceStart >= quantum;
    }
}

package coyotos.studio.sim.debug;

/**
 * A command a caller hands the simulation thread of a {@link DebugSession}: it exists apart from the driver that
 * performs it because both sides of the {@link CommandHandshake} speak it, and the forms a command takes (run
 * forward to a goal, go to a position, look back, end) are the session's whole vocabulary.
 * {@code point}: the instruction point a GO_TO goes to (-1: the position); for an INSTRUCTION goal, {@code eip}
 * (-1: any) and {@code minEsp} (unsigned) say which point of the process stops.
 */
record Command(Command.Kind kind, Command.Goal goal, int process, long position, long steps, boolean boundary,
        int point, long eip, int minEsp) {

    /** What a forward command runs to, besides breakpoints and the end. */
    enum Goal {
        NONE, EVENT, OVER, FAULT,
        /** The next instruction point of a process (one whose EIP and ESP are as asked, when asked). */
        INSTRUCTION
    }

    enum Kind {
        FORWARD, GO_TO, BACK, TERMINATE
    }

    static final Command TERMINATE = new Command(Kind.TERMINATE, Goal.NONE, -1, -1, -1, false);

    Command(Kind kind, Goal goal, int process, long position, long steps, boolean boundary) {
        this(kind, goal, process, position, steps, boundary, -1, -1, 0);
    }

    static Command forward(Goal goal, int process) {
        return new Command(Kind.FORWARD, goal, process, -1, -1, false);
    }

    /** To the next instruction point of {@code process} where EIP is {@code eip} (-1: any) and ESP >= minEsp. */
    static Command instruction(int process, long eip, int minEsp) {
        return new Command(Kind.FORWARD, Goal.INSTRUCTION, process, -1, -1, false, -1, eip, minEsp);
    }

    /** To instruction point {@code point} of step {@code steps}, which began at or after {@code position}. */
    static Command goToPoint(long position, long steps, int point) {
        return new Command(Kind.GO_TO, Goal.NONE, -1, position, steps, false, point, -1, 0);
    }

    /** Back to the last breakpoint hit ({@code Goal.NONE}) or the last fault or breakpoint ({@code Goal.FAULT}). */
    static Command back(Goal goal) {
        return new Command(Kind.BACK, goal, -1, -1, -1, false);
    }

    static Command goTo(long position, long steps, boolean boundary) {
        return new Command(Kind.GO_TO, Goal.NONE, -1, position, steps, boundary);
    }
}

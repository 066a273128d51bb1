package coyotos.studio.mkimage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Random well-formed mkimage modules: banks, every kind of object, fields, page contents and capabilities of every
 * kind (guards, restrictions, entries, notices, kernel capabilities, windows, physical frames), some statements
 * inside functions, blocks, if and while. Well-formed means mkimage would accept them: values in their fields'
 * ranges, recipients that are processes, guards that fit, window offsets on their guard.
 */
final class GeneratedImages {
    private static final String[] MISC = {"KeyBits", "Discrim", "Range", "Sleep", "IrqCtl", "SchedCtl", "Checkpoint",
            "ObStore", "IoPerm", "PinCtl", "SysCtl", "KernLog"};
    private static final int[] FAULT_CODES = {0, 1, 2, 4, 7, 13, 25, 32, 48, 128, 131};

    private GeneratedImages() {
    }

    /**
     * The seed of the drawn cases (the same as the simulator's property tests): every run tries the same modules, and a
     * failing one, named by its size and seed, is written again by {@link #module}. Change it to try other modules,
     * never to make a failure go away.
     */
    static final long SEED = 0x5EED_C070_705L;
    /** The sizes a module may have: how many objects it allocates (its statements are three times as many). */
    static final int MIN_SIZE = 1;
    static final int MAX_SIZE = 40;

    /**
     * (size, seed) pairs for {@link #module}: first the smallest and largest sizes, and the sizes next to them, each with
     * the seeds 0, 1, -1, Long.MIN_VALUE and Long.MAX_VALUE; then {@code drawn} pairs from {@link #SEED}, sizes uniform
     * over [1, 40], seeds uniform over the longs.
     */
    static Stream<Arguments> sizesAndSeeds(int drawn) {
        long[] edgeSeeds = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE};
        Stream<Arguments> edges = Stream.of(MIN_SIZE, MIN_SIZE + 1, MAX_SIZE - 1, MAX_SIZE)
                .flatMap(size -> LongStream.of(edgeSeeds).mapToObj(seed -> Arguments.of(size, seed)));
        Random r = new Random(SEED);
        return Stream.concat(edges, Stream.generate(() -> Arguments.of(MIN_SIZE + r.nextInt(MAX_SIZE - MIN_SIZE + 1), r.nextLong()))
                .limit(drawn));
    }

    static String module(String name, int size, long seed) {
        return new Writer(new Random(seed)).write(name, size);
    }

    private static final class Writer {
        private final Random r;
        private final StringBuilder s = new StringBuilder();
        private final List<String> banks = new ArrayList<>(List.of("PrimeBank"));
        private final List<String> pages = new ArrayList<>();
        private final List<String> capPages = new ArrayList<>();
        private final List<String> gpts = new ArrayList<>();
        private final List<String> endpoints = new ArrayList<>();
        private final List<String> processes = new ArrayList<>();
        private int n;

        Writer(Random r) {
            this.r = r;
        }

        String write(String name, int size) {
            s.append("module ").append(name).append(" {\n");
            for (int i = 0; i < size; i++) {
                allocate();
            }
            if (processes.isEmpty()) {
                processes.add(def("new Process(" + pick(banks) + ")", "p"));
            }
            for (int i = 0; i < size * 3; i++) {
                statement();
            }
            return s.append("}\n").toString();
        }

        private void allocate() {
            String bank = pick(banks);
            switch (r.nextInt(7)) {
                case 0 -> banks.add(def("new Bank(" + bank + ")", "bank"));
                case 1 -> pages.add(def("new Page(" + bank + ")", "page"));
                case 2 -> capPages.add(def("new CapPage(" + bank + ")", "cp"));
                case 3 -> gpts.add(def("new GPT(" + bank + ")", "gpt"));
                case 4 -> endpoints.add(def("new Endpoint(" + bank + ")", "ep"));
                default -> processes.add(def("new Process(" + bank + ")", "proc"));
            }
        }

        private String def(String value, String prefix) {
            String name = prefix + (++n);
            s.append("  def ").append(name).append(" = ").append(value).append(";\n");
            return name;
        }

        /** One statement, sometimes inside a construct that runs it once. */
        private void statement() {
            String stmt = assignment();
            if (stmt == null) {
                return;
            }
            switch (r.nextInt(6)) {
                case 0 -> {
                    String f = "set" + (++n);
                    s.append("  def ").append(f).append("() {\n    ").append(stmt).append("\n    return 0;\n  }\n  ")
                            .append(f).append("();\n");
                }
                case 1 -> s.append("  if (").append(r.nextInt(5)).append(" < 5) {\n    ").append(stmt).append("\n  } else {\n    fatal(\"unreachable\");\n  }\n");
                case 2 -> {
                    String i = "i" + (++n);
                    s.append("  def ").append(i).append(" = 0;\n  while (").append(i).append(" < 2) {\n    ").append(stmt)
                            .append("\n    ").append(i).append(" = ").append(i).append(" + 1;\n  }\n");
                }
                case 3 -> s.append("  {\n    ").append(stmt).append("\n  };\n");
                default -> s.append("  ").append(stmt).append('\n');
            }
        }

        private String assignment() {
            switch (r.nextInt(6)) {
                case 0 -> {
                    if (pages.isEmpty()) {
                        return null;
                    }
                    String p = pick(pages);
                    return switch (r.nextInt(3)) {
                        case 0 -> p + "[" + r.nextInt(4096) + "] = " + r.nextInt(256) + ";";
                        case 1 -> "fillpage(" + p + ", " + r.nextInt(256) + ");";
                        default -> "set_page_uint64(" + p + ", " + 8 * r.nextInt(512) + ", 0x" + Long.toHexString(r.nextLong()) + ");";
                    };
                }
                case 1 -> {
                    if (capPages.isEmpty()) {
                        return null;
                    }
                    return pick(capPages) + "[" + r.nextInt(256) + "] = " + cap() + ";";
                }
                case 2 -> {
                    if (gpts.isEmpty()) {
                        return null;
                    }
                    String g = pick(gpts);
                    return switch (r.nextInt(4)) {
                        case 0 -> g + ".l2v = " + (12 + r.nextInt(52)) + ";";
                        case 1 -> g + ".ha = " + r.nextInt(2) + ";";
                        case 2 -> g + ".bg = " + r.nextInt(2) + ";";
                        default -> g + ".cap[" + r.nextInt(16) + "] = " + cap() + ";";
                    };
                }
                case 3 -> {
                    if (endpoints.isEmpty()) {
                        return null;
                    }
                    String e = pick(endpoints);
                    return switch (r.nextInt(4)) {
                        case 0 -> e + ".recipient = " + (r.nextInt(4) == 0 ? "NullCap()" : pick(processes)) + ";";
                        case 1 -> e + ".pm = " + r.nextInt(2) + ";";
                        case 2 -> e + ".endpointID = " + r.nextInt(1000) + ";";
                        default -> e + ".protPayload = 0x" + Integer.toHexString(r.nextInt()) + ";";
                    };
                }
                default -> {
                    String p = pick(processes);
                    return switch (r.nextInt(10)) {
                        case 0 -> p + ".runState = " + r.nextInt(3) + ";";
                        case 1 -> p + ".flags = " + r.nextInt(0x10000) + ";";
                        case 2 -> p + ".faultCode = " + FAULT_CODES[r.nextInt(FAULT_CODES.length)] + ";";
                        case 3 -> p + ".faultInfo = 0x" + Long.toHexString(r.nextLong()) + ";";
                        case 4 -> p + ".ioSpace = " + (r.nextBoolean() ? "IoPerm()" : "NullCap()") + ";";
                        case 5 -> p + "." + pick(List.of("addrSpace", "schedule", "handler", "brand", "cohort")) + " = " + cap() + ";";
                        default -> p + ".capReg[" + (1 + r.nextInt(31)) + "] = " + cap() + ";";
                    };
                }
            }
        }

        private String cap() {
            switch (r.nextInt(12)) {
                case 0 -> {
                    return "NullCap()";
                }
                case 1 -> {
                    return MISC[r.nextInt(MISC.length)] + "()";
                }
                case 2 -> {
                    return endpoints.isEmpty() ? "NullCap()" : (r.nextBoolean() ? "enter(" : "AppInt(") + pick(endpoints)
                            + ", 0x" + Integer.toHexString(r.nextInt()) + ")";
                }
                case 3 -> {
                    return endpoints.isEmpty() ? "NullCap()" : pick(endpoints);
                }
                case 4 -> {
                    return pick(processes);
                }
                case 5 -> {
                    return r.nextBoolean() ? pick(banks) : "enter(PrimeBankEndpoint, " + r.nextInt(256) + ")";
                }
                case 6 -> {
                    return r.nextBoolean() ? "Window(0x" + Long.toHexString((long) r.nextInt(1 << 20) << 12) + ")"
                            : "LocalWindow(0x" + Long.toHexString((long) r.nextInt(1 << 20) << 12) + ", " + r.nextInt(16) + ")";
                }
                case 7 -> {
                    String phys = "PhysPageCap(" + r.nextInt(1 << 20) + ")";
                    return r.nextBoolean() ? "nocache(" + phys + ")" : phys;
                }
                default -> {
                    List<String> memory = new ArrayList<>(pages);
                    memory.addAll(capPages);
                    memory.addAll(gpts);
                    if (memory.isEmpty()) {
                        return "NullCap()";
                    }
                    String o = pick(memory);
                    String e = o;
                    if (r.nextBoolean()) {
                        int l2g = 12 + r.nextInt(53);
                        long match = l2g == 64 ? 0 : r.nextInt(1 << 24) & (l2g > 40 ? (1L << (64 - l2g)) - 1 : -1L);
                        e = "guard(" + e + ", 0x" + Long.toHexString(l2g == 64 ? 0 : match << l2g) + ", " + l2g + ")";
                    }
                    if (r.nextInt(3) == 0) {
                        e = r.nextBoolean() ? "readonly(" + e + ")" : "weaken(" + e + ")";
                    }
                    if (r.nextInt(3) == 0) {
                        e = "noexec(" + e + ")";
                    }
                    if (gpts.contains(o) && r.nextInt(3) == 0) {
                        e = r.nextBoolean() ? "opaque(" + e + ")" : "nocall(" + e + ")";
                    }
                    return e;
                }
            }
        }

        private String pick(List<String> l) {
            return l.get(r.nextInt(l.size()));
        }
    }
}

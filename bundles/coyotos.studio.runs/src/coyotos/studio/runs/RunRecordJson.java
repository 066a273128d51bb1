package coyotos.studio.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coyotos.studio.sim.report.JsonReport;

/**
 * Reads and writes {@link RunRecord}s. The keys are those of the simulator's JSON report (profile, kernel,
 * totalCycles, categories, processes, faults, memory, digest) plus what the views need to reopen a run. A record
 * written before kernel variants existed has no {@code kernel}: it reads back as null.
 */
public final class RunRecordJson {

    private RunRecordJson() {
    }

    public static String write(RunRecord r) {
        StringBuilder sb = new StringBuilder(1024).append("{\n");
        field(sb, "label", str(r.label()));
        field(sb, "model", str(r.model()));
        field(sb, "profile", str(r.profile()));
        field(sb, "kernel", str(r.kernel()));
        field(sb, "seed", Long.toString(r.seed()));
        field(sb, "totalCycles", Long.toString(r.totalCycles()));
        field(sb, "categories", map(r.categories()));
        StringBuilder processes = new StringBuilder("[");
        for (int i = 0; i < r.processes().size(); i++) {
            RunRecord.ProcessCosts p = r.processes().get(i);
            processes.append(i == 0 ? "\n    " : ",\n    ").append("{\"id\": ").append(str(p.id()))
                    .append(", \"name\": ").append(str(p.name())).append(", \"finalState\": ")
                    .append(str(p.finalState())).append(", \"faultsRaised\": ").append(p.faultsRaised())
                    .append(", \"categories\": ").append(map(p.categories())).append('}');
        }
        processes.append(r.processes().isEmpty() ? "]" : "\n  ]");
        field(sb, "processes", processes.toString());
        field(sb, "faults", map(r.faults()));
        field(sb, "memory", map(r.memory()));
        field(sb, "digest", str(r.digest()));
        field(sb, "termination", str(r.termination()));
        field(sb, "diagnosis", str(r.diagnosis()));
        field(sb, "events", Long.toString(r.events()));
        sb.append("  \"eventsFile\": ").append(str(r.eventsFile())).append("\n}\n");
        return sb.toString();
    }

    /** Writes through a temporary file so a crash never leaves half a record behind. */
    public static void save(RunRecord record, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, write(record), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** @throws IOException naming the file and what is wrong with it */
    public static RunRecord load(Path file) throws IOException {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw new IOException(file + " is not a Coyotos run record: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static RunRecord read(String json) {
        Map<String, Object> o = (Map<String, Object>) MiniJson.parse(json);
        List<RunRecord.ProcessCosts> processes = new ArrayList<>();
        for (Object p : (List<Object>) o.get("processes")) {
            Map<String, Object> m = (Map<String, Object>) p;
            processes.add(new RunRecord.ProcessCosts((String) m.get("id"), (String) m.get("name"),
                    longs(m.get("categories")), (String) m.get("finalState"), num(m.get("faultsRaised"))));
        }
        return new RunRecord((String) o.get("label"), (String) o.get("model"), (String) o.get("profile"),
                (String) o.get("kernel"),
                num(o.get("seed")), num(o.get("totalCycles")), longs(o.get("categories")), processes,
                longs(o.get("faults")), longs(o.get("memory")), (String) o.get("digest"),
                (String) o.get("termination"), (String) o.get("diagnosis"), num(o.get("events")),
                (String) o.get("eventsFile"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> longs(Object value) {
        Map<String, Long> out = new LinkedHashMap<>();
        ((Map<String, Object>) value).forEach((k, v) -> out.put(k, num(v)));
        return out;
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static void field(StringBuilder sb, String key, String json) {
        sb.append("  ").append(str(key)).append(": ").append(json).append(",\n");
    }

    private static String map(Map<String, Long> map) {
        StringBuilder sb = new StringBuilder("{");
        map.forEach((k, v) -> sb.append(sb.length() == 1 ? "" : ", ").append(str(k)).append(": ").append(v));
        return sb.append('}').toString();
    }

    private static String str(String s) {
        return JsonReport.str(s);
    }
}

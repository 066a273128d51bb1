package coyotos.studio.sweep.result;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import coyotos.studio.sim.result.CostCategory;
import coyotos.studio.sim.result.MemoryKind;
import coyotos.studio.sweep.AxisValues;
import coyotos.studio.sweep.Shard;
import coyotos.studio.sweep.SweepException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep result as JSON: top-level {@code sweep} (what was swept, which slice), {@code complete}, {@code axes}
 * and {@code points}; each point has {@code index}, {@code values} (axis → value) and the single-run report's keys
 * ({@code profile}, {@code totalCycles}, {@code categories}, {@code faults}, {@code memory}, {@code digest}) plus
 * {@code termination}, {@code perFault}, {@code events} and {@code notes}. Keys keep one order and nothing depends on
 * the clock, so equal sweeps give equal files: a merged set of shards is byte-identical to the unsharded run.
 * Read back for merging shards and for reopening a saved sweep.
 */
public final class SweepJson {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

    private SweepJson() {
    }

    public static String write(SweepResult r) {
        JsonObject root = new JsonObject();
        root.add("sweep", info(r.info()));
        root.addProperty("complete", r.complete());
        JsonArray axes = new JsonArray();
        for (AxisInfo a : r.axes()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", a.name());
            o.addProperty("kind", a.kind());
            JsonArray values = new JsonArray();
            for (String v : a.values()) {
                values.add(value(a, v));
            }
            o.add("values", values);
            axes.add(o);
        }
        root.add("axes", axes);
        JsonArray points = new JsonArray();
        for (PointResult p : r.points()) {
            points.add(point(r.axes(), p));
        }
        root.add("points", points);
        return GSON.toJson(root) + "\n";
    }

    private static JsonObject info(SweepInfo i) {
        JsonObject o = new JsonObject();
        o.addProperty("model", i.model());
        o.addProperty("modelName", i.modelName());
        o.addProperty("modelSha256", i.modelSha256());
        JsonArray vary = new JsonArray();
        i.vary().forEach(vary::add);
        o.add("vary", vary);
        o.addProperty("profile", i.profile());
        o.addProperty("kernel", i.kernel());
        o.addProperty("seed", i.seed());
        o.addProperty("points", i.totalPoints());
        o.addProperty("shard", i.shard().toString());
        return o;
    }

    private static JsonElement value(AxisInfo a, String v) {
        BigDecimal n = a.numeric() ? AxisValues.number(v) : null;
        return n != null ? new JsonPrimitive(n) : new JsonPrimitive(v);
    }

    private static JsonObject point(List<AxisInfo> axes, PointResult p) {
        JsonObject o = new JsonObject();
        o.addProperty("index", p.index());
        JsonObject values = new JsonObject();
        for (int i = 0; i < axes.size(); i++) {
            values.add(axes.get(i).name(), value(axes.get(i), p.values().get(i)));
        }
        o.add("values", values);
        o.addProperty("termination", p.termination());
        if (p.message() != null) {
            o.addProperty("message", p.message());
        }
        if (!p.failed()) {
            o.addProperty("profile", p.profile());
            o.addProperty("totalCycles", p.totalCycles());
            JsonObject cats = new JsonObject();
            for (CostCategory c : CostCategory.values()) {
                cats.addProperty(c.key(), p.category(c));
            }
            o.add("categories", cats);
            JsonObject perFault = new JsonObject();
            for (Metric m : Metric.ALL) {
                if (m.key().startsWith("perFault.")) {
                    double v = m.at(p);
                    perFault.add(m.key().substring("perFault.".length()), Double.isNaN(v) ? JsonNull.INSTANCE : new JsonPrimitive(v));
                }
            }
            o.add("perFault", perFault);
            JsonObject faults = new JsonObject();
            for (String f : PointResult.FAULTS) {
                faults.addProperty(f, p.fault(f));
            }
            o.add("faults", faults);
            JsonObject memory = new JsonObject();
            for (MemoryKind k : MemoryKind.values()) {
                memory.addProperty(k.name(), p.memory(k));
            }
            o.add("memory", memory);
            o.addProperty("events", p.events());
            o.addProperty("digest", p.digest());
        }
        JsonArray notes = new JsonArray();
        p.notes().forEach(notes::add);
        o.add("notes", notes);
        return o;
    }

    /** Reads what {@link #write} wrote; {@code source} names the file in messages. */
    public static SweepResult read(String json, String source) throws SweepException {
        try {
            JsonElement e = JsonParser.parseString(json);
            if (!e.isJsonObject() || !e.getAsJsonObject().has("sweep") || !e.getAsJsonObject().has("points")) {
                throw new SweepException(source + " is not the JSON of a sweep (no 'sweep' and 'points'): give files that "
                        + "sweep --format json wrote.");
            }
            JsonObject root = e.getAsJsonObject();
            SweepInfo info = readInfo(root.getAsJsonObject("sweep"), source);
            List<AxisInfo> axes = new ArrayList<>();
            for (JsonElement a : root.getAsJsonArray("axes")) {
                JsonObject o = a.getAsJsonObject();
                List<String> values = new ArrayList<>();
                for (JsonElement v : o.getAsJsonArray("values")) {
                    values.add(v.getAsString());
                }
                axes.add(new AxisInfo(o.get("name").getAsString(), o.get("kind").getAsString(), values));
            }
            List<PointResult> points = new ArrayList<>();
            for (JsonElement p : root.getAsJsonArray("points")) {
                points.add(readPoint(p.getAsJsonObject(), axes));
            }
            return new SweepResult(info, axes, points, root.get("complete").getAsBoolean());
        } catch (JsonParseException | IllegalStateException | NullPointerException | ClassCastException
                | UnsupportedOperationException | NumberFormatException e) {
            throw new SweepException(source + " is not a readable sweep result (" + e.getMessage() + ").");
        }
    }

    private static SweepInfo readInfo(JsonObject o, String source) throws SweepException {
        List<String> vary = new ArrayList<>();
        for (JsonElement v : o.getAsJsonArray("vary")) {
            vary.add(v.getAsString());
        }
        return new SweepInfo(string(o, "model"), string(o, "modelName"), string(o, "modelSha256"), vary,
                string(o, "profile"), string(o, "kernel"),
                o.get("seed") == null || o.get("seed").isJsonNull() ? null : o.get("seed").getAsLong(),
                o.get("points").getAsLong(), Shard.parse(o.get("shard").getAsString()));
    }

    private static PointResult readPoint(JsonObject o, List<AxisInfo> axes) {
        long index = o.get("index").getAsLong();
        JsonObject v = o.getAsJsonObject("values");
        List<String> values = new ArrayList<>();
        for (AxisInfo a : axes) {
            values.add(v.get(a.name()).getAsString());
        }
        List<String> notes = new ArrayList<>();
        if (o.has("notes")) {
            for (JsonElement n : o.getAsJsonArray("notes")) {
                notes.add(n.getAsString());
            }
        }
        String termination = o.get("termination").getAsString();
        String message = string(o, "message");
        if (PointResult.FAILED.equals(termination)) {
            return PointResult.failed(index, values, message, notes);
        }
        JsonObject c = o.getAsJsonObject("categories");
        long[] cats = new long[CostCategory.COUNT];
        for (CostCategory k : CostCategory.values()) {
            cats[k.ordinal()] = c.get(k.key()).getAsLong();
        }
        JsonObject f = o.getAsJsonObject("faults");
        long[] faults = new long[PointResult.FAULTS.size()];
        for (int i = 0; i < faults.length; i++) {
            JsonElement x = f.get(PointResult.FAULTS.get(i));
            faults[i] = x == null ? 0 : x.getAsLong();
        }
        JsonObject m = o.getAsJsonObject("memory");
        long[] mem = new long[MemoryKind.values().length];
        for (MemoryKind k : MemoryKind.values()) {
            mem[k.ordinal()] = m.get(k.name()).getAsLong();
        }
        return new PointResult(index, values, string(o, "profile"), termination, message, o.get("totalCycles").getAsLong(),
                cats, faults, mem, o.get("events").getAsLong(), string(o, "digest"), notes);
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}

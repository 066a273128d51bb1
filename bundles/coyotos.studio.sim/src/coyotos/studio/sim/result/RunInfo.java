package coyotos.studio.sim.result;

import java.util.List;

/**
 * What a sink needs to interpret event indices: process ids and names in index order (the space banks' processes
 * follow the image's processes), and which profile and kernel variant ran.
 */
public record RunInfo(String image, String profile, String kernel, long seed, List<String> processIds,
        List<String> processNames) {
    public RunInfo {
        processIds = List.copyOf(processIds);
        processNames = List.copyOf(processNames);
    }

    /** A run of an unnamed kernel variant (before variants existed). */
    public RunInfo(String image, String profile, long seed, List<String> processIds, List<String> processNames) {
        this(image, profile, null, seed, processIds, processNames);
    }

    public String processName(int index) {
        return index < 0 || index >= processNames.size() ? "-" : processNames.get(index);
    }

    public String processId(int index) {
        return index < 0 || index >= processIds.size() ? null : processIds.get(index);
    }
}

package coyotos.studio.sweep.result;

import coyotos.studio.sweep.Shard;
import java.util.List;

/**
 * What a sweep was: the model, the axes as written, what every point shares, how many points the whole sweep
 * has and which slice of them a result holds. Two shard outputs can be merged only when everything but the
 * shard is equal, including the model's content hash (so slices run against different versions of a model
 * never mix).
 *
 * @param model       the model file as the sweep was given it (a path, or a workspace path in the IDE)
 * @param modelSha256 hex SHA-256 of the model file's bytes
 */
public record SweepInfo(String model, String modelName, String modelSha256, List<String> vary, String profile,
        String kernel, Long seed, long totalPoints, Shard shard) {

    public SweepInfo {
        vary = List.copyOf(vary);
        shard = shard == null ? Shard.ALL : shard;
    }

    public SweepInfo withShard(Shard s) {
        return new SweepInfo(model, modelName, modelSha256, vary, profile, kernel, seed, totalPoints, s);
    }

    /** Equal but for the shard: results of the same sweep. */
    public boolean sameSweep(SweepInfo o) {
        return withShard(Shard.ALL).equals(o.withShard(Shard.ALL));
    }
}

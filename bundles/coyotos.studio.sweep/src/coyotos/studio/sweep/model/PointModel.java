package coyotos.studio.sweep.model;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.sim.model.SimulationOverrides;
import java.util.List;

/**
 * One point of a sweep as a model: the base model transformed by the point's axis values (a copy), and what
 * the run changes over the model's setup. Running it through {@code ModelSimulation} is the single run of that
 * model; saving {@link #system()} to a file and simulating the file with the same overrides gives the same digest.
 *
 * @param notes what the transformations did that the user should know (shown with the point's result)
 */
public record PointModel(long index, List<String> values, CoyotosSystem system, SimulationOverrides overrides,
        List<String> notes) {

    public PointModel {
        values = List.copyOf(values);
        notes = List.copyOf(notes);
    }
}

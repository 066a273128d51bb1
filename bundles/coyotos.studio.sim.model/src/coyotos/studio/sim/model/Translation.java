package coyotos.studio.sim.model;

import coyotos.studio.sim.image.SystemImage;
import coyotos.studio.sim.machine.CostProfile;
import java.util.List;

/**
 * The outcome of translating a model: the simulator input, the user-defined cost profile when the model has
 * one (null: the image's setup names a built-in), and every problem met. Ids in the image are the model
 * elements' URI fragments, so results and events map back to model elements.
 *
 * @param image         null only when the model is too broken to build an image at all
 * @param customProfile the model's {@code customProfile}, or null
 */
public record Translation(SystemImage image, CostProfile customProfile, List<TranslationProblem> problems) {

    public Translation {
        problems = List.copyOf(problems);
    }

    /** Errors mean the image would not faithfully be the model: do not run it. */
    public boolean hasErrors() {
        return image == null || problems.stream().anyMatch(TranslationProblem::isError);
    }

    public List<TranslationProblem> errors() {
        return problems.stream().filter(TranslationProblem::isError).toList();
    }
}

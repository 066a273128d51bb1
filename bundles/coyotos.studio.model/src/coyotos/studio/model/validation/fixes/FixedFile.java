package coyotos.studio.model.validation.fixes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.URIConverter;

import coyotos.studio.model.io.ModelLoader;

/**
 * A quick fix applied to a model file that no editor has open: the file is loaded, fixed as one command and
 * written to bytes, which the caller puts in the file (and can put back for undo). It refuses where writing the
 * model back would lose something: a file that does not load cleanly (what did not load would not be written) or
 * that holds XML comments (the model keeps none). Then the fix belongs in the editor, where the user sees it.
 */
public final class FixedFile {

    /** The new content of the file and the fix's label, or why the fix was not applied ({@code content} null). */
    public record Result(byte[] content, String label, String problem) {
        public boolean applied() {
            return content != null;
        }
    }

    private FixedFile() {
    }

    /**
     * Applies the fix with key {@code fixKey} of rule {@code ruleId} to the element with URI fragment
     * {@code element} (its xmi:id) of the model at {@code uri}.
     */
    public static Result apply(URI uri, String ruleId, String element, String fixKey) {
        String name = uri.lastSegment();
        String text;
        try (InputStream in = URIConverter.INSTANCE.createInputStream(uri)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return refused(name + " cannot be read: " + e.getMessage());
        }
        if (text.contains("<!--")) {
            return refused(name + " holds XML comments, which writing the model back would drop. Open it in the "
                    + "model editor and apply the fix there.");
        }
        ModelLoader.Result loaded = new ModelLoader().load(uri);
        if (loaded.system() == null || !loaded.diagnostics().isEmpty()) {
            return refused(name + " does not load cleanly (" + loaded.diagnostics().size() + " problem(s)), so writing "
                    + "it back could lose what did not load. Open it in the model editor and apply the fix there.");
        }
        EObject target = loaded.resource().getEObject(element);
        List<Fix> fixes = RuleFixes.fixesFor(loaded.system(), ruleId, target);
        Fix fix = fixes.stream().filter(f -> f.key().equals(fixKey)).findFirst().orElse(null);
        if (fix == null) {
            return refused("The finding of " + ruleId + " is no longer in " + name + ": validate the model again.");
        }
        new BasicCommandStack().execute(fix.command(target));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            loaded.resource().save(out, null);
        } catch (IOException e) {
            return refused(name + " could not be written: " + e.getMessage());
        }
        return new Result(out.toByteArray(), fix.label(), null);
    }

    private static Result refused(String problem) {
        return new Result(null, null, problem);
    }
}

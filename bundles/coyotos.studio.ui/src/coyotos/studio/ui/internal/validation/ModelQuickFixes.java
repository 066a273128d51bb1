package coyotos.studio.ui.internal.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import coyotos.studio.model.validation.fixes.Fix;
import coyotos.studio.model.validation.fixes.RuleFixes;

/**
 * Quick Fix for Coyotos problems (Problems view, Ctrl+1): the fixes the rule of a marker offers for its element,
 * found by the marker's rule id in {@link RuleFixes} and computed on the model as it is now, in the open editor
 * or, when none is open, in the file.
 */
public class ModelQuickFixes implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return RuleFixes.hasFixes(marker.getAttribute(ModelMarkers.RULE, ""))
                && marker.getAttribute(ModelMarkers.ELEMENT, null) != null;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!hasResolutions(marker) || !(marker.getResource() instanceof IFile file)) {
            return new IMarkerResolution[0];
        }
        MarkedModel model = MarkedModel.of(file);
        if (model == null) {
            return new IMarkerResolution[0];
        }
        List<Fix> fixes = model.fixes(marker);
        return fixes.stream().map(fix -> new QuickFixResolution(marker, fix)).toArray(IMarkerResolution[]::new);
    }
}

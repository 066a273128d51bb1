package coyotos.studio.diagram.internal.server;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;

import com.google.inject.Inject;

/**
 * The model's validation rules as GLSP markers, on the drawn element nearest to what each finding is about;
 * the text names the rule and the spec section it comes from, as the Problems view does.
 */
public class RuleMarkers implements ModelValidator {

    @Inject
    protected CoyotosModelState state;

    @Override
    public List<Marker> doBatchValidation(GModelElement element) {
        return markersOn(element.getId());
    }

    @Override
    public List<Marker> doLiveValidation(GModelElement element) {
        return markersOn(element.getId());
    }

    private List<Marker> markersOn(String elementId) {
        return state.findingsOn(elementId).stream()
                .map(p -> new Marker(p.finding().ruleId(), p.finding().message(), p.elementId(),
                        p.finding().severity() >= Diagnostic.ERROR ? MarkerKind.ERROR : MarkerKind.WARNING))
                .toList();
    }
}

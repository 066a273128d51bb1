package coyotos.studio.model.validation.fixes;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Names a model object in a fix key the same way every time: its URI fragment, the xmi:id in a .coyotos file. */
final class FixKeys {

    static String of(EObject object) {
        return EcoreUtil.getURI(object).fragment();
    }

    private FixKeys() {
    }
}

import java.io.File;
import java.util.Collections;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Headless EMF generator for Coyotos Studio: loads coyotos.genmodel standalone (no workspace),
 * reconciles it against coyotos.ecore, saves the reconciled genmodel and runs the model and edit
 * generators. Argument 1: repository root.
 */
public final class GenerateModel {
    private static final String MODEL = "coyotos.studio.model";
    private static final String EDIT = "coyotos.studio.model.edit";

    public static void main(String[] args) throws Exception {
        File root = new File(args.length > 0 ? args[0] : ".").getCanonicalFile();
        File bundles = new File(root, "bundles");
        Map<String, URI> map = EcorePlugin.getPlatformResourceMap();
        for (String b : new String[] {MODEL, EDIT}) {
            map.put(b, URI.createFileURI(new File(bundles, b).getPath()).appendSegment(""));
        }
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        rs.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        URI genUri = URI.createPlatformResourceURI("/" + MODEL + "/model/coyotos.genmodel", true);
        URI ecoreUri = URI.createPlatformResourceURI("/" + MODEL + "/model/coyotos.ecore", true);
        Resource ecoreRes = rs.getResource(ecoreUri, true);
        EPackage ePackage = (EPackage) ecoreRes.getContents().get(0);
        Diagnostic ecoreDiag = org.eclipse.emf.ecore.util.Diagnostician.INSTANCE.validate(ePackage);
        if (ecoreDiag.getSeverity() >= Diagnostic.ERROR) {
            print(ecoreDiag, "");
            throw new IllegalStateException("coyotos.ecore is not valid");
        }
        Resource oldRes = rs.getResource(genUri, true);
        GenModel old = (GenModel) oldRes.getContents().get(0);

        // The IDE importer's way: a fresh GenModel from the Ecore, then the saved settings carried over.
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        Resource newRes = rs.createResource(genUri.trimFileExtension().appendFileExtension("new.genmodel"));
        newRes.getContents().add(genModel);
        genModel.initialize(Collections.singleton(ePackage));
        genModel.getForeignModel().addAll(old.getForeignModel());
        genModel.reconcile(old);
        oldRes.getContents().clear();
        oldRes.getContents().add(genModel);
        rs.getResources().remove(newRes);
        oldRes.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));

        genModel.setCanGenerate(true);
        genModel.setValidateModel(true);
        Diagnostic gd = genModel.diagnose();
        if (gd.getSeverity() >= Diagnostic.ERROR) {
            print(gd, "");
            throw new IllegalStateException("genmodel is not valid");
        }
        // Outside OSGi the generatorAdapters extension point is not read: register the GenModel adapters.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        int worst = Diagnostic.OK;
        for (String type : new String[] {GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE}) {
            System.out.println("Generating " + type + " code ...");
            Diagnostic d = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
            print(d, "");
            worst = Math.max(worst, d.getSeverity());
        }
        EcoreUtil.resolveAll(rs);
        if (worst >= Diagnostic.ERROR) {
            System.exit(1);
        }
        System.out.println("Done.");
    }

    private static void print(Diagnostic d, String indent) {
        if (d.getSeverity() != Diagnostic.OK) {
            System.out.println(indent + d.getMessage() + (d.getException() != null ? " " + d.getException() : ""));
            if (d.getException() != null) {
                d.getException().printStackTrace(System.out);
            }
        }
        for (Diagnostic c : d.getChildren()) {
            print(c, indent + "  ");
        }
    }
}

package coyotos.studio.mkimage.ui.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** A workspace project with .mki modules for the UI tests, removed after each test. */
final class MkiWorkspace {
    static final String DEMO = """
            // A small image for the UI tests.
            module demo {
              import util = studio.Util;

              export def bank = new Bank(PrimeBank);
              def proc = new Process(bank);
              def reply = new Endpoint(bank);
              reply.recipient = proc;
              reply.pm = 1;
              proc.faultCode = 25;
              proc.faultInfo = util.start;
              proc.capReg[1] = reply;
              proc.capReg[8] = KernLog();
              proc.addrSpace = util.page_at(bank, 0x1000);
            }
            """;
    static final String UTIL = """
            module studio.Util {
              export def start = 0x1000;

              export def page_at(bank, addr) {
                def pg = new Page(bank);
                pg[0] = 0xf4;
                return insert_subspace(bank, NullCap(), pg, addr);
              }
            }
            """;

    final IProject project;

    MkiWorkspace(String name) throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
    }

    IFile file(String path, String text) throws CoreException {
        IFile f = project.getFile(path);
        for (org.eclipse.core.resources.IContainer c = f.getParent(); c instanceof IFolder folder && !folder.exists();
                c = c.getParent()) {
            create(folder);
        }
        f.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return f;
    }

    private static void create(IFolder folder) throws CoreException {
        if (folder.getParent() instanceof IFolder parent && !parent.exists()) {
            create(parent);
        }
        folder.create(true, true, null);
    }

    void dispose() throws CoreException {
        page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}

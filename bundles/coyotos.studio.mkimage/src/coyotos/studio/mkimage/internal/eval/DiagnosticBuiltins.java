package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.image.Bank;
import coyotos.studio.mkimage.internal.image.CapPage;
import coyotos.studio.mkimage.internal.image.Endpoint;
import coyotos.studio.mkimage.internal.image.Gpt;
import coyotos.studio.mkimage.internal.image.Image;
import coyotos.studio.mkimage.internal.image.Page;
import coyotos.studio.mkimage.internal.image.Process;
import java.util.ArrayList;
import java.util.List;

/** fatal, doprint, print_space, print_tree and dump_usage (builtin.cxx, builtin-diag.cxx). */
final class DiagnosticBuiltins {
    static final List<Value.Builtin> ALL = new ArrayList<>();

    static {
        ALL.add(new Value.Builtin("fatal", 1, 1, DiagnosticBuiltins::fatal));
        ALL.add(new Value.Builtin("doprint", 1, 0, DiagnosticBuiltins::doprint));
        ALL.add(new Value.Builtin("print_space", 1, 1, (c, a) -> print(c, Printer.space(a.get(0), c.pos()))));
        ALL.add(new Value.Builtin("print_tree", 1, 1, (c, a) -> print(c, Printer.tree(a.get(0), c.pos()))));
        ALL.add(new Value.Builtin("dump_usage", 0, 0, DiagnosticBuiltins::dumpUsage));
    }

    private DiagnosticBuiltins() {
    }

    /** fatal(message): stops the import with the message, at the call. */
    private static Value fatal(CallContext c, List<Value> a) {
        throw c.error("fatal: " + new Args(c, a).string(0));
    }

    private static Value doprint(CallContext c, List<Value> a) {
        StringBuilder s = new StringBuilder();
        for (Value v : a) {
            s.append(Printer.value(v, c.pos()));
        }
        return print(c, s.toString());
    }

    /** The number of objects of each kind, counting the header page and the banks' endpoints as mkimage does. */
    private static Value dumpUsage(CallContext c, List<Value> a) {
        Image i = c.image();
        return print(c, "{ nPage: " + i.count(Page.class) + " nCapPage: " + i.count(CapPage.class) + " nGPT: "
                + i.count(Gpt.class) + " nEndpoint: " + i.count(Endpoint.class) + " nProc: " + i.count(Process.class)
                + "  nBank: " + i.count(Bank.class) + " }\n");
    }

    private static Value print(CallContext c, String s) {
        c.interpreter().output().print(s);
        return Value.Unit.UNIT;
    }
}

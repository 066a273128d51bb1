package coyotos.studio.mkimage.internal.eval;

import coyotos.studio.mkimage.internal.image.Bank;
import coyotos.studio.mkimage.internal.image.Cap;
import coyotos.studio.mkimage.internal.image.CapType;
import java.math.BigInteger;
import java.util.List;

/** Argument checks of the built-ins, with mkimage's messages (builtin.cxx needIntArg, needBankArg, ...). */
final class Args {
    private final CallContext call;
    private final List<Value> args;

    Args(CallContext call, List<Value> args) {
        this.call = call;
        this.args = args;
    }

    int size() {
        return args.size();
    }

    BigInteger integer(int i) {
        if (args.get(i) instanceof Value.Int n) {
            return n.value();
        }
        throw wrongType(i, "an integer");
    }

    /** An integer read as mkimage's BigNum::as_uint64 reads it: the low 64 bits. */
    long u64(int i) {
        return integer(i).longValue();
    }

    /** The low 32 bits, as BigNum::as_uint32. */
    long u32(int i) {
        return integer(i).longValue() & 0xffff_ffffL;
    }

    /** A small non-negative integer (a size or an index). */
    int small(int i, int max) {
        BigInteger n = integer(i);
        if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            throw call.error("Argument " + i + " to " + call.name() + "() must be in 0.." + max + ", not " + n + ".");
        }
        return n.intValue();
    }

    String string(int i) {
        if (args.get(i) instanceof Value.Str s) {
            return s.value();
        }
        throw wrongType(i, "a string");
    }

    Cap cap(int i) {
        if (args.get(i) instanceof Value.CapV c) {
            return c.cap();
        }
        throw wrongType(i, "a capability");
    }

    Cap cap(int i, CapType type) {
        Cap c = cap(i);
        if (c.type() != type) {
            throw call.error("Capability argument of type " + type.mkimageName + " is required for argument " + i + " to "
                    + call.name() + "(), not " + c.type().mkimageName + ".");
        }
        return c;
    }

    /** A bank capability: an entry capability to a bank's endpoint (builtin.cxx needBankArg). */
    Bank bank(int i) {
        Cap c = cap(i);
        if (c.type() == CapType.ENTRY && c.endpoint().ofBank() != null) {
            return c.endpoint().ofBank();
        }
        throw call.error("Space bank capability is required for argument " + i + " to " + call.name() + "(), not a "
                + c.type().mkimageName + " capability" + (c.type() == CapType.ENTRY ? " to an ordinary endpoint" : "") + ".");
    }

    /** A memory capability or the null capability (builtin.cxx needSpaceArg). */
    Cap space(int i) {
        Cap c = cap(i);
        if (c.type().isMemory() || c.isNull()) {
            return c;
        }
        throw call.error("Address space capability required for argument " + i + " to " + call.name() + "(), not a "
                + c.type().mkimageName + " capability.");
    }

    private MkiError wrongType(int i, String wanted) {
        return call.error("Inappropriate argument type for argument " + i + " to " + call.name() + "(): it must be "
                + wanted + ", not " + Value.describe(args.get(i)) + ".");
    }
}

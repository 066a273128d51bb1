package coyotos.studio.sim.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The numbers capidl gives interfaces, methods and exceptions, which real Coyotos binaries carry and the kernel's
 * capability handlers switch on. capidl computes each from the symbol's name qualified with dots
 * ({@code ccs/capidl/frontend/SymTab.cxx} Symbol::CodedName: the SHA-1 of {@code QualifiedName('.')}, reduced to
 * 64 bits by libsherpa's {@code OpenSHA::signature64}); the C header backend then writes an interface's type code
 * ({@code IKT_...}) and an exception's result code ({@code RC_...}) as the 64-bit value and a method's opcode
 * ({@code OC_...}) as that value in a {@code uint32_t}, its low 32 bits ({@code backend/o_c_hdr.cxx}).
 *
 * <p>libsherpa (the EROS/Coyotos support library, outside the Coyotos tree) takes the 64 bits in
 * {@code OpenSHA::signature64} (libsherpa sha1.cxx): the digest's first eight bytes, hash[0] most significant. The
 * test programs' Makefile computes the same codes with sha1sum. The names
 * themselves come from the interface files ({@code sys/idl/Cap.idl}: package {@code coyotos}, interface {@code Cap},
 * method {@code getType}, exceptions {@code UnknownRequest}, {@code RequestError}, {@code NoAccess};
 * {@code KernLog.idl}: {@code coyotos.KernLog.log}; {@code Null.idl}).
 */
public final class CapIdl {
    public static final long OC_GET_TYPE = opcode("coyotos.Cap.getType");
    public static final long OC_KERNLOG_LOG = opcode("coyotos.KernLog.log");
    public static final long RC_UNKNOWN_REQUEST = code("coyotos.Cap.UnknownRequest");
    public static final long RC_REQUEST_ERROR = code("coyotos.Cap.RequestError");
    public static final long RC_NO_ACCESS = code("coyotos.Cap.NoAccess");

    private CapIdl() {
    }

    /** CodedName: the 64-bit signature of a qualified name (an interface's IKT_, an exception's RC_). */
    public static long code(String qualifiedName) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-1").digest(qualifiedName.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | (digest[i] & 0xff);
        }
        return v;
    }

    /** A method's opcode (OC_): the coded name as a {@code uint32_t}, as an unsigned value. */
    public static long opcode(String qualifiedName) {
        return code(qualifiedName) & 0xFFFF_FFFFL;
    }

    /** The alleged type code {@code Cap.getType} answers for an interface ({@code IKT_}). */
    public static long typeCode(String interfaceName) {
        return code(interfaceName);
    }
}

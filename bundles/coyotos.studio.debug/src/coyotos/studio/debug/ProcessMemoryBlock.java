package coyotos.studio.debug;

import java.math.BigInteger;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrieval;
import org.eclipse.debug.core.model.MemoryByte;

import coyotos.studio.sim.debug.Change;
import coyotos.studio.sim.debug.VirtualMemory;

/**
 * A process's virtual memory in the Memory view, read through its GPT tree (spec §4.3.1, kern_MemWalk.c) at each
 * look: a mapped byte is readable (and writable: a debugger writes through read-only paths, as ptrace does); a byte
 * no translation reaches is unreadable, so the view shows it as unavailable, never as a zero. Writes are changes of
 * the suspended system, kept with the run and replayed when going back and forward again.
 */
public final class ProcessMemoryBlock extends CoyotosDebugElement implements IMemoryBlockExtension {

    /** Bytes read when the view asks for the block as a whole (a page). */
    static final int LENGTH = 4096;

    private final CoyotosDebugTarget target;
    private final int process;
    private final long base;
    private final String expression;

    ProcessMemoryBlock(CoyotosDebugTarget target, int process, long base, String expression) {
        super(target);
        this.target = target;
        this.process = process;
        this.base = base;
        this.expression = expression;
    }

    public int process() {
        return process;
    }

    @Override
    public String getExpression() {
        return target.session().info().processName(process) + ": " + expression;
    }

    @Override
    public BigInteger getBigBaseAddress() {
        return BigInteger.valueOf(base);
    }

    @Override
    public BigInteger getMemoryBlockStartAddress() {
        return BigInteger.ZERO;
    }

    @Override
    public BigInteger getMemoryBlockEndAddress() {
        // IA-32 user addresses: 32 bits (the kernel above them is refused by the walk)
        return BigInteger.valueOf(0xFFFF_FFFFL);
    }

    @Override
    public BigInteger getBigLength() {
        return BigInteger.valueOf(0x1_0000_0000L);
    }

    @Override
    public int getAddressSize() {
        return 4;
    }

    @Override
    public boolean supportBaseAddressModification() {
        return false;
    }

    @Override
    public boolean supportsChangeManagement() {
        return false;
    }

    @Override
    public void setBaseAddress(BigInteger address) throws DebugException {
        throw new DebugException(Status.error("add a new memory monitor for another address"));
    }

    @Override
    public MemoryByte[] getBytesFromOffset(BigInteger unitOffset, long addressableUnits) throws DebugException {
        return getBytesFromAddress(getBigBaseAddress().add(unitOffset), addressableUnits);
    }

    /** The bytes as the process sees them now; unmapped ones unreadable (while running: all unreadable). */
    @Override
    public MemoryByte[] getBytesFromAddress(BigInteger address, long units) throws DebugException {
        int n = (int) Math.min(units, Integer.MAX_VALUE);
        MemoryByte[] out = new MemoryByte[n];
        if (!target.isSuspended()) {
            for (int i = 0; i < n; i++) {
                out[i] = new MemoryByte((byte) 0, (byte) 0);
            }
            return out;
        }
        List<VirtualMemory.Span> spans = target.session().memory().read(process, address.longValue(), n);
        int at = 0;
        for (VirtualMemory.Span s : spans) {
            for (int i = 0; i < s.length(); i++) {
                out[at++] = s.mapped()
                        ? new MemoryByte(s.bytes()[i], (byte) (MemoryByte.READABLE | MemoryByte.WRITABLE
                                | MemoryByte.ENDIANESS_KNOWN))
                        : new MemoryByte((byte) 0, (byte) 0);
            }
        }
        return out;
    }

    @Override
    public void connect(Object client) {
    }

    @Override
    public void disconnect(Object client) {
    }

    @Override
    public Object[] getConnections() {
        return new Object[0];
    }

    @Override
    public void dispose() {
    }

    @Override
    public IMemoryBlockRetrieval getMemoryBlockRetrieval() {
        return target;
    }

    @Override
    public int getAddressableSize() {
        return 1;
    }

    @Override
    public long getStartAddress() {
        return base;
    }

    @Override
    public long getLength() {
        return LENGTH;
    }

    /** @throws DebugException when a byte of the page from the base address is not mapped (the Memory view says) */
    @Override
    public byte[] getBytes() throws DebugException {
        MemoryByte[] read = getBytesFromAddress(getBigBaseAddress(), LENGTH);
        byte[] out = new byte[read.length];
        for (int i = 0; i < read.length; i++) {
            if (!read[i].isReadable()) {
                throw new DebugException(Status.error(String.format("0x%x is not mapped in %s's space", base + i,
                        target.session().info().processName(process))));
            }
            out[i] = read[i].getValue();
        }
        return out;
    }

    @Override
    public boolean supportsValueModification() {
        return target.isSuspended() && target.result() == null;
    }

    @Override
    public void setValue(long offset, byte[] bytes) throws DebugException {
        target.change(new Change.Memory(process, base + offset, bytes));
    }

    @Override
    public void setValue(BigInteger offset, byte[] bytes) throws DebugException {
        setValue(offset.longValue(), bytes);
    }
}

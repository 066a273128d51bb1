package coyotos.studio.debug;

import static coyotos.studio.debug.Debugged.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.MemoryByte;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Memory view: a process's memory through its GPT tree, unmapped bytes unreadable, writes kept with the run")
class MemoryBlockTest {

    private CoyotosDebugTarget target;

    @BeforeEach
    void open() throws Exception {
        Debugged.removeAllBreakpoints();
        target = Debugged.open("testhandler");
    }

    @AfterEach
    void close() {
        target.terminate();
    }

    @Test
    @DisplayName("At the start 0x10000 is unmapped (the memory handler maps it on the fault); page 0 reads as bytes")
    void unmappedIsUnreadable() throws DebugException {
        CoyotosThread testHandler = target.threads().get(0);
        IMemoryBlockExtension heap = target.getExtendedMemoryBlock("0x10000", testHandler);
        assertEquals("testHandler: 0x10000", heap.getExpression());
        MemoryByte[] bytes = heap.getBytesFromAddress(BigInteger.valueOf(0x10000), 16);
        assertEquals(16, bytes.length);
        for (MemoryByte b : bytes) {
            assertFalse(b.isReadable(), "an unmapped byte is never a zero");
        }
        DebugException unmapped = assertThrows(DebugException.class, heap::getBytes);
        assertEquals("0x10000 is not mapped in testHandler's space", unmapped.getMessage());
        MemoryByte[] code = target.getExtendedMemoryBlock("0", testHandler).getBytesFromAddress(BigInteger.ZERO, 4);
        for (MemoryByte b : code) {
            assertTrue(b.isReadable());
            assertEquals(0, b.getValue(), "pages come zeroed");
        }
        target.resume();
        await(target);
        assertTrue(heap.getBytesFromAddress(BigInteger.valueOf(0x10000), 1)[0].isReadable(),
                "at the end the handler has mapped the page");
    }

    @Test
    @DisplayName("A write goes into the page the walk reaches; stepping back before it takes it back")
    void writesAreChangesOfTheRun() throws DebugException {
        CoyotosThread testHandler = target.threads().get(0);
        target.stepEvent();
        await(target);
        IMemoryBlockExtension page0 = target.getExtendedMemoryBlock("0x10", testHandler);
        assertTrue(page0.supportsValueModification());
        page0.setValue(BigInteger.ZERO, new byte[] { 1, 2, 3 });
        MemoryByte[] now = page0.getBytesFromAddress(BigInteger.valueOf(0x10), 3);
        assertArrayEquals(new byte[] { 1, 2, 3 }, new byte[] { now[0].getValue(), now[1].getValue(), now[2].getValue() });
        target.goToStart();
        await(target);
        assertEquals(0, page0.getBytesFromAddress(BigInteger.valueOf(0x10), 1)[0].getValue());
        DebugException notAnAddress = assertThrows(DebugException.class,
                () -> target.getExtendedMemoryBlock("heap", testHandler));
        assertEquals("'heap' is not an address: write 0x10000 or 65536", notAnAddress.getMessage());
    }
}

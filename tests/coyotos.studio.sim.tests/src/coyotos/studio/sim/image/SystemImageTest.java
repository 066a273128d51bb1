package coyotos.studio.sim.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Input records validate what the simulator relies on")
class SystemImageTest {

    @Test
    @DisplayName("Capabilities must name existing objects of their kind")
    void danglingReference() {
        SystemImage.Builder b = SystemImage.builder("x");
        b.process(ProcessSpec.builder("p").addressSpace(Capability.gpt("missing")).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().contains("missing"));
    }

    @Test
    @DisplayName("Ids are unique per kind; GPTs have 16 slots; restrictions fit in the kernel's 5 bits; 24-bit guards, 32-bit payloads")
    void shapes() {
        assertThrows(IllegalArgumentException.class, () -> SystemImage.builder("x").page("a").capPage("c")
                .process(ProcessSpec.builder("a").build()).process(ProcessSpec.builder("b").build())
                .endpoint(new Endpoint("e", "zzz", false, 1)).build());
        assertThrows(IllegalArgumentException.class, () -> new Gpt("g", 12, false, false, java.util.List.of()));
        assertThrows(IllegalArgumentException.class, () -> Capability.page("p").withRestrictions(0x20));
        assertEquals(Restrictions.NC, Capability.gpt("g").withRestrictions(Restrictions.NC).restrictions());
        // obstore/capability.h: CAP_MATCH_WIDTH 24; u1.protPayload is 32 bits
        assertEquals(0xFFFFFFL, Capability.gpt("g").withGuard(0xFFFFFFL, 32).guardMatch());
        assertThrows(IllegalArgumentException.class, () -> Capability.gpt("g").withGuard(0x1000000L, 32));
        assertThrows(IllegalArgumentException.class, () -> Capability.entry("e", 0x1_0000_0000L));
        assertThrows(IllegalArgumentException.class, () -> new Endpoint("e", "p", true, 1, 0x1_0000_0000L));
        assertEquals(16, Gpt.of("g", 12).slots().size());
        assertTrue(new Region(0x1000, 0x1000).contains(0x1fff));
        assertTrue(!new Region(0x1000, 0x1000).contains(0x2000));
    }

    @Test
    @DisplayName("§3: a process starts with faultCode Startup (25) and the initial PC")
    void processDefaults() {
        ProcessSpec p = ProcessSpec.builder("p").build();
        assertEquals(25, p.initialFaultCode());
        assertEquals(32, p.capRegisters().size());
        assertTrue(p.handler().isNull());
    }

    @Test
    @DisplayName("A space bank's process says it is a space bank once: \"space bank heap\", but \"bank\" and \"Big Bank\" as named")
    void bankProcessNames() {
        assertEquals("space bank heap", new SpaceBank("b1", 0, "heap").processName());
        assertEquals("bank", new SpaceBank("b1", 0, "bank").processName());
        assertEquals("Big Bank", new SpaceBank("b1", 0, "Big Bank").processName());
        assertEquals("space bank banker", new SpaceBank("b1", 0, "banker").processName(), "a word, not a prefix");
        assertEquals("space bank b1", new SpaceBank("b1", 0).processName(), "an unnamed bank by its id");
        assertEquals("space bank b1", new SpaceBank("b1", 0, " ").processName());
    }
}

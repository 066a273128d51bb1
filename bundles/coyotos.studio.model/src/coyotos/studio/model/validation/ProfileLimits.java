package coyotos.studio.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.CpuProfile;

/**
 * What a user-defined {@link CpuProfile} may say: every number is a cost in cycles or a size, never negative
 * (0 keeps the base profile's value), and none beyond what any x86 has or the simulator can hold. The validation
 * rules and the simulator's profile translation both read the bounds here, so an editor marker and a refused run
 * always agree.
 */
public final class ProfileLimits {

    /** One operation costing more than this (a third of a second at 3 GHz) is a typo, not a CPU. */
    public static final long MAX_CYCLES = 1_000_000_000L;
    /** No x86 second-level TLB comes near this (Skylake: 1,536 entries; Zen 4: 3,072). */
    public static final long MAX_TLB_ENTRIES = 65_536;
    /** 100 GHz. */
    public static final long MAX_CLOCK_MHZ = 100_000;

    /** One numeric setting of a profile and its value. */
    public record Setting(EAttribute attribute, long value, long max) {

        public String name() {
            return attribute.getName();
        }

        public boolean negative() {
            return value < 0;
        }

        public boolean tooLarge() {
            return value > max;
        }
    }

    private ProfileLimits() {
    }

    /** The largest value {@code a} may have. */
    public static long maxOf(EAttribute a) {
        if (a == CoyotosPackage.Literals.CPU_PROFILE__TLB_ENTRIES) {
            return MAX_TLB_ENTRIES;
        }
        if (a == CoyotosPackage.Literals.CPU_PROFILE__CLOCK_MHZ) {
            return MAX_CLOCK_MHZ;
        }
        return MAX_CYCLES;
    }

    /** Every integer setting of {@code p} (found reflectively, so a new attribute is bounded too). */
    public static List<Setting> settings(CpuProfile p) {
        List<Setting> out = new ArrayList<>();
        for (EAttribute a : p.eClass().getEAllAttributes()) {
            Object v = p.eGet(a);
            if (a.getEAttributeType() == EcorePackage.Literals.EINT || a.getEAttributeType() == EcorePackage.Literals.ELONG) {
                out.add(new Setting(a, ((Number) v).longValue(), maxOf(a)));
            }
        }
        return out;
    }
}

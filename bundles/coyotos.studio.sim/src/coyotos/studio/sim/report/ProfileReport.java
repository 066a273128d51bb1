package coyotos.studio.sim.report;

import coyotos.studio.sim.machine.CostProfile;

/**
 * A profile's constants as a table, each with its value and its source or the word "estimate"
 * ({@code simulate --profile NAME --explain}).
 */
public final class ProfileReport {
    private ProfileReport() {
    }

    public static String render(CostProfile p) {
        StringBuilder sb = new StringBuilder();
        sb.append("profile ").append(p.name()).append(p.hypothetical() ? " (hypothetical port)" : "").append(": ")
                .append(p.description()).append('\n');
        int width = 0;
        for (CostProfile.Constant c : p.explain()) {
            width = Math.max(width, c.name().length());
        }
        String row = "%-" + width + "s %8s  %s%n";
        sb.append(String.format(row, "constant", "value", "source"));
        for (CostProfile.Constant c : p.explain()) {
            sb.append(String.format(row, c.name(), c.value(), c.source()));
        }
        long estimates = p.explain().stream().filter(CostProfile.Constant::estimate).count();
        sb.append(estimates).append(" of ").append(p.explain().size())
                .append(" constants are estimates; the others cite their source.\n");
        return sb.toString();
    }
}

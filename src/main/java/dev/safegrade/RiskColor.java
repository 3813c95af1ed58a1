package dev.safegrade;

/** The four-colour risk levels, from the highest: 重大 RED, 较大 ORANGE, 一般 YELLOW, 低 BLUE. */
public enum RiskColor {
    RED("重大风险", "major risk"),
    ORANGE("较大风险", "considerable risk"),
    YELLOW("一般风险", "general risk"),
    BLUE("低风险", "low risk");

    private final Text label;

    RiskColor(String zh, String en) {
        this.label = new Text(zh, en);
    }

    public Text label() {
        return label;
    }

    /** True when this level is higher than (more dangerous than) {@code other}. */
    public boolean higherThan(RiskColor other) {
        return compareTo(other) < 0;
    }
}
